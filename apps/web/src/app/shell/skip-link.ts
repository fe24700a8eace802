import { ChangeDetectionStrategy, Component, DOCUMENT, inject } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';

/** Every page renders its `<main>` with this id, so the link works on the login page too. */
export const MAIN_CONTENT_ID = 'main-content';

@Component({
  selector: 'app-skip-link',
  imports: [TranslocoDirective],
  template: `
    <a *transloco="let t" class="skip-link" [href]="'#' + mainId" (click)="skip($event)">
      {{ t('shell.skipToContent') }}
    </a>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SkipLink {
  private readonly document = inject(DOCUMENT);
  protected readonly mainId = MAIN_CONTENT_ID;

  /** A plain fragment link would be a router navigation under <base href="/">; move focus instead. */
  protected skip(event: Event): void {
    event.preventDefault();
    const main = this.document.getElementById(MAIN_CONTENT_ID);
    main?.focus();
    main?.scrollIntoView();
  }
}
