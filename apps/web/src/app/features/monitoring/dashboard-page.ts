import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { DashboardResponse, MONITORING_SIGNALS, MunicipalityResponse, hasRole } from '@sluitend/domain';
import { catchError, map, of, switchMap, tap } from 'rxjs';
import { MunicipalitiesApiService } from '../../core/api/municipalities-api.service';
import { AuthService } from '../../core/auth/auth.service';
import { UiMessage, errorMessage } from '../../core/http/ui-message';
import { AlertMessage } from '../../shared/alert-message';
import { byName } from '../../shared/by-name';
import { DateTimePipe, IsoDatePipe } from '../../shared/dates';
import { focusPageHeading } from '../privacy/focus-page-heading';
import { Translate, leadTimeChart, reasonCodeChart, stateChart, throughputChart } from './chart-options';
import {
  DrillDown,
  closedInMonthDrillDown,
  municipalityDrillDown,
  overdueAgreementsDrillDown,
  pastNormDrillDown,
  reasonCodeDrillDown,
  sectorDrillDown,
  signalDrillDown,
  stateDrillDown,
  submittedInMonthDrillDown,
} from './drill-down';
import { CountPipe, DaysPipe } from './figures-format';
import { FigureLink } from './figure-link';
import { MonitoringApiService } from './monitoring-api.service';
import { MonitoringChart } from './monitoring-chart';
import { MonitoringFilterBar } from './monitoring-filter-bar';
import { filterToParams } from './monitoring-filter';
import { routeFilter } from './route-filter';

type LoadResult = { dashboard: DashboardResponse; error: null } | { dashboard: null; error: UiMessage };

/**
 * The coordinator's (and chair's) dashboard: the region's escalations, throughput, lead times and
 * bottlenecks as aggregates, every count leading to the list behind it as far as the viewer may open it.
 */
@Component({
  selector: 'app-monitoring-dashboard-page',
  imports: [
    RouterLink,
    TranslocoDirective,
    AlertMessage,
    DateTimePipe,
    IsoDatePipe,
    CountPipe,
    DaysPipe,
    FigureLink,
    MonitoringChart,
    MonitoringFilterBar,
  ],
  templateUrl: './dashboard-page.html',
  styleUrl: './monitoring.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DashboardPage {
  private readonly api = inject(MonitoringApiService);
  private readonly transloco = inject(TranslocoService);
  private readonly roles = inject(AuthService).roles;

  private readonly route = routeFilter();
  protected readonly filter = this.route.filter;
  protected readonly municipalities = signal<MunicipalityResponse[]>([]);
  protected readonly dashboard = signal<DashboardResponse | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<UiMessage | null>(null);
  protected readonly signals = MONITORING_SIGNALS;

  /** The escalation queue and the region's overdue agreements are the coordinator's pages, not the chair's. */
  protected readonly opensEscalations = computed(() => hasRole(this.roles(), 'actietafel-coordinator'));
  protected readonly reportParams = computed(() => filterToParams(this.filter()));

  private readonly language = toSignal(this.transloco.langChanges$, { initialValue: this.transloco.getActiveLang() });
  private readonly translate = computed<Translate>(() => {
    this.language();
    return (key, params) => this.transloco.translate(key, params);
  });

  protected readonly view = computed(() => {
    const dashboard = this.dashboard();
    if (!dashboard) return null;
    const filter = this.filter();
    const t = this.translate();
    const link = (drillDown: DrillDown | null) => (this.opensEscalations() ? drillDown : null);
    return {
      dashboard,
      states: dashboard.escalationsByState.map((figure) => ({
        figure,
        link: link(stateDrillDown(filter, figure)),
        pastNormLink:
          figure.state === 'submitted'
            ? link(pastNormDrillDown(filter, 'triage-waiting'))
            : figure.state === 'accepted'
              ? link(pastNormDrillDown(filter, 'accepted-unscheduled'))
              : null,
      })),
      norms: {
        triageWaiting: link(pastNormDrillDown(filter, 'triage-waiting')),
        acceptedUnscheduled: link(pastNormDrillDown(filter, 'accepted-unscheduled')),
        overdueAgreements: link(overdueAgreementsDrillDown(filter)),
      },
      months: dashboard.throughput.map((month) => ({
        month,
        submittedLink: link(submittedInMonthDrillDown(filter, month.month)),
        closedLink: link(closedInMonthDrillDown(filter, month.month)),
        outcomeLinks: {
          resolved: link(closedInMonthDrillDown(filter, month.month, 'resolved')),
          'partly-resolved': link(closedInMonthDrillDown(filter, month.month, 'partly-resolved')),
          'not-resolved': link(closedInMonthDrillDown(filter, month.month, 'not-resolved')),
        },
      })),
      municipalities: dashboard.byMunicipality.map((figure) => ({
        figure,
        link: link(municipalityDrillDown(filter, figure.municipalityId)),
      })),
      sectors: dashboard.bySector.map((figure) => ({ figure, link: link(sectorDrillDown(filter, figure.sector)) })),
      reasons: dashboard.reasonCodes.map((figure) => ({
        figure,
        link: link(reasonCodeDrillDown(filter, figure.code)),
      })),
      organisations: dashboard.overdueByOrganisation.map((figure) => ({
        figure,
        link: link(overdueAgreementsDrillDown(filter, figure.organisationId)),
      })),
      signals: this.signals.map((signal) => ({
        signal,
        count: dashboard.signals[signal],
        link: signalDrillDown(filter, signal),
      })),
      charts: {
        states: stateChart(dashboard.escalationsByState, t),
        throughput: throughputChart(dashboard.throughput, t),
        leadTimes: leadTimeChart(dashboard.leadTimes, t),
        reasons: reasonCodeChart(dashboard.reasonCodes, t),
      },
    };
  });

  constructor() {
    focusPageHeading();
    inject(MunicipalitiesApiService)
      .list()
      .pipe(takeUntilDestroyed())
      .subscribe({ next: (list) => this.municipalities.set([...list].sort(byName)), error: () => undefined });

    // switchMap drops the answer to an older filter, so a slow response never overwrites a newer one.
    toObservable(this.filter)
      .pipe(
        tap(() => this.loading.set(true)),
        switchMap((filter) =>
          this.api.dashboard(filter).pipe(
            map((dashboard): LoadResult => ({ dashboard, error: null })),
            catchError((error: unknown) => of<LoadResult>({ dashboard: null, error: errorMessage(error) })),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((outcome) => {
        this.loading.set(false);
        this.error.set(outcome.error);
        this.dashboard.set(outcome.dashboard);
      });
  }

  protected readonly changeFilter = this.route.change;
}
