import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { LanguageService } from '../core/i18n/language.service';
import { LANGUAGES, Language } from '../core/i18n/languages';

@Component({
  selector: 'app-language-switch',
  imports: [TranslocoDirective],
  template: `
    <div *transloco="let t" class="language-switch" role="group" [attr.aria-label]="t('language.label')">
      @for (language of languages; track language) {
        <button
          type="button"
          class="language-switch__option"
          [attr.lang]="language"
          [attr.aria-pressed]="active() === language"
          (click)="choose(language)"
        >
          {{ language.toUpperCase() }}<span class="visually-hidden"> ({{ names[language] }})</span>
        </button>
      }
    </div>
  `,
  styles: `
    .language-switch {
      display: inline-flex;
      border: 1px solid var(--color-border-strong);
      border-radius: var(--radius);
      overflow: hidden;
    }
    .language-switch__option {
      min-width: 2.75rem;
      padding: 0.375rem 0.625rem;
      border: 0;
      background: var(--color-surface);
      color: var(--color-text);
      font: inherit;
      font-weight: 600;
      cursor: pointer;
    }
    .language-switch__option + .language-switch__option {
      border-left: 1px solid var(--color-border-strong);
    }
    .language-switch__option[aria-pressed='true'] {
      background: var(--color-primary);
      color: var(--color-on-primary);
    }
    .language-switch__option:focus-visible {
      outline-offset: -4px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LanguageSwitch {
  private readonly languageService = inject(LanguageService);
  protected readonly languages = LANGUAGES;
  // Each language is named in itself, so people find their own language whatever is active.
  protected readonly names: Readonly<Record<Language, string>> = { nl: 'Nederlands', en: 'English' };
  protected readonly active = this.languageService.active;

  protected choose(language: Language): void {
    this.languageService.use(language);
  }
}
