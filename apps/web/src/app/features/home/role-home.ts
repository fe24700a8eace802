import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Role } from '@sluitend/domain';
import { TranslocoDirective } from '@jsverse/transloco';

/** The start page of one role: its title and, until its features exist, an empty state. */
@Component({
  selector: 'app-role-home',
  imports: [TranslocoDirective, RouterLink],
  template: `
    <section
      *transloco="let t; prefix: 'home.' + role()"
      [attr.data-testid]="'home-' + role()"
      aria-labelledby="home-title"
    >
      <h1 id="home-title">{{ t('title') }}</h1>
      <p class="lead">{{ t('intro') }}</p>
      <div class="empty-state">
        <h2 class="empty-state__title">{{ t('emptyTitle') }}</h2>
        <p>{{ t('empty') }}</p>
        @if (role() === 'admin') {
          <ul class="link-list">
            <li>
              <a routerLink="/admin/organisations">{{ t('linkOrganisations') }}</a>
            </li>
            <li>
              <a routerLink="/admin/users">{{ t('linkUsers') }}</a>
            </li>
          </ul>
        }
      </div>
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RoleHome {
  readonly role = input.required<Role>();
}
