import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { ESCALATION_OUTCOMES, MONITORING_SIGNALS } from '@sluitend/domain';
import { AlertMessage } from '../../shared/alert-message';
import { DateTimePipe, IsoDatePipe } from '../../shared/dates';
import { focusPageHeading } from '../privacy/focus-page-heading';
import { FigureTable, ReportedFigureRow } from './figure-table';
import { DaysPipe } from './figures-format';
import { latestLoad } from './latest-load';
import { liveTranslate } from './live-translate';
import { MonitoringApiService, reportDownloadUrl } from './monitoring-api.service';
import { MonitoringFilterBar } from './monitoring-filter-bar';
import { MonitoringTable, throughputHeaders } from './monitoring-table';
import { filterToParams } from './monitoring-filter';
import { ReportedCountView } from './reported-count';
import { routeFilter } from './route-filter';
import { sortedMunicipalities } from './sorted-municipalities';

/**
 * The region's monitoring report for funders and municipalities: aggregates only, small counts suppressed,
 * downloadable as Excel and CSV and printable. It states its period, its municipalities and when it was made.
 */
@Component({
  selector: 'app-monitoring-report-page',
  imports: [
    RouterLink,
    TranslocoDirective,
    AlertMessage,
    DateTimePipe,
    IsoDatePipe,
    DaysPipe,
    FigureTable,
    MonitoringFilterBar,
    MonitoringTable,
    ReportedCountView,
  ],
  templateUrl: './report-page.html',
  styleUrls: ['./monitoring.css', './report-page.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportPage {
  private readonly route = routeFilter();
  protected readonly filter = this.route.filter;
  protected readonly changeFilter = this.route.change;
  protected readonly municipalities = sortedMunicipalities();
  private readonly api = inject(MonitoringApiService);
  private readonly load = latestLoad(this.filter, (filter) => this.api.report(filter));
  protected readonly report = this.load.value;
  protected readonly loading = this.load.loading;
  protected readonly error = this.load.error;
  protected readonly outcomes = ESCALATION_OUTCOMES;
  protected readonly signals = MONITORING_SIGNALS;

  protected readonly xlsxUrl = computed(() => reportDownloadUrl('xlsx', this.filter()));
  protected readonly csvUrl = computed(() => reportDownloadUrl('csv', this.filter()));
  protected readonly dashboardParams = computed(() => filterToParams(this.filter()));

  private readonly translate = liveTranslate();
  /** The headers and rows the report's tables are built from; rows stay empty until the report is there. */
  protected readonly tables = computed(() => {
    const report = this.report();
    const t = this.translate();
    const rows = <T>(figures: readonly T[] | undefined, row: (figure: T) => ReportedFigureRow) =>
      (figures ?? []).map(row);
    return {
      throughputHeaders: throughputHeaders(t),
      municipalities: rows(report?.byMunicipality, (f) => ({ key: f.name, label: f.name, count: f.submitted })),
      sectors: rows(report?.bySector, (f) => ({ key: f.sector, label: t('sector.' + f.sector), count: f.count })),
      reasons: rows(report?.reasonCodes, (f) => ({ key: f.label, label: f.label, count: f.count })),
      organisations: rows(report?.overdueByOrganisation, (f) => ({
        key: f.name,
        label: f.name,
        count: f.overdueAgreements,
      })),
    };
  });

  constructor() {
    focusPageHeading();
  }

  protected print(): void {
    window.print();
  }
}
