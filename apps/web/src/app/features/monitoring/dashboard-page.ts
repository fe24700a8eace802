import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { MONITORING_SIGNALS, hasRole } from '@sluitend/domain';
import { AuthService } from '../../core/auth/auth.service';
import { AlertMessage } from '../../shared/alert-message';
import { DateTimePipe, IsoDatePipe } from '../../shared/dates';
import { focusPageHeading } from '../privacy/focus-page-heading';
import { leadTimeChart, reasonCodeChart, stateChart, throughputChart } from './chart-options';
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
import { FigureTable, LinkedFigureRow } from './figure-table';
import { latestLoad } from './latest-load';
import { liveTranslate } from './live-translate';
import { MonitoringApiService } from './monitoring-api.service';
import { MonitoringChart } from './monitoring-chart';
import { MonitoringFilterBar } from './monitoring-filter-bar';
import { MonitoringTable, throughputHeaders } from './monitoring-table';
import { filterToParams } from './monitoring-filter';
import { routeFilter } from './route-filter';
import { sortedMunicipalities } from './sorted-municipalities';

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
    FigureTable,
    MonitoringChart,
    MonitoringFilterBar,
    MonitoringTable,
  ],
  templateUrl: './dashboard-page.html',
  styleUrl: './monitoring.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DashboardPage {
  private readonly api = inject(MonitoringApiService);
  private readonly roles = inject(AuthService).roles;

  private readonly route = routeFilter();
  protected readonly filter = this.route.filter;
  protected readonly municipalities = sortedMunicipalities();
  private readonly load = latestLoad(this.filter, (filter) => this.api.dashboard(filter));
  protected readonly dashboard = this.load.value;
  protected readonly loading = this.load.loading;
  protected readonly error = this.load.error;
  protected readonly signals = MONITORING_SIGNALS;

  /** The escalation queue and the region's overdue agreements are the coordinator's pages, not the chair's. */
  protected readonly opensEscalations = computed(() => hasRole(this.roles(), 'actietafel-coordinator'));
  protected readonly reportParams = computed(() => filterToParams(this.filter()));

  private readonly translate = liveTranslate();

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
      throughputHeaders: throughputHeaders(t),
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
      municipalities: dashboard.byMunicipality.map((figure): LinkedFigureRow => ({
        key: figure.municipalityId,
        label: figure.name,
        count: figure.submitted,
        link: link(municipalityDrillDown(filter, figure.municipalityId)),
        opens: t('monitoring.byMunicipality.opens', { name: figure.name }),
      })),
      sectors: dashboard.bySector.map((figure): LinkedFigureRow => {
        const sector = t('sector.' + figure.sector);
        return {
          key: figure.sector,
          label: sector,
          count: figure.count,
          link: link(sectorDrillDown(filter, figure.sector)),
          opens: t('monitoring.bySector.opens', { sector }),
        };
      }),
      reasons: dashboard.reasonCodes.map((figure): LinkedFigureRow => ({
        key: figure.code,
        label: figure.label,
        count: figure.count,
        link: link(reasonCodeDrillDown(filter, figure.code)),
        opens: t('monitoring.reasons.opens', { reason: figure.label }),
      })),
      organisations: dashboard.overdueByOrganisation.map((figure): LinkedFigureRow => ({
        key: figure.organisationId,
        label: figure.name,
        count: figure.overdueAgreements,
        link: link(overdueAgreementsDrillDown(filter, figure.organisationId)),
        opens: t('monitoring.overdueByOrganisation.opens', { name: figure.name }),
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
  }

  protected readonly changeFilter = this.route.change;
}
