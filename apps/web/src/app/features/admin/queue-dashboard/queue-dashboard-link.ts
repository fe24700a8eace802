import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { hasRole } from '@sluitend/domain';
import { AuthService } from '../../../core/auth/auth.service';

/** Served by the API outside the Angular app, so a plain link: a full page load, in the same tab. */
export const QUEUE_DASHBOARD_URL = '/admin/queues';

/** The way from the admin area to the API's queue dashboard (bull-board), which answers admins only. */
@Component({
  selector: 'app-queue-dashboard-link',
  imports: [TranslocoDirective],
  template: `
    @if (isAdmin()) {
      <section
        class="section card"
        aria-labelledby="queue-dashboard-title"
        *transloco="let t; prefix: 'queueDashboard'"
      >
        <h2 id="queue-dashboard-title">{{ t('title') }}</h2>
        <p>{{ t('intro') }}</p>
        <a [href]="url">{{ t('link') }}</a>
      </section>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QueueDashboardLink {
  private readonly auth = inject(AuthService);
  protected readonly url = QUEUE_DASHBOARD_URL;
  protected readonly isAdmin = computed(() => hasRole(this.auth.roles(), 'admin'));
}
