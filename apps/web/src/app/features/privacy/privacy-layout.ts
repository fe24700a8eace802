import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';

export const PRIVACY_PAGES = [
  { path: '/privacy/access-log', labelKey: 'privacy.officer.titles.accessLog' },
  { path: '/privacy/retention', labelKey: 'privacy.officer.titles.retention' },
  { path: '/privacy/erasures', labelKey: 'privacy.officer.titles.erasures' },
] as const;

/**
 * The privacy officer's pages under one menu item. The sections are routed links with
 * aria-current, so each has its own URL, page title and browser history entry.
 */
@Component({
  selector: 'app-privacy-layout',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, TranslocoDirective],
  template: `
    <nav *transloco="let t" class="tabs" [attr.aria-label]="t('privacy.officer.tabs.label')">
      <ul class="tabs__list">
        @for (page of pages; track page.path) {
          <li>
            <a
              class="tabs__link"
              [routerLink]="page.path"
              routerLinkActive="tabs__link--active"
              ariaCurrentWhenActive="page"
              >{{ t(page.labelKey) }}</a
            >
          </li>
        }
      </ul>
    </nav>
    <router-outlet />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PrivacyLayout {
  protected readonly pages = PRIVACY_PAGES;
}
