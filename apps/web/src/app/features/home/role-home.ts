import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Role } from '@sluitend/domain';
import { TranslocoDirective } from '@jsverse/transloco';
import { MyActions } from './my-actions/my-actions';

/** The start page of one role: its title and its work, or an empty state until its features exist. */
@Component({
  selector: 'app-role-home',
  imports: [TranslocoDirective, RouterLink, MyActions],
  template: `
    <section
      *transloco="let t; prefix: 'home.' + role()"
      [attr.data-testid]="'home-' + role()"
      aria-labelledby="home-title"
    >
      <h1 id="home-title">{{ t('title') }}</h1>
      <p class="lead">{{ t('intro') }}</p>
      @if (role() === 'professional') {
        <p>
          <a class="button button--primary" routerLink="/cases">{{ t('linkCases') }}</a>
        </p>
        <app-my-actions />
      } @else {
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
      }
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RoleHome {
  readonly role = input.required<Role>();
}
