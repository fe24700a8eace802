import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { UserEntity } from '../../users/entities/user.entity';
import { notSignedIn } from '../auth.errors';
import type { AuthenticatedRequest } from '../authenticated-user';
import { sessionUser } from '../session-user';
import { IS_PUBLIC } from './public.decorator';

/** Global guard: every route needs a live session of an active user, unless marked @Public(). */
@Injectable()
export class SessionAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) {
      return true;
    }
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const user = await sessionUser(request, this.users);
    if (!user) throw notSignedIn();
    request.user = user;
    return true;
  }
}
