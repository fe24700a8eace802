import { EnvironmentProviders, inject, provideAppInitializer } from '@angular/core';
import { AuthService } from './auth.service';

/** Guards decide synchronously, so the session must be known before the first navigation. */
export function provideSessionRestore(): EnvironmentProviders {
  return provideAppInitializer(() => inject(AuthService).restoreSession());
}
