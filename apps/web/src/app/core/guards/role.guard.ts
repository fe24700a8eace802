import { inject } from '@angular/core';
import { CanMatchFn, Router } from '@angular/router';
import { Role, hasRole } from '@sluitend/domain';
import { AuthService } from '../auth/auth.service';

/**
 * A CanMatch guard, so a feature's code is not even downloaded for users without the role.
 * The API enforces the same rule; this only keeps people away from pages they cannot use.
 */
export function roleGuard(role: Role): CanMatchFn {
  return () => (hasRole(inject(AuthService).roles(), role) ? true : inject(Router).createUrlTree(['/home']));
}
