import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { AgreementListItem, daysBetween } from '@sluitend/domain';
import { finalize } from 'rxjs';
import { AgreementsApiService } from '../../../../core/api/agreements-api.service';
import { UiMessage, errorMessage } from '../../../../core/http/ui-message';
import { Clock } from '../../../../core/time/clock';
import { AlertMessage } from '../../../../shared/alert-message';
import { IsoDatePipe } from '../../../../shared/dates';
import { dayCountMessage, subjectName } from '../shared/escalation-labels';

/** The region's open agreements past their deadline, longest overdue first: the coordinator follows them up. */
@Component({
  selector: 'app-overdue-agreements-panel',
  imports: [RouterLink, TranslocoDirective, AlertMessage, IsoDatePipe],
  template: `
    <section
      *transloco="let t"
      class="section card"
      aria-labelledby="overdue-agreements-title"
      data-testid="overdue-agreements"
    >
      <h2 id="overdue-agreements-title">{{ t('actietafel.agreements.overduePanel.title') }}</h2>
      @if (loading()) {
        <p class="muted" role="status">{{ t('common.loading') }}</p>
      } @else if (error(); as problem) {
        <app-alert-message [message]="problem" />
      } @else if (agreements().length === 0) {
        <p class="muted" data-testid="no-overdue-agreements">{{ t('actietafel.agreements.overduePanel.empty') }}</p>
      } @else {
        <p>{{ t('actietafel.agreements.overduePanel.count', { count: agreements().length }) }}</p>
        <div class="table-wrapper">
          <table class="data-table">
            <caption class="visually-hidden">
              {{
                t('actietafel.agreements.overduePanel.title')
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ t('actietafel.agreements.columns.what') }}</th>
                <th scope="col">{{ t('actietafel.agreements.columns.jongere') }}</th>
                <th scope="col">{{ t('actietafel.agreements.columns.owner') }}</th>
                <th scope="col">{{ t('actietafel.agreements.columns.deadline') }}</th>
              </tr>
            </thead>
            <tbody>
              @for (item of agreements(); track item.agreement.id) {
                <tr class="row--overdue" data-testid="overdue-agreement-row">
                  <th scope="row" class="pre-line" lang="nl">{{ item.agreement.what }}</th>
                  <td>
                    <a [routerLink]="['/actietafel/escalations', item.agreement.escalationId]">{{ item.name }}</a>
                  </td>
                  <td>
                    {{ item.agreement.owner.name }}
                    @if (item.agreement.owner.userId) {
                      <span class="muted block">{{ item.agreement.owner.organisationName }}</span>
                    }
                  </td>
                  <td>
                    {{ item.agreement.deadline | isoDate }}
                    <span class="badge badge--warning">{{ t(item.late.key, item.late.params) }}</span>
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OverdueAgreementsPanel {
  private readonly clock = inject(Clock);
  private readonly list = signal<AgreementListItem[]>([]);
  protected readonly agreements = computed(() => {
    const today = this.clock.today();
    return [...this.list()]
      .sort((a, b) => a.deadline.localeCompare(b.deadline))
      .map((agreement) => ({
        agreement,
        name: subjectName(agreement.subject),
        late: dayCountMessage('actietafel.agreements.daysLate', Math.max(0, daysBetween(agreement.deadline, today))),
      }));
  });
  protected readonly loading = signal(true);
  protected readonly error = signal<UiMessage | null>(null);

  constructor() {
    inject(AgreementsApiService)
      .listOverdue()
      .pipe(
        finalize(() => this.loading.set(false)),
        takeUntilDestroyed(),
      )
      .subscribe({
        next: (agreements) => this.list.set(agreements),
        error: (error: unknown) => this.error.set(errorMessage(error)),
      });
  }
}
