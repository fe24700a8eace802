import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { CASE_STATUSES, CasePage, CaseStatus, MunicipalityResponse } from '@sluitend/domain';
import { catchError, debounceTime, distinctUntilChanged, filter, map, of, switchMap, tap } from 'rxjs';
import { CasesApiService } from '../../../core/api/cases-api.service';
import { MunicipalitiesApiService } from '../../../core/api/municipalities-api.service';
import { UiMessage, errorMessage } from '../../../core/http/ui-message';
import { AlertMessage } from '../../../shared/alert-message';
import { byName } from '../../../shared/by-name';
import { Pagination } from '../../../shared/pagination';
import { CaseTable } from './case-table';
import { SEARCH_DEBOUNCE_MS, searchTerm } from '../../../shared/search-term';
import { SortColumn, withFilters, withPage, withSortOn } from './case-list-query';
import { CaseListState } from './case-list-state';

type LoadResult = { page: CasePage; error: null } | { page: null; error: UiMessage };

@Component({
  selector: 'app-case-list-page',
  imports: [ReactiveFormsModule, RouterLink, TranslocoDirective, AlertMessage, Pagination, CaseTable],
  templateUrl: './case-list-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CaseListPage {
  private readonly casesApi = inject(CasesApiService);
  private readonly municipalitiesApi = inject(MunicipalitiesApiService);
  private readonly state = inject(CaseListState);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly statuses = CASE_STATUSES;
  protected readonly query = this.state.query.asReadonly();
  protected readonly filters = inject(NonNullableFormBuilder).group({
    search: this.state.searchText(),
    municipalityId: this.query().municipalityId ?? '',
    status: this.inputStatus(this.query().status),
  });
  protected readonly municipalities = signal<MunicipalityResponse[]>([]);
  protected readonly result = signal<CasePage | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<UiMessage | null>(null);
  /** E.g. that a dossier was just erased: shown once, then forgotten. */
  protected readonly notice = signal(this.state.notice());

  constructor() {
    this.state.notice.set(null);
    this.followSearchBox();
    this.filters.controls.municipalityId.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((municipalityId) => this.state.query.update((query) => withFilters(query, { municipalityId })));
    this.filters.controls.status.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((status) => this.state.query.update((query) => withFilters(query, { status })));
    this.loadPages();
    this.municipalitiesApi
      .list()
      .pipe(takeUntilDestroyed())
      .subscribe({
        next: (municipalities) => this.municipalities.set([...municipalities].sort(byName)),
        // The filter is optional; the list itself still works without it.
        error: () => this.municipalities.set([]),
      });
  }

  protected sortOn(column: SortColumn): void {
    this.state.query.update((query) => withSortOn(query, column));
  }

  protected goToPage(page: number): void {
    this.state.query.update((query) => withPage(query, page));
  }

  protected hasFilters(): boolean {
    const { search, municipalityId, status } = this.query();
    return Boolean(search || municipalityId || status !== 'open');
  }

  private followSearchBox(): void {
    const search = this.filters.controls.search;
    search.valueChanges.pipe(takeUntilDestroyed()).subscribe((text) => this.state.searchText.set(text));
    search.valueChanges
      .pipe(
        debounceTime(SEARCH_DEBOUNCE_MS),
        map(searchTerm),
        filter((term): term is string => term !== null),
        distinctUntilChanged(),
        takeUntilDestroyed(),
      )
      .subscribe((term) => this.state.query.update((query) => withFilters(query, { search: term })));
  }

  private loadPages(): void {
    // switchMap drops the answer to an older query, so a slow response never overwrites a newer one.
    toObservable(this.state.query)
      .pipe(
        tap(() => this.loading.set(true)),
        switchMap((query) =>
          this.casesApi.list(query).pipe(
            map((page): LoadResult => ({ page, error: null })),
            catchError((error: unknown) => of<LoadResult>({ page: null, error: errorMessage(error) })),
          ),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((outcome) => {
        this.loading.set(false);
        this.error.set(outcome.error);
        if (outcome.page) this.result.set(outcome.page);
      });
  }

  private inputStatus(status: CaseStatus | undefined): CaseStatus | '' {
    return status ?? '';
  }
}
