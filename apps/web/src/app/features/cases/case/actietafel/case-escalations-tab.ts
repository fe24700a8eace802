import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { AgreementResponse, EscalationSummary } from '@sluitend/domain';
import { finalize } from 'rxjs';
import { AgreementsApiService } from '../../../../core/api/agreements-api.service';
import { EscalationsApiService } from '../../../../core/api/escalations-api.service';
import { UiMessage, errorMessage } from '../../../../core/http/ui-message';
import { AlertMessage } from '../../../../shared/alert-message';
import { DateTimePipe } from '../../../../shared/dates';
import { AgreementsTable } from '../../../actietafel/escalations/shared/agreements-table';
import { reasonLabelKey } from '../../../actietafel/escalations/shared/escalation-labels';
import { EscalationStateBadge, UrgencyBadge } from '../../../actietafel/escalations/shared/escalation-state-badge';
import { CaseContext } from '../case-context';

/**
 * The case's escalations to the Actietafel, newest first, and the way to escalate: when the regular
 * route is stuck, the team asks the regional table to break through.
 */
@Component({
  selector: 'app-case-escalations-tab',
  imports: [
    RouterLink,
    TranslocoDirective,
    AlertMessage,
    DateTimePipe,
    EscalationStateBadge,
    UrgencyBadge,
    AgreementsTable,
  ],
  template: `
    <section *transloco="let t" class="section" aria-labelledby="case-escalations-title" data-testid="case-escalations">
      <div class="section-header">
        <h2 id="case-escalations-title">{{ t('actietafel.escalations.case.title') }}</h2>
        @if (canChange()) {
          <a class="button button--primary" routerLink="new" data-testid="new-escalation">{{
            t('actietafel.escalations.case.new')
          }}</a>
        }
      </div>
      <p class="hint">{{ t('actietafel.escalations.case.intro') }}</p>

      @if (loading()) {
        <p class="muted" role="status">{{ t('common.loading') }}</p>
      } @else if (error(); as problem) {
        <app-alert-message [message]="problem" />
      } @else if (escalations().length === 0) {
        <div class="empty-state">
          <h3 class="empty-state__title">{{ t('actietafel.escalations.case.emptyTitle') }}</h3>
          <p>{{ t('actietafel.escalations.case.empty') }}</p>
        </div>
      } @else {
        <div class="table-wrapper">
          <table class="data-table" data-testid="case-escalations-table">
            <caption class="visually-hidden">
              {{
                t('actietafel.escalations.case.title')
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ t('actietafel.escalations.columns.reason') }}</th>
                <th scope="col">{{ t('actietafel.escalations.columns.state') }}</th>
                <th scope="col">{{ t('actietafel.escalations.columns.urgency') }}</th>
                <th scope="col">{{ t('actietafel.escalations.columns.submittedAt') }}</th>
                <th scope="col">{{ t('actietafel.escalations.columns.agreements') }}</th>
              </tr>
            </thead>
            <tbody>
              @for (escalation of escalations(); track escalation.id) {
                <tr data-testid="case-escalation-row" [class.row--overdue]="escalation.overdueAgreements > 0">
                  <th scope="row">
                    <a [routerLink]="escalation.id">
                      @if (reasonKey(escalation); as key) {
                        {{ t(key) }}
                      } @else {
                        {{ escalation.reasonCode ?? t('actietafel.escalations.noReason') }}
                      }
                    </a>
                  </th>
                  <td><app-escalation-state-badge [state]="escalation.state" /></td>
                  <td><app-urgency-badge [urgency]="escalation.urgency" /></td>
                  <td>
                    @if (escalation.submittedAt) {
                      <time [attr.datetime]="escalation.submittedAt">{{ escalation.submittedAt | dateTime }}</time>
                    } @else {
                      <span class="muted">{{ t('actietafel.escalations.notSubmitted') }}</span>
                    }
                  </td>
                  <td>
                    {{ t('actietafel.escalations.case.openAgreements', { count: escalation.openAgreements }) }}
                    @if (escalation.overdueAgreements > 0) {
                      <span class="badge badge--warning">{{
                        t('actietafel.escalations.case.overdueAgreements', { count: escalation.overdueAgreements })
                      }}</span>
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }

      @if (agreements().length > 0) {
        <section class="section" aria-labelledby="case-agreements-title" data-testid="case-agreements">
          <h3 id="case-agreements-title">{{ t('actietafel.agreements.caseTitle') }}</h3>
          <app-agreements-table [agreements]="agreements()" />
        </section>
      }
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CaseEscalationsTab {
  private readonly api = inject(EscalationsApiService);
  private readonly context = inject(CaseContext);

  protected readonly canChange = this.context.canChange;
  private readonly list = signal<EscalationSummary[]>([]);
  /** Newest first: a draft has no submission date yet, so it counts from its creation. */
  protected readonly escalations = computed(() =>
    [...this.list()].sort((a, b) => (b.submittedAt ?? b.createdAt).localeCompare(a.submittedAt ?? a.createdAt)),
  );
  /** Every agreement of the case's escalations, open ones first, each with its owner and deadline. */
  private readonly caseAgreements = signal<AgreementResponse[]>([]);
  protected readonly agreements = computed(() =>
    [...this.caseAgreements()].sort(
      (a, b) =>
        Number(b.status === 'open') - Number(a.status === 'open') ||
        Number(b.overdue) - Number(a.overdue) ||
        a.deadline.localeCompare(b.deadline),
    ),
  );
  protected readonly loading = signal(true);
  protected readonly error = signal<UiMessage | null>(null);

  constructor() {
    const caseId = this.context.caseId();
    if (!caseId) return;
    inject(AgreementsApiService)
      .listForCase(caseId)
      .pipe(takeUntilDestroyed())
      // Without agreements (or when they cannot be read) the section is simply left out.
      .subscribe({ next: (agreements) => this.caseAgreements.set(agreements), error: () => undefined });
    this.api
      .listForCase(caseId)
      .pipe(
        finalize(() => this.loading.set(false)),
        takeUntilDestroyed(),
      )
      .subscribe({
        next: (escalations) => this.list.set(escalations),
        error: (error: unknown) => this.error.set(errorMessage(error)),
      });
  }

  protected reasonKey(escalation: EscalationSummary): string | null {
    return reasonLabelKey(escalation.reasonCode);
  }
}
