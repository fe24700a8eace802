import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, type Repository } from 'typeorm';
import { AuditLog } from '../../audit/audit-log.service';
import { UserEntity } from '../../users/entities/user.entity';
import { userNotFound } from '../../users/users.errors';
import type { AuthenticatedUser } from '../authenticated-user';
import { LoginThrottle } from '../login-throttle.service';
import { accountUnlocked } from '../sign-in-events';
import type { SignInLockResponseDto } from './sign-in-lock-response.dto';

/** Who cannot sign in from unknown browsers right now, and the admin's way to lift that early. */
@Injectable()
export class SignInLocksService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly dataSource: DataSource,
    private readonly throttle: LoginThrottle,
    private readonly audit: AuditLog,
  ) {}

  async list(): Promise<SignInLockResponseDto[]> {
    const users = await this.users.find({ select: { id: true, email: true, name: true }, order: { name: 'ASC' } });
    const locks = await this.throttle.accountLocks(users.map((user) => user.email));
    return users.flatMap((user) => {
      const lock = locks.get(user.email);
      return lock
        ? [
            {
              userId: user.id,
              email: user.email,
              name: user.name,
              lockedUntil: lock.lockedUntil.toISOString(),
              failedAttempts: lock.failedAttempts,
            },
          ]
        : [];
    });
  }

  /** Idempotent: lifting the lock of an account that has none changes nothing but is still logged. */
  async unlock(admin: AuthenticatedUser, userId: string): Promise<void> {
    const user = await this.users.findOneBy({ id: userId });
    if (!user) throw userNotFound(userId);
    // The event and the lift succeed together: if Redis refuses, the transaction rolls the event back.
    await this.dataSource.transaction(async (manager) => {
      await this.audit.write(manager, accountUnlocked(admin, user.id));
      await this.throttle.unlock(user.email);
    });
  }
}
