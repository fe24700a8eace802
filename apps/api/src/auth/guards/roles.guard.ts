import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@sluitend/domain';
import { forbidden } from '../auth.errors';
import type { AuthenticatedRequest } from '../authenticated-user';
import { REQUIRED_ROLES } from './roles.decorator';

/** Runs after SessionAuthGuard; a route with @Roles() needs one of the named roles. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const required = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!required || required.length === 0) return true;
    const user = context.switchToHttp().getRequest<AuthenticatedRequest>().user;
    if (!user || !required.some((role) => user.roles.includes(role))) throw forbidden();
    return true;
  }
}
