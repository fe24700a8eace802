import { DOCUMENT, Injectable, inject } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { Observable, catchError, map, of } from 'rxjs';
import { DEFAULT_LANGUAGE, Language, isLanguage } from './languages';

const STORAGE_KEY = 'sluitend.language';

@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);

  readonly active = this.transloco.activeLang;

  /** Loads the stored (or default) language so the first paint is already translated. */
  initialise(): Observable<void> {
    const language = this.storedLanguage();
    return this.transloco.load(language).pipe(
      map(() => undefined),
      // A failed download must not keep the app from starting; Transloco retries on first use.
      catchError(() => of(undefined)),
      map(() => this.use(language)),
    );
  }

  use(language: Language): void {
    this.transloco.setActiveLang(language);
    // Screen readers pick their pronunciation from the lang attribute (WCAG 3.1.1).
    this.document.documentElement.lang = language;
    this.store(language);
  }

  private storedLanguage(): Language {
    try {
      const stored = this.document.defaultView?.localStorage.getItem(STORAGE_KEY);
      return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
    } catch {
      // Storage can be blocked by browser privacy settings; the default is fine then.
      return DEFAULT_LANGUAGE;
    }
  }

  private store(language: Language): void {
    try {
      this.document.defaultView?.localStorage.setItem(STORAGE_KEY, language);
    } catch {
      // Not remembering the choice is acceptable; switching still works for this visit.
    }
  }
}
