import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { forkJoin } from 'rxjs';
import { AgreementsApiService } from '../../../core/api/agreements-api.service';
import { EscalationsApiService } from '../../../core/api/escalations-api.service';
import { UiMessage, errorMessage } from '../../../core/http/ui-message';
import { AlertMessage } from '../../../shared/alert-message';

interface Counts {
  waiting: number;
  overdue: number;
}

/** The coordinator's start: how many escalations wait for triage and how many agreements are overdue. */
@Component({
  selector: 'app-escalations-summary',
  imports: [RouterLink, TranslocoDirective, AlertMessage],
  template: `
    <section
      *transloco="let t"
      class="section card"
      aria-labelledby="escalations-summary-title"
      data-testid="coordinator-summary"
    >
      <h2 id="escalations-summary-title">{{ t('home.escalationsSummary.title') }}</h2>
      @if (counts(); as counts) {
        <ul class="link-list">
          <li data-testid="summary-waiting">
            {{ t('home.escalationsSummary.waiting', { count: counts.waiting }) }}
          </li>
          <li data-testid="summary-overdue">
            {{ t('home.escalationsSummary.overdue', { count: counts.overdue }) }}
          </li>
        </ul>
      } @else if (error(); as problem) {
        <app-alert-message [message]="problem" />
      } @else {
        <p class="muted" role="status">{{ t('common.loading') }}</p>
      }
      <p>
        <a class="button button--primary" routerLink="/actietafel/escalations" data-testid="to-escalations">{{
          t('home.escalationsSummary.link')
        }}</a>
      </p>
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EscalationsSummary {
  protected readonly counts = signal<Counts | null>(null);
  protected readonly error = signal<UiMessage | null>(null);

  constructor() {
    forkJoin({
      waiting: inject(EscalationsApiService).list({ state: ['submitted'], pageSize: 1 }),
      overdue: inject(AgreementsApiService).listOverdue(),
    })
      .pipe(takeUntilDestroyed())
      .subscribe({
        next: ({ waiting, overdue }) => this.counts.set({ waiting: waiting.total, overdue: overdue.length }),
        error: (error: unknown) => this.error.set(errorMessage(error)),
      });
  }
}
