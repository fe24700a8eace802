import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  ESCALATION_OUTCOMES,
  MONITORING_SIGNALS,
  MonitoringReportResponse,
  MunicipalityResponse,
} from '@sluitend/domain';
import { catchError, map, of, switchMap, tap } from 'rxjs';
import { MunicipalitiesApiService } from '../../core/api/municipalities-api.service';
import { UiMessage, errorMessage } from '../../core/http/ui-message';
import { AlertMessage } from '../../shared/alert-message';
import { byName } from '../../shared/by-name';
import { DateTimePipe, IsoDatePipe } from '../../shared/dates';
import { focusPageHeading } from '../privacy/focus-page-heading';
import { DaysPipe } from './figures-format';
import { MonitoringApiService, reportDownloadUrl } from './monitoring-api.service';
import { MonitoringFilterBar } from './monitoring-filter-bar';
import { filterToParams } from './monitoring-filter';
import { ReportedCountView } from './reported-count';
import { routeFilter } from './route-filter';

type LoadResult = { report: MonitoringReportResponse; error: null } | { report: null; error: UiMessage };

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
    MonitoringFilterBar,
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
  protected readonly municipalities = signal<MunicipalityResponse[]>([]);
  protected readonly report = signal<MonitoringReportResponse | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<UiMessage | null>(null);
  protected readonly outcomes = ESCALATION_OUTCOMES;
  protected readonly signals = MONITORING_SIGNALS;

  protected readonly xlsxUrl = computed(() => reportDownloadUrl('xlsx', this.filter()));
  protected readonly csvUrl = computed(() => reportDownloadUrl('csv', this.filter()));
  protected readonly dashboardParams = computed(() => filterToParams(this.filter()));

  constructor() {
    focusPageHeading();
    const api = inject(MonitoringApiService);
    inject(MunicipalitiesApiService)
      .list()
      .pipe(takeUntilDestroyed())
      .subscribe({ next: (list) => this.municipalities.set([...list].sort(byName)), error: () => undefined });

    toObservable(this.filter)
      .pipe(
        tap(() => this.loading.set(true)),
        switchMap((filter) =>
          api.report(filter).pipe(
            map((report): LoadResult => ({ report, error: null })),
            catchError((error: unknown) => of<LoadResult>({ report: null, error: errorMessage(error) })),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((outcome) => {
        this.loading.set(false);
        this.error.set(outcome.error);
        this.report.set(outcome.report);
      });
  }

  protected print(): void {
    window.print();
  }
}
