import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, Injector, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  AUDIT_ACTIONS,
  AuditAction,
  AuditChainVerification,
  AuditEventPage,
  AuditEventQuery,
  AuditEventResponse,
  ROLES,
  Role,
  isAnchorIntact,
} from '@sluitend/domain';
import { catchError, finalize, map, of, switchMap, tap } from 'rxjs';
import { PrivacyApiService } from '../../../core/api/privacy-api.service';
import { UiMessage, errorMessage } from '../../../core/http/ui-message';
import { AlertMessage } from '../../../shared/alert-message';
import { DateTimePipe, formatDateTime } from '../../../shared/dates';
import { focusFirstInvalid } from '../../../shared/focus-first-invalid';
import { Pagination } from '../../../shared/pagination';
import { focusPageHeading } from '../focus-page-heading';
import {
  AuditFlag,
  DATE_RANGE_ERROR,
  INITIAL_AUDIT_QUERY,
  auditFlag,
  auditQuery,
  dateRange,
  hasAuditFilters,
  namesRoles,
} from './audit-filters';

type LoadResult = { page: AuditEventPage; error: null } | { page: null; error: UiMessage };

/**
 * The access log (NEN 7513) for the privacy officer: who did what with which case, on what ground.
 * Filters apply on submit, so typing an id does not fire a request per keystroke.
 */
@Component({
  selector: 'app-access-log-page',
  imports: [ReactiveFormsModule, TranslocoDirective, AlertMessage, Pagination, DateTimePipe],
  templateUrl: './access-log-page.html',
  styleUrl: './access-log-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccessLogPage {
  private readonly api = inject(PrivacyApiService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly actions = AUDIT_ACTIONS;
  readonly filters = inject(NonNullableFormBuilder).group(
    { caseId: '', userId: '', user: '', action: '' as AuditAction | '', from: '', to: '' },
    { validators: dateRange },
  );
  protected readonly query = signal<AuditEventQuery>(INITIAL_AUDIT_QUERY);
  protected readonly result = signal<AuditEventPage | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<UiMessage | null>(null);
  protected readonly submitted = signal(false);

  protected readonly verifying = signal(false);
  protected readonly chainIntact = signal<UiMessage | null>(null);
  protected readonly chainProblem = signal<UiMessage | null>(null);
  /** The comparison with the newest signed checkpoint outside the database: a note when intact, else an alert. */
  protected readonly anchorNote = signal<UiMessage | null>(null);
  protected readonly anchorProblem = signal<UiMessage | null>(null);

  constructor() {
    focusPageHeading();
    this.loadPages();
  }

  protected showRangeError(): boolean {
    return this.submitted() && this.filters.hasError(DATE_RANGE_ERROR);
  }

  protected search(): void {
    this.submitted.set(true);
    if (this.filters.invalid) {
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    this.query.set(auditQuery(this.filters.getRawValue()));
  }

  protected clear(): void {
    this.filters.reset();
    this.submitted.set(false);
    this.query.set(INITIAL_AUDIT_QUERY);
  }

  protected goToPage(page: number): void {
    this.query.update((query) => (query.page === page ? query : { ...query, page }));
  }

  protected hasFilters(): boolean {
    return hasAuditFilters(this.query());
  }

  protected flagOf(event: AuditEventResponse): AuditFlag | null {
    return auditFlag(event);
  }

  /** The roles a grant or revoke names, in domain order; null for any other event. */
  protected rolesNamed(event: AuditEventResponse): Role[] | null {
    return namesRoles(event) ? ROLES.filter((role) => event.fields.includes(role)) : null;
  }

  /** Roles in the fixed domain order, whatever order the API returned them in. */
  protected orderedRoles(roles: readonly Role[]): Role[] {
    return ROLES.filter((role) => roles.includes(role));
  }

  protected verifyChain(): void {
    // The button stays enabled while busy (disabling it would drop keyboard focus), so guard here.
    if (this.verifying()) return;
    this.verifying.set(true);
    this.chainIntact.set(null);
    this.chainProblem.set(null);
    this.anchorNote.set(null);
    this.anchorProblem.set(null);
    this.api
      .verifyAuditChain()
      .pipe(
        finalize(() => this.verifying.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (verification) => this.showVerification(verification),
        error: (error: unknown) => this.chainProblem.set(errorMessage(error)),
      });
  }

  private showVerification(verification: AuditChainVerification): void {
    const at = formatDateTime(verification.verifiedAt);
    const { anchor } = verification;
    const anchorMessage: UiMessage = {
      key: `privacy.officer.accessLog.verify.anchor.${anchor.status}`,
      params: {
        number: anchor.checkpointNumber ?? '?',
        sequence: anchor.checkpointSequence ?? '?',
        at: anchor.checkpointAt ? formatDateTime(anchor.checkpointAt) : '?',
        first: verification.firstBrokenSequence ?? '?',
        recorded: anchor.recordedCheckpoints,
      },
    };
    if (isAnchorIntact(anchor.status)) this.anchorNote.set(anchorMessage);
    else this.anchorProblem.set(anchorMessage);
    if (verification.valid) {
      this.chainIntact.set({
        key: 'privacy.officer.accessLog.verify.valid',
        params: { count: verification.checkedEvents, at },
      });
    } else if (verification.firstBrokenSequence !== null && anchor.status !== 'missing-tail') {
      // A missing tail is the anchor's finding and already names the first missing event.
      this.chainProblem.set({
        key: 'privacy.officer.accessLog.verify.broken',
        params: { sequence: verification.firstBrokenSequence, at },
      });
    }
  }

  private loadPages(): void {
    // switchMap drops the answer to an older query, so a slow response never overwrites a newer one.
    toObservable(this.query)
      .pipe(
        tap(() => this.loading.set(true)),
        switchMap((query) =>
          this.api.auditEvents(query).pipe(
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
}
