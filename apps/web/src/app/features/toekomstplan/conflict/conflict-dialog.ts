import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { LifeDomainDefinition, ToekomstplanContent, ToekomstplanVersionResponse, comparePlans } from '@sluitend/domain';
import { DateTimePipe } from '../../../shared/dates';
import { ModalDialog } from '../../../shared/modal-dialog';
import { People } from '../comparison/comparison-sections';
import { PlanComparisonView } from '../comparison/plan-comparison-view';

export interface PlanConflict {
  /** The version the user started from; number null when the plan had not been saved yet. */
  base: { number: number | null; content: ToekomstplanContent };
  mine: ToekomstplanContent;
  latest: ToekomstplanVersionResponse;
}

/** Stands for "not saved yet" in a comparison, which needs a number on both sides. */
const UNSAVED = 0;

/**
 * Someone saved the plan while the user was editing. Shows what the colleague changed since the
 * user's starting version next to the user's own unsaved changes, and lets the user re-apply
 * theirs on the newest version or discard them.
 */
@Component({
  selector: 'app-conflict-dialog',
  imports: [TranslocoDirective, ModalDialog, PlanComparisonView, DateTimePipe],
  templateUrl: './conflict-dialog.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConflictDialog {
  readonly conflict = input.required<PlanConflict>();
  readonly lifeDomains = input.required<readonly LifeDomainDefinition[]>();
  readonly people = input.required<People>();
  readonly reapply = output<void>();
  readonly reload = output<void>();
  readonly dismissed = output<void>();

  protected readonly theirChanges = computed(() => {
    const { base, latest } = this.conflict();
    return comparePlans(
      { number: base.number ?? UNSAVED, content: base.content },
      { number: latest.number, content: latest.content },
    );
  });
  protected readonly myChanges = computed(() => {
    const { base, mine } = this.conflict();
    return comparePlans({ number: base.number ?? UNSAVED, content: base.content }, { number: UNSAVED, content: mine });
  });
  protected readonly baseLabel = computed(() => {
    const number = this.conflict().base.number;
    return number === null ? { key: 'plan.conflict.noVersion' } : { key: 'plan.versionNumber', params: { number } };
  });
}
