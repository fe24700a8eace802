import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { ESCALATION_URGENCIES, EscalationPage, MunicipalityResponse } from '@sluitend/domain';
import { catchError, map, of, switchMap, tap } from 'rxjs';
import { EscalationsApiService } from '../../../../core/api/escalations-api.service';
import { MunicipalitiesApiService } from '../../../../core/api/municipalities-api.service';
import { UiMessage, errorMessage } from '../../../../core/http/ui-message';
import { Clock } from '../../../../core/time/clock';
import { AlertMessage } from '../../../../shared/alert-message';
import { byName } from '../../../../shared/by-name';
import { DateTimePipe } from '../../../../shared/dates';
import { Pagination } from '../../../../shared/pagination';
import { focusPageHeading } from '../../../privacy/focus-page-heading';
import { dayCountMessage, daysSince, reasonLabelKey, subjectName } from '../shared/escalation-labels';
import { EscalationStateBadge, UrgencyBadge } from '../shared/escalation-state-badge';
import { OverdueAgreementsPanel } from './overdue-agreements-panel';
import {
  QUEUE_STATES,
  QueueFilters,
  QueueStateFilter,
  hasDrillDown,
  queueFiltersFromParams,
  queueFiltersToParams,
  queueQuery,
} from './queue-filters';
import { DrillDownLabel, drillDownLabels } from './drill-down-labels';

type LoadResult = { page: EscalationPage; error: null } | { page: null; error: UiMessage };

/**
 * The coordinator's queue: the region's escalations in one state, by default those waiting for triage,
 * urgent first and then the longest waiting (the api's `triage` order, shown as given), with how long
 * each has waited; and the agreements past their deadline. Filters live in the address bar.
 */
@Component({
  selector: 'app-escalation-queue-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslocoDirective,
    AlertMessage,
    DateTimePipe,
    Pagination,
    EscalationStateBadge,
    UrgencyBadge,
    OverdueAgreementsPanel,
  ],
  templateUrl: './escalation-queue-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EscalationQueuePage {
  private readonly api = inject(EscalationsApiService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly clock = inject(Clock);

  protected readonly states = QUEUE_STATES;
  protected readonly urgencies = ESCALATION_URGENCIES;
  protected readonly municipalities = signal<MunicipalityResponse[]>([]);

  private readonly params = toSignal(this.route.queryParams, { initialValue: this.route.snapshot.queryParams });
  protected readonly criteria = computed(() => queueFiltersFromParams(this.params()));
  readonly filters = inject(NonNullableFormBuilder).group({
    state: this.criteria().state as QueueStateFilter,
    urgency: this.criteria().urgency,
    municipalityId: shownMunicipality(this.criteria()),
  });
  /** What the monitoring dashboard narrowed the list to, in words. */
  protected readonly drillDown = computed(() =>
    hasDrillDown(this.criteria()) ? drillDownLabels(this.criteria(), this.municipalities()) : [],
  );

  protected readonly result = signal<EscalationPage | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<UiMessage | null>(null);
  /** The rows as the api ordered them, with what the table shows worked out once. */
  protected readonly rows = computed(() => {
    const today = this.clock.today();
    return (this.result()?.items ?? []).map((escalation) => ({
      escalation,
      name: subjectName(escalation.subject),
      reasonKey: reasonLabelKey(escalation.reasonCode),
      waited: dayCountMessage(
        escalation.state === 'submitted' ? 'actietafel.escalations.waited' : 'actietafel.escalations.inState',
        daysSince(escalation.stateSince, today),
      ),
    }));
  });

  constructor() {
    focusPageHeading();
    inject(MunicipalitiesApiService)
      .list()
      .pipe(takeUntilDestroyed())
      .subscribe({ next: (list) => this.municipalities.set([...list].sort(byName)), error: () => undefined });

    this.filters.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => {
      const { state, urgency, municipalityId } = this.filters.getRawValue();
      const current = this.criteria();
      // Several municipalities from the dashboard stay until the user picks one (or all) in the list.
      const municipalityIds =
        municipalityId === shownMunicipality(current)
          ? current.municipalityIds
          : municipalityId
            ? [municipalityId]
            : [];
      this.navigate({ ...current, state, urgency, municipalityIds, page: 1 });
    });

    // switchMap drops the answer to an older query, so a slow response never overwrites a newer one.
    toObservable(this.criteria)
      .pipe(
        tap((criteria) => {
          this.loading.set(true);
          this.filters.setValue(
            { state: criteria.state, urgency: criteria.urgency, municipalityId: shownMunicipality(criteria) },
            { emitEvent: false },
          );
        }),
        switchMap((criteria) =>
          this.api.list(queueQuery(criteria)).pipe(
            map((page): LoadResult => ({ page, error: null })),
            catchError((error: unknown) => of<LoadResult>({ page: null, error: errorMessage(error) })),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((outcome) => {
        this.loading.set(false);
        this.error.set(outcome.error);
        this.result.set(outcome.page);
      });
  }

  protected goToPage(page: number): void {
    this.navigate({ ...this.criteria(), page });
  }

  /** A label's own parameters and the labels it names, translated in the current language. */
  protected labelParams(label: DrillDownLabel, t: (key: string) => string): Record<string, unknown> {
    const named = Object.entries(label.labelKeys ?? {}).map(([name, key]) => [name, t(key)]);
    return { ...label.params, ...Object.fromEntries(named) };
  }

  /** Back to the queue's own filters: the dashboard's narrower ones and its several municipalities go. */
  protected clearDrillDown(): void {
    const current = this.criteria();
    this.navigate({ ...current, drillDown: {}, municipalityIds: current.municipalityIds.slice(0, 1), page: 1 });
  }

  private navigate(filters: QueueFilters): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: queueFiltersToParams(filters),
      replaceUrl: true,
    });
  }
}

/** The municipality the single-choice list shows: none (all) when the dashboard sent several. */
function shownMunicipality(filters: QueueFilters): string {
  return filters.municipalityIds.length === 1 ? (filters.municipalityIds[0] ?? '') : '';
}
