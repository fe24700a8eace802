import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@sluitend/domain';
import { ProblemException } from '../../common/problem/problem.exception';
import { RolesGuard } from './roles.guard';

function contextFor(
  roles: Role[] | undefined,
  required: Role[] | undefined,
): { guard: RolesGuard; context: ExecutionContext } {
  const reflector = { getAllAndOverride: () => required } as unknown as Reflector;
  const user = roles
    ? { id: 'u', email: 'e', name: 'n', roles, organisation: { id: 'o', name: 'o', sector: 'welzijn', regionId: 'r' } }
    : undefined;
  const context = {
    getHandler: () => undefined,
    getClass: () => undefined,
    switchToHttp: () => ({ getRequest: () => ({ user }) }),
  } as unknown as ExecutionContext;
  return { guard: new RolesGuard(reflector), context };
}

describe('RolesGuard', () => {
  it('lets anyone signed in through a route without @Roles', () => {
    const { guard, context } = contextFor(['professional'], undefined);
    expect(guard.canActivate(context)).toBe(true);
  });

  it('lets a user with one of the required roles through', () => {
    const { guard, context } = contextFor(['professional', 'admin'], ['admin']);
    expect(guard.canActivate(context)).toBe(true);
  });

  it('refuses a user without the required role with a 403 problem', () => {
    const { guard, context } = contextFor(['actietafel-chair'], ['admin']);
    expect(() => guard.canActivate(context)).toThrow(ProblemException);
  });
});
