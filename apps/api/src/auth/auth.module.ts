import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UserEntity } from '../users/entities/user.entity';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { UserSignInEntity } from './entities/user-sign-in.entity';
import { RolesGuard } from './guards/roles.guard';
import { SessionAuthGuard } from './guards/session-auth.guard';
import { LoginThrottle } from './login-throttle.service';
import { PasswordHasher } from './password-hasher.service';
import { SessionService } from './session.service';
import { SignInLocksController } from './sign-in-locks/sign-in-locks.controller';
import { SignInLocksService } from './sign-in-locks/sign-in-locks.service';
import { SigningKey } from './signing-key';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, UserSignInEntity])],
  controllers: [AuthController, SignInLocksController],
  providers: [
    AuthService,
    LoginThrottle,
    PasswordHasher,
    SessionService,
    SigningKey,
    SignInLocksService,
    // Order matters: who you are first, then what you may do.
    { provide: APP_GUARD, useClass: SessionAuthGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
  ],
  exports: [PasswordHasher, SessionService, SigningKey],
})
export class AuthModule {}
