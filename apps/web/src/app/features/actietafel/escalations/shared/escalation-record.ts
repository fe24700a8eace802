import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { EscalationResponse, EscalationTransition } from '@sluitend/domain';
import { DateTimePipe, IsoDatePipe } from '../../../../shared/dates';
import { AgreementsTable } from './agreements-table';

/** What the "why" of a step is called: the question of a return, the answer of a resubmit, … */
const WHY_LABELS: Partial<Record<EscalationTransition, string>> = {
  return: 'question',
  resubmit: 'answer',
  reject: 'reason',
  'escalate-further': 'reason',
};

/**
 * The record of an escalation: every step (who, when, why), the ladder steps, the decisions of the
 * table (one may be taken with doorzettingsmacht) and the agreements with their owners and deadlines.
 */
@Component({
  selector: 'app-escalation-record',
  imports: [TranslocoDirective, DateTimePipe, IsoDatePipe, AgreementsTable],
  template: `
    <ng-container *transloco="let t">
      <section class="section" aria-labelledby="escalation-agreements-title" data-testid="escalation-agreements">
        <h3 id="escalation-agreements-title">{{ t('actietafel.agreements.title') }}</h3>
        @if (escalation().agreements.length === 0) {
          <p class="muted">{{ t('actietafel.agreements.none') }}</p>
        } @else {
          <app-agreements-table [agreements]="escalation().agreements" />
        }
      </section>

      <section class="section" aria-labelledby="escalation-decisions-title" data-testid="escalation-decisions">
        <h3 id="escalation-decisions-title">{{ t('actietafel.escalations.decisions.title') }}</h3>
        @if (escalation().decisions.length === 0) {
          <p class="muted">{{ t('actietafel.escalations.decisions.none') }}</p>
        } @else {
          <ul class="timeline">
            @for (decision of escalation().decisions; track decision.id) {
              <li class="timeline__entry" data-testid="decision">
                <p class="timeline__meta">
                  <time [attr.datetime]="decision.createdAt">{{ decision.createdAt | dateTime }}</time>
                  @if (decision.doorzettingsmacht) {
                    <span class="badge badge--warning" data-testid="doorzettingsmacht">{{
                      t('actietafel.escalations.decisions.doorzettingsmacht')
                    }}</span>
                  }
                </p>
                <p class="timeline__summary pre-line" lang="nl">{{ decision.text }}</p>
                @if (decision.justification) {
                  <p class="pre-line">
                    <span class="muted">{{ t('actietafel.escalations.decisions.justification') }}:</span>
                    <span lang="nl">{{ decision.justification }}</span>
                  </p>
                }
              </li>
            }
          </ul>
        }
      </section>

      @if (escalation().ladder.length > 0) {
        <section class="section" aria-labelledby="escalation-ladder-title" data-testid="escalation-ladder">
          <h3 id="escalation-ladder-title">{{ t('actietafel.ladder.title') }}</h3>
          <p>{{ t('actietafel.ladder.current', { level: t('actietafel.ladder.' + escalation().ladderLevel) }) }}</p>
          <ol class="timeline">
            @for (step of escalation().ladder; track step.at) {
              <li class="timeline__entry" data-testid="ladder-step">
                <p class="timeline__meta">
                  <time [attr.datetime]="step.at">{{ step.at | dateTime }}</time>
                  <span>{{ step.by.name }}</span>
                </p>
                <p class="timeline__kind">
                  {{ t('actietafel.ladder.step', { level: t('actietafel.ladder.' + step.level) }) }}
                </p>
                <p class="timeline__summary pre-line" lang="nl">{{ step.reason }}</p>
                <p>{{ t('actietafel.ladder.deadline', { date: (step.deadline | isoDate) }) }}</p>
              </li>
            }
          </ol>
        </section>
      }

      <section class="section" aria-labelledby="escalation-history-title" data-testid="escalation-history">
        <h3 id="escalation-history-title">{{ t('actietafel.escalations.history.title') }}</h3>
        <ol class="timeline">
          <li class="timeline__entry">
            <p class="timeline__meta">
              <time [attr.datetime]="escalation().createdAt">{{ escalation().createdAt | dateTime }}</time>
              <span>{{ escalation().createdBy.name }}</span>
            </p>
            <p class="timeline__kind">{{ t('actietafel.escalations.history.created') }}</p>
          </li>
          @for (record of history(); track $index) {
            <li class="timeline__entry" data-testid="history-entry">
              <p class="timeline__meta">
                <time [attr.datetime]="record.at">{{ record.at | dateTime }}</time>
                <span>{{ record.by.name }}</span>
              </p>
              <p class="timeline__kind">{{ t('actietafel.escalations.history.' + record.transition) }}</p>
              @if (record.why) {
                <p class="timeline__summary pre-line">
                  <span class="muted"
                    >{{ t('actietafel.escalations.history.why.' + whyLabel(record.transition)) }}:</span
                  >
                  <span lang="nl">{{ record.why }}</span>
                </p>
              }
            </li>
          }
        </ol>
      </section>
    </ng-container>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EscalationRecord {
  readonly escalation = input.required<EscalationResponse>();
  /** In the order it happened. */
  protected readonly history = computed(() =>
    [...this.escalation().history].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)),
  );

  protected whyLabel(transition: EscalationTransition): string {
    return WHY_LABELS[transition] ?? 'note';
  }
}
