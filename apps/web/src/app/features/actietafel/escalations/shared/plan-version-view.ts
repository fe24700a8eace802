import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { ToekomstplanVersionResponse } from '@sluitend/domain';
import { DateTimePipe, IsoDatePipe } from '../../../../shared/dates';

const MY_FUTURE_FIELDS = ['whatIWant', 'whatIAmGoodAt', 'whoHelpsMe'] as const;

/**
 * The toekomstplan version attached to an escalation, read-only and plain: the jongere's own words,
 * the team's view, and per life domain the situation, the wish and the goals with their actions.
 */
@Component({
  selector: 'app-plan-version-view',
  imports: [TranslocoDirective, DateTimePipe, IsoDatePipe],
  template: `
    <div *transloco="let t" data-testid="plan-version" lang="nl">
      <p class="muted">
        {{
          t('plan.versionInfo', {
            number: plan().number,
            at: (plan().createdAt | dateTime),
            name: plan().createdBy.name,
          })
        }}
      </p>
      <h3>{{ t('plan.myFuture.title') }}</h3>
      <dl class="data-list">
        @for (field of myFutureFields; track field) {
          <dt>{{ t('plan.myFuture.' + field) }}</dt>
          <dd class="pre-line">{{ plan().content.myFuture[field] || '—' }}</dd>
        }
      </dl>
      @if (plan().content.professionalView.trim()) {
        <h3>{{ t('plan.professionalView.title') }}</h3>
        <p class="pre-line">{{ plan().content.professionalView }}</p>
      }
      @for (domain of domains(); track domain.domain) {
        <h3>{{ domain.label }}</h3>
        <dl class="data-list">
          <dt>{{ t('plan.domain.situation') }}</dt>
          <dd class="pre-line">{{ domain.situation || '—' }}</dd>
          <dt>{{ t('plan.domain.wish') }}</dt>
          <dd class="pre-line">{{ domain.wish || '—' }}</dd>
          @if (domain.score !== null) {
            <dt>{{ t('plan.domain.score') }}</dt>
            <dd>{{ t('plan.score.' + domain.score) }}</dd>
          }
        </dl>
        @if (domain.goals.length > 0) {
          <p class="plan-goal__title">{{ t('plan.domain.goals') }}</p>
          <ul>
            @for (goal of domain.goals; track goal.id) {
              <li>
                {{ goal.description }}
                @if (goal.actions.length > 0) {
                  <ul>
                    @for (action of goal.actions; track action.id) {
                      <li>
                        {{ action.description }}
                        <span class="muted"
                          >({{ t('plan.actionStatus.' + action.status)
                          }}{{ action.deadline ? ', ' + (action.deadline | isoDate) : '' }})</span
                        >
                      </li>
                    }
                  </ul>
                }
              </li>
            }
          </ul>
        }
      }
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlanVersionView {
  readonly plan = input.required<ToekomstplanVersionResponse>();
  protected readonly myFutureFields = MY_FUTURE_FIELDS;
  /** In the region's order, with the domain's label; domains the plan has but the list lacks come last. */
  protected readonly domains = computed(() => {
    const plan = this.plan();
    const label = (key: string) => plan.lifeDomains.find((definition) => definition.key === key)?.label ?? key;
    const order = (key: string) => {
      const index = plan.lifeDomains.findIndex((definition) => definition.key === key);
      return index === -1 ? Number.MAX_SAFE_INTEGER : index;
    };
    return [...plan.content.domains]
      .sort((a, b) => order(a.domain) - order(b.domain))
      .map((domain) => ({ ...domain, label: label(domain.domain) }));
  });
}
