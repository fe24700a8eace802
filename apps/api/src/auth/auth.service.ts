import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { normaliseEmail } from '@sluitend/domain';
import type { Request, Response } from 'express';
import { DataSource, type Repository } from 'typeorm';
import { AuditLog } from '../audit/audit-log.service';
import { UserEntity } from '../users/entities/user.entity';
import { wrongCredentials } from './auth.errors';
import type { AuthenticatedUser, RequestOrigin } from './authenticated-user';
import { knownDevice, rememberDevice } from './device-cookie';
import { LoginThrottle, type SignInAttempt } from './login-throttle.service';
import { PasswordHasher } from './password-hasher.service';
import { requestOrigin } from './request-origin';
import { SessionService } from './session.service';
import { accountLocked, addressLocked, signedIn, signedOut, signInFailed } from './sign-in-events';
import { SigningKey } from './signing-key';
import { toAuthenticatedUser } from './to-authenticated-user';

const METHOD = 'password';

/** Email + password sign-in. An OIDC sign-in would be a sibling that also ends in SessionService.establish. */
@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottle,
    private readonly sessions: SessionService,
    private readonly signingKey: SigningKey,
    private readonly audit: AuditLog,
  ) {}

  async login(request: Request, response: Response, email: string, password: string): Promise<AuthenticatedUser> {
    const accountKey = normaliseEmail(email);
    const attempt: SignInAttempt = {
      ip: request.ip ?? 'unknown',
      accountKey,
      deviceId: knownDevice(request, this.signingKey, accountKey),
    };
    const { knownDevice: fromKnownDevice } = await this.throttle.admit(attempt);
    const user = await this.users.findOne({ where: { email: accountKey }, relations: { organisation: true } });
    const passwordMatches = await this.hasher.verify(user?.passwordHash, password);
    if (!user || !passwordMatches || !user.active || !user.organisation.active) {
      await this.recordFailure(request, attempt, fromKnownDevice, user);
      throw wrongCredentials();
    }
    await this.throttle.recordSuccess(attempt, fromKnownDevice);
    await this.sessions.establish(request, response, user.id, METHOD);
    rememberDevice(request, response, this.signingKey, accountKey);
    try {
      await this.dataSource.transaction(async (manager) => {
        await manager.query(
          `INSERT INTO user_sign_in (user_id, last_sign_in_at) VALUES ($1, now())
           ON CONFLICT (user_id) DO UPDATE SET last_sign_in_at = excluded.last_sign_in_at`,
          [user.id],
        );
        await this.audit.write(manager, signedIn(toAuthenticatedUser(user, requestOrigin(request)), METHOD));
      });
    } catch (error) {
      // No sign-in without its access-log event.
      await this.sessions.end(request, response);
      throw error;
    }
    return toAuthenticatedUser(user);
  }

  async logout(user: AuthenticatedUser, request: Request, response: Response): Promise<void> {
    await this.dataSource.transaction((manager) => this.audit.write(manager, signedOut(user)));
    await this.sessions.end(request, response);
  }

  /**
   * The failure, and a lock it sets, are logged in one transaction with the lock itself: should Redis refuse the
   * lock, no event claims it.
   */
  private async recordFailure(
    request: Request,
    attempt: SignInAttempt,
    fromKnownDevice: boolean,
    user: UserEntity | null,
  ): Promise<void> {
    // Before sign-in the session id is a throwaway: only the address says where the attempt came from.
    const origin: RequestOrigin = { ip: request.ip ?? null, sessionDigest: null };
    const account = user ? toAuthenticatedUser(user, origin) : null;
    await this.dataSource.transaction(async (manager) => {
      await this.audit.write(manager, signInFailed(account, origin, METHOD));
      const locks = await this.throttle.recordFailure(attempt, fromKnownDevice);
      if (locks.account && account) await this.audit.write(manager, accountLocked(account, locks.account));
      if (locks.address) await this.audit.write(manager, addressLocked(origin, locks.address));
    });
  }
}
