import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { daysBetween } from '@sluitend/domain';
import { Clock } from '../../core/time/clock';
import { AlertMessage } from '../../shared/alert-message';
import { IsoDatePipe } from '../../shared/dates';
import { focusPageHeading } from '../privacy/focus-page-heading';
import { dayCountMessage, subjectName } from '../actietafel/escalations/shared/escalation-labels';
import { latestLoad } from './latest-load';
import { MonitoringApiService } from './monitoring-api.service';
import { filterToParams } from './monitoring-filter';
import { routeFilter } from './route-filter';

/** The overdue agreements behind a dashboard figure: made in the period, of one organisation when chosen. */
@Component({
  selector: 'app-monitoring-overdue-agreements-page',
  imports: [RouterLink, TranslocoDirective, AlertMessage, IsoDatePipe],
  template: `
    <ng-container *transloco="let t">
      <p class="no-print">
        <a routerLink="/monitoring" [queryParams]="backParams()">{{ t('monitoring.backToDashboard') }}</a>
      </p>
      <div class="page-header">
        <h1 tabindex="-1">{{ t('monitoring.overdueAgreements.title') }}</h1>
        <p class="lead">
          {{
            t('monitoring.overdueAgreements.intro', { from: (filter().from | isoDate), to: (filter().to | isoDate) })
          }}
        </p>
      </div>
      <app-alert-message [message]="error()" />
      @if (rows(); as items) {
        <p role="status" data-testid="overdue-total">
          {{ t('monitoring.overdueAgreements.count', { count: items.length }) }}
        </p>
        @if (items.length > 0) {
          <div class="table-wrapper">
            <table class="data-table" data-testid="monitoring-overdue-agreements">
              <caption class="visually-hidden">
                {{
                  t('monitoring.overdueAgreements.title')
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{{ t('actietafel.agreements.columns.what') }}</th>
                  <th scope="col">{{ t('actietafel.agreements.columns.jongere') }}</th>
                  <th scope="col">{{ t('actietafel.agreements.columns.owner') }}</th>
                  <th scope="col">{{ t('actietafel.agreements.columns.deadline') }}</th>
                </tr>
              </thead>
              <tbody>
                @for (item of items; track item.agreement.id) {
                  <tr data-testid="monitoring-overdue-row">
                    <th scope="row" class="pre-line" lang="nl">{{ item.agreement.what }}</th>
                    <td>
                      <a [routerLink]="['/actietafel/escalations', item.agreement.escalationId]">{{ item.name }}</a>
                    </td>
                    <td>
                      {{ item.agreement.owner.name }}
                      @if (item.agreement.owner.userId) {
                        <span class="muted block">{{ item.agreement.owner.organisationName }}</span>
                      }
                    </td>
                    <td>
                      {{ item.agreement.deadline | isoDate }}
                      <span class="badge badge--warning">{{ t(item.late.key, item.late.params) }}</span>
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
      } @else if (loading()) {
        <p class="muted">{{ t('common.loading') }}</p>
      }
    </ng-container>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OverdueAgreementsPage {
  private readonly clock = inject(Clock);
  private readonly route = inject(ActivatedRoute);
  protected readonly filter = routeFilter().filter;
  private readonly queryParams = toSignal(this.route.queryParams, { initialValue: this.route.snapshot.queryParams });
  private readonly organisationId = computed(() => {
    const value: unknown = this.queryParams()['organisationId'];
    return typeof value === 'string' && value !== '' ? value : null;
  });
  protected readonly backParams = computed(() => filterToParams(this.filter()));

  private readonly api = inject(MonitoringApiService);
  private readonly load = latestLoad(
    computed(() => ({ filter: this.filter(), organisationId: this.organisationId() })),
    ({ filter, organisationId }) => this.api.overdueAgreements(filter, organisationId),
  );
  private readonly list = this.load.value;
  protected readonly loading = this.load.loading;
  protected readonly error = this.load.error;
  /** Longest overdue first, as the coordinator follows them up. */
  protected readonly rows = computed(() => {
    const list = this.list();
    if (list === null) return null;
    const today = this.clock.today();
    return [...list]
      .sort((a, b) => a.deadline.localeCompare(b.deadline))
      .map((agreement) => ({
        agreement,
        name: subjectName(agreement.subject),
        late: dayCountMessage('actietafel.agreements.daysLate', Math.max(0, daysBetween(agreement.deadline, today))),
      }));
  });

  constructor() {
    focusPageHeading();
  }
}
