import { ModuleWithProviders } from '@angular/core';
import { TranslocoTestingModule } from '@jsverse/transloco';
import en from '../../public/i18n/en.json';
import nl from '../../public/i18n/nl.json';

/** The real translation files, so tests can assert the Dutch texts users see. */
export function translocoTesting(): ModuleWithProviders<TranslocoTestingModule> {
  return TranslocoTestingModule.forRoot({
    langs: { nl, en },
    translocoConfig: { availableLangs: ['nl', 'en'], defaultLang: 'nl', reRenderOnLangChange: true },
    preloadLangs: true,
  });
}
