import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { LifeDomainDefinition, PlanComparison } from '@sluitend/domain';
import { UiMessage } from '../../../core/http/ui-message';
import { People, Text, comparisonSections } from './comparison-sections';

/**
 * Two versions side by side, per life domain, goal and action. Each changed row says in words
 * what happened (added, removed, changed), so the difference never depends on colour alone.
 */
@Component({
  selector: 'app-plan-comparison-view',
  imports: [TranslocoDirective],
  templateUrl: './plan-comparison-view.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlanComparisonView {
  readonly comparison = input.required<PlanComparison>();
  readonly lifeDomains = input.required<readonly LifeDomainDefinition[]>();
  readonly people = input.required<People>();
  readonly beforeLabel = input.required<UiMessage>();
  readonly afterLabel = input.required<UiMessage>();
  readonly onlyChanges = input(false);
  /** Prefix for heading ids, unique per page (two comparisons can be shown at once). */
  readonly idPrefix = input.required<string>();

  protected readonly sections = computed(() =>
    comparisonSections(this.comparison(), this.lifeDomains(), this.people(), this.onlyChanges()),
  );

  protected isKey(text: Text): text is { key: string; params?: UiMessage['params'] } {
    return 'key' in text;
  }
}
