import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Role } from '@sluitend/domain';
import { TranslocoDirective } from '@jsverse/transloco';
import { EmergencyAccesses } from './emergency-accesses/emergency-accesses';
import { EscalationsSummary } from './escalations-summary/escalations-summary';
import { MyActions } from './my-actions/my-actions';
import { MyAgreements } from './my-agreements/my-agreements';
import { MySessions } from './my-sessions/my-sessions';
import { NotificationsCard } from './notifications/notifications-card';

/** Roles whose home texts live with their feature's texts instead of under `home.<role>`. */
const TEXT_PREFIX: Partial<Record<Role, string>> = { 'privacy-officer': 'privacy.home.officer' };

/** The start page of one role: its title and its work, or an empty state until its features exist. */
@Component({
  selector: 'app-role-home',
  imports: [
    TranslocoDirective,
    RouterLink,
    MyActions,
    EmergencyAccesses,
    MyAgreements,
    EscalationsSummary,
    MySessions,
    NotificationsCard,
  ],
  template: `
    <section
      *transloco="let t; prefix: textPrefix()"
      [attr.data-testid]="'home-' + role()"
      aria-labelledby="home-title"
    >
      <h1 id="home-title">{{ t('title') }}</h1>
      <p class="lead">{{ t('intro') }}</p>
      <app-notifications-card />
      @if (role() === 'professional') {
        <p>
          <a class="button button--primary" routerLink="/cases">{{ t('linkCases') }}</a>
        </p>
        <app-emergency-accesses />
        <app-my-actions />
        <app-my-agreements />
        <app-my-sessions />
      } @else if (role() === 'actietafel-coordinator') {
        <app-escalations-summary />
        <app-my-sessions />
        <app-my-agreements />
      } @else if (tableRole()) {
        <app-my-sessions />
        <app-my-agreements />
      } @else if (role() === 'privacy-officer') {
        <nav class="section card" aria-labelledby="home-links-title">
          <h2 id="home-links-title">{{ t('linksTitle') }}</h2>
          <ul class="link-list">
            <li>
              <a routerLink="/privacy/access-log">{{ t('linkAccessLog') }}</a>
              <span class="muted block">{{ t('aboutAccessLog') }}</span>
            </li>
            <li>
              <a routerLink="/privacy/retention">{{ t('linkRetention') }}</a>
              <span class="muted block">{{ t('aboutRetention') }}</span>
            </li>
            <li>
              <a routerLink="/privacy/erasures">{{ t('linkErasures') }}</a>
              <span class="muted block">{{ t('aboutErasures') }}</span>
            </li>
          </ul>
        </nav>
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
  protected readonly textPrefix = computed(() => TEXT_PREFIX[this.role()] ?? `home.${this.role()}`);
  /** Chairs and members own agreements of the Actietafel too. */
  protected readonly tableRole = computed(
    () => this.role() === 'actietafel-chair' || this.role() === 'actietafel-member',
  );
}
