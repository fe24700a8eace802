import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { normaliseEmail } from '@sluitend/domain';
import type { Request } from 'express';
import type { Repository } from 'typeorm';
import { UserEntity } from '../users/entities/user.entity';
import { wrongCredentials } from './auth.errors';
import type { AuthenticatedUser } from './authenticated-user';
import { LoginThrottle } from './login-throttle.service';
import { PasswordHasher } from './password-hasher.service';
import { SessionService } from './session.service';
import { toAuthenticatedUser } from './to-authenticated-user';

/** Email + password sign-in. An OIDC sign-in would be a sibling that also ends in SessionService.establish. */
@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottle,
    private readonly sessions: SessionService,
  ) {}

  async login(request: Request, email: string, password: string): Promise<AuthenticatedUser> {
    const accountKey = normaliseEmail(email);
    await this.throttle.admit(request.ip ?? 'unknown', accountKey);
    const user = await this.users.findOne({ where: { email: accountKey }, relations: { organisation: true } });
    const passwordMatches = await this.hasher.verify(user?.passwordHash, password);
    if (!user || !passwordMatches || !user.active || !user.organisation.active) {
      await this.throttle.recordFailure(accountKey);
      throw wrongCredentials();
    }
    await this.throttle.recordSuccess(accountKey);
    await this.users.update({ id: user.id }, { lastLoginAt: new Date() });
    await this.sessions.establish(request, user.id, 'password');
    return toAuthenticatedUser(user);
  }

  logout(request: Request): Promise<void> {
    return this.sessions.end(request);
  }
}
