import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { EscalationState, EscalationUrgency } from '@sluitend/domain';
import { stateBadgeClass } from './escalation-labels';

/** The state of an escalation in words (never colour alone), e.g. "Teruggestuurd". */
@Component({
  selector: 'app-escalation-state-badge',
  imports: [TranslocoDirective],
  template: `<span *transloco="let t" [class]="badgeClass()" data-testid="escalation-state">{{
    t('actietafel.states.' + state())
  }}</span>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EscalationStateBadge {
  readonly state = input.required<EscalationState>();
  protected readonly badgeClass = computed(() => stateBadgeClass(this.state()));
}

/** "Urgent" stands out; "Normaal" is plain text. */
@Component({
  selector: 'app-urgency-badge',
  imports: [TranslocoDirective],
  template: `<span *transloco="let t" [class]="urgency() === 'urgent' ? 'badge badge--warning' : ''">{{
    t('actietafel.escalations.urgency.' + urgency())
  }}</span>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UrgencyBadge {
  readonly urgency = input.required<EscalationUrgency>();
}
