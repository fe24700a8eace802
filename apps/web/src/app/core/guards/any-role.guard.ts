import { inject } from '@angular/core';
import { CanMatchFn, Router } from '@angular/router';
import { Role } from '@sluitend/domain';
import { AuthService } from '../auth/auth.service';

/** Like roleGuard, for a feature several roles share. */
export function anyRoleGuard(roles: readonly Role[]): CanMatchFn {
  return () =>
    inject(AuthService)
      .roles()
      .some((role) => roles.includes(role))
      ? true
      : inject(Router).createUrlTree(['/home']);
}
