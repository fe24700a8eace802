import { inject } from '@angular/core';
import { CanMatchFn, Router } from '@angular/router';
import { AuthService } from '../auth/auth.service';

/**
 * Signed-in users pass; others go to the login page, which brings them back afterwards.
 * A CanMatch guard, because matching runs before activation: as CanActivate, the admin
 * role guard (also CanMatch) would already have redirected an anonymous visitor to /home.
 */
export const authGuard: CanMatchFn = () => {
  if (inject(AuthService).isSignedIn()) return true;
  const router = inject(Router);
  const target = router.currentNavigation()?.extractedUrl;
  const returnUrl = target ? router.serializeUrl(target) : '/';
  return router.createUrlTree(['/login'], { queryParams: returnUrl !== '/' ? { returnUrl } : {} });
};
