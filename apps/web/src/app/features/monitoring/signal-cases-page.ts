import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { MONITORING_SIGNALS, MonitoringSignal } from '@sluitend/domain';
import { AlertMessage } from '../../shared/alert-message';
import { focusPageHeading } from '../privacy/focus-page-heading';
import { latestLoad } from './latest-load';
import { MonitoringApiService } from './monitoring-api.service';
import { municipalityIdsFromParams } from './monitoring-filter';

function isSignal(value: unknown): value is MonitoringSignal {
  return typeof value === 'string' && (MONITORING_SIGNALS as readonly string[]).includes(value);
}

/**
 * The cases behind one of the dashboard's signals, as far as the viewer may open them: those outside the
 * viewer's access are only counted, never named.
 */
@Component({
  selector: 'app-signal-cases-page',
  imports: [RouterLink, TranslocoDirective, AlertMessage],
  template: `
    <ng-container *transloco="let t">
      <p class="no-print">
        <a routerLink="/monitoring" [queryParams]="backParams()">{{ t('monitoring.backToDashboard') }}</a>
      </p>
      <div class="page-header">
        <h1 tabindex="-1">
          @if (signal(); as shown) {
            {{ t('monitoring.signals.names.' + shown) }}
          } @else {
            {{ t('monitoring.signals.unknown') }}
          }
        </h1>
        @if (signal(); as shown) {
          <p class="lead">{{ t('monitoring.signals.descriptions.' + shown) }}</p>
        }
      </div>
      <app-alert-message [message]="error()" />
      @if (list(); as page) {
        <p role="status" data-testid="signal-total">{{ t('monitoring.signals.total', { count: page.total }) }}</p>
        @if (page.cases.length > 0) {
          <div class="table-wrapper">
            <table class="data-table" data-testid="signal-cases">
              <caption class="visually-hidden">
                {{
                  t('monitoring.signals.names.' + page.signal)
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{{ t('monitoring.signals.jongere') }}</th>
                  <th scope="col">{{ t('cases.fields.municipality') }}</th>
                </tr>
              </thead>
              <tbody>
                @for (item of page.cases; track item.id) {
                  <tr data-testid="signal-case-row">
                    <th scope="row">
                      <a [routerLink]="['/cases', item.id]">{{ item.displayName }}</a>
                    </th>
                    <td>{{ item.municipalityName }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
        @if (page.notAccessible > 0) {
          <p class="notice" data-testid="signal-not-accessible">
            {{
              t(
                page.notAccessible === 1
                  ? 'monitoring.signals.notAccessible.one'
                  : 'monitoring.signals.notAccessible.other',
                {
                  count: page.notAccessible,
                }
              )
            }}
          </p>
        }
      } @else if (loading()) {
        <p class="muted">{{ t('common.loading') }}</p>
      }
    </ng-container>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignalCasesPage {
  private readonly route = inject(ActivatedRoute);
  private readonly params = toSignal(this.route.paramMap, { initialValue: this.route.snapshot.paramMap });
  private readonly queryParams = toSignal(this.route.queryParams, { initialValue: this.route.snapshot.queryParams });

  protected readonly signal = computed(() => {
    const value = this.params().get('signal');
    return isSignal(value) ? value : null;
  });
  private readonly municipalityIds = computed(() => municipalityIdsFromParams(this.queryParams()), {
    equal: (a, b) => a.join() === b.join(),
  });
  protected readonly backParams = computed(() => {
    const ids = this.municipalityIds();
    return ids.length > 0 ? { municipalityId: ids } : {};
  });
  private readonly api = inject(MonitoringApiService);
  private readonly load = latestLoad(
    computed(() => ({ signal: this.signal(), municipalityIds: this.municipalityIds() })),
    ({ signal, municipalityIds }) => (signal === null ? null : this.api.signalCases(signal, municipalityIds)),
  );
  protected readonly list = this.load.value;
  protected readonly loading = this.load.loading;
  protected readonly error = this.load.error;

  constructor() {
    focusPageHeading();
  }
}
