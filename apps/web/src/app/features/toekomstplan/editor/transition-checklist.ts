import { ChangeDetectionStrategy, Component, OnInit, input } from '@angular/core';
import { FormArray, ReactiveFormsModule } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import { TeamMemberResponse, transitionProgress } from '@sluitend/domain';
import { FieldError } from '../../../shared/field-error';
import { refreshOnFormEvents } from '../../../shared/refresh-on-form-events';
import { TransitionItemForm } from './plan-form.model';
import { CHECKLIST_STATUS_OPTIONS } from './plan-options';

/** The 18-/18+ checklist: what must be arranged before help stops at 18, each with an owner. */
@Component({
  selector: 'app-transition-checklist',
  imports: [ReactiveFormsModule, TranslocoDirective, FieldError],
  templateUrl: './transition-checklist.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TransitionChecklist implements OnInit {
  private readonly refresh = refreshOnFormEvents();

  readonly items = input.required<FormArray<TransitionItemForm>>();
  readonly team = input.required<readonly TeamMemberResponse[]>();
  /** Null when the 18th birthday is not near (or the checklist is shown for another reason). */
  readonly daysUntilEighteen = input<number | null>(null);

  protected readonly statuses = CHECKLIST_STATUS_OPTIONS;

  ngOnInit(): void {
    this.refresh(this.items());
  }

  protected progress(): { done: number; total: number } {
    return transitionProgress(
      this.items()
        .getRawValue()
        .map((item) => ({ ...item, ownerUserId: item.ownerUserId || null })),
    );
  }

  protected ownerMissing(item: TransitionItemForm): boolean {
    const userId = item.controls.ownerUserId.value;
    return userId !== '' && !this.team().some((member) => member.userId === userId);
  }
}
