import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { EscalationRequestContent } from '@sluitend/domain';
import { reasonLabelKey } from './escalation-labels';
import { UrgencyBadge } from './escalation-state-badge';

/** What the case team asks of the table, read-only. The texts are the team's own words (Dutch). */
@Component({
  selector: 'app-escalation-request-view',
  imports: [TranslocoDirective, UrgencyBadge],
  template: `
    <dl *transloco="let t" class="data-list" data-testid="escalation-request">
      <dt>{{ t('actietafel.escalations.fields.reasonCode') }}</dt>
      <dd>
        @if (reasonKey(); as key) {
          {{ t(key) }}
        } @else {
          {{ request().reasonCode ?? '—' }}
        }
      </dd>
      <dt>{{ t('actietafel.escalations.fields.reasonText') }}</dt>
      <dd class="pre-line" lang="nl">{{ request().reasonText || '—' }}</dd>
      <dt>{{ t('actietafel.escalations.fields.whatWasTried') }}</dt>
      <dd class="pre-line" lang="nl">{{ request().whatWasTried || '—' }}</dd>
      <dt>{{ t('actietafel.escalations.fields.question') }}</dt>
      <dd class="pre-line" lang="nl" data-testid="escalation-request-question">{{ request().question || '—' }}</dd>
      <dt>{{ t('actietafel.escalations.fields.urgency') }}</dt>
      <dd><app-urgency-badge [urgency]="request().urgency" /></dd>
      <dt>{{ t('actietafel.escalations.fields.sectorsNeeded') }}</dt>
      <dd>
        @if (request().sectorsNeeded.length > 0) {
          {{ sectorList(t) }}
        } @else {
          —
        }
      </dd>
    </dl>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EscalationRequestView {
  readonly request = input.required<EscalationRequestContent>();
  protected readonly reasonKey = computed(() => reasonLabelKey(this.request().reasonCode));

  protected sectorList(t: (key: string) => string): string {
    return this.request()
      .sectorsNeeded.map((sector) => t(`sector.${sector}`))
      .join(', ');
  }
}
