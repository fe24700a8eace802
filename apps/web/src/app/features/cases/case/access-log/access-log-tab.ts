import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { TranslocoDirective } from '@jsverse/transloco';
import { AuditEventPage, AuditEventResponse } from '@sluitend/domain';
import { EMPTY, catchError, map, of, switchMap, tap } from 'rxjs';
import { CaseAccessApiService } from '../../../../core/api/case-access-api.service';
import { UiMessage, errorMessage } from '../../../../core/http/ui-message';
import { AlertMessage } from '../../../../shared/alert-message';
import { DateTimePipe } from '../../../../shared/dates';
import { Pagination } from '../../../../shared/pagination';
import { CaseContext } from '../case-context';
import { PrivacyActions } from './privacy-actions';

export const ACCESS_LOG_PAGE_SIZE = 25;

type LoadResult = { page: AuditEventPage; error: null } | { page: null; error: UiMessage };

/**
 * Who looked at or changed this dossier, when and on what ground (NEN 7513), for the
 * casusregisseur; and the jongere's rights under the AVG that the casusregisseur exercises.
 */
@Component({
  selector: 'app-access-log-tab',
  imports: [TranslocoDirective, AlertMessage, DateTimePipe, Pagination, PrivacyActions],
  templateUrl: './access-log-tab.html',
  styles: `
    .access-row--flagged > * {
      background: var(--color-warning-background);
    }
    .access-row--flagged > th {
      border-left: 4px solid var(--color-warning);
    }
    .access-flag {
      display: block;
      margin-top: 0.25rem;
    }
    .access-detail {
      margin: 0.25rem 0 0;
      font-size: 0.9375rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccessLogTab {
  private readonly api = inject(CaseAccessApiService);
  private readonly context = inject(CaseContext);

  protected readonly canView = this.context.canViewAccessLog;
  protected readonly page = signal(1);
  protected readonly result = signal<AuditEventPage | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<UiMessage | null>(null);
  private readonly caseId = computed(() => this.context.caseId());

  constructor() {
    toObservable(computed(() => ({ caseId: this.caseId(), page: this.page(), allowed: this.canView() })))
      .pipe(
        switchMap(({ caseId, page, allowed }) => {
          if (!caseId || !allowed) return EMPTY;
          this.loading.set(true);
          return this.api.accessLog(caseId, page, ACCESS_LOG_PAGE_SIZE).pipe(
            map((result): LoadResult => ({ page: result, error: null })),
            catchError((error: unknown) =>
              of<LoadResult>({
                page: null,
                error: errorMessage(error, { 'casusregisseur-only': 'privacy.accessLog.onlyLead' }),
              }),
            ),
          );
        }),
        tap(() => this.loading.set(false)),
        takeUntilDestroyed(),
      )
      .subscribe((outcome) => {
        this.error.set(outcome.error);
        if (outcome.page) this.result.set(outcome.page);
      });
  }

  /** Emergency access and refusals stand out, with a word as well as a colour. */
  protected flag(event: AuditEventResponse): 'emergency' | 'denied' | null {
    if (event.action === 'denied') return 'denied';
    return event.action === 'break-the-glass' || event.ground === 'break-the-glass' ? 'emergency' : null;
  }

  protected goToPage(page: number): void {
    this.page.set(page);
  }
}
