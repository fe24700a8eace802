import { Signal, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { TranslocoService } from '@jsverse/transloco';
import { Translate } from './chart-options';

/** A translate function that changes with the active language, so computed labels follow a language switch. */
export function liveTranslate(): Signal<Translate> {
  const transloco = inject(TranslocoService);
  const language = toSignal(transloco.langChanges$, { initialValue: transloco.getActiveLang() });
  return computed<Translate>(() => {
    language();
    return (key, params) => transloco.translate(key, params);
  });
}
