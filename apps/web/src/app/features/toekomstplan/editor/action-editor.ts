import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, output } from '@angular/core';
import { AbstractControl, ReactiveFormsModule } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import { TeamMemberResponse, isOverdue } from '@sluitend/domain';
import { Clock } from '../../../core/time/clock';
import { FieldError } from '../../../shared/field-error';
import { refreshOnFormEvents } from '../../../shared/refresh-on-form-events';
import { ActionForm } from './plan-form.model';
import { ACTION_STATUS_OPTIONS } from './plan-options';

/** One action of a goal: what, who, when, and how far it is. */
@Component({
  selector: 'app-action-editor',
  imports: [ReactiveFormsModule, TranslocoDirective, FieldError],
  templateUrl: './action-editor.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ActionEditor implements OnInit {
  private readonly clock = inject(Clock);
  private readonly refresh = refreshOnFormEvents();

  readonly action = input.required<ActionForm>();
  /** 1-based, for labels like "Actie 2". */
  readonly number = input.required<number>();
  readonly goalNumber = input.required<number>();
  readonly team = input.required<readonly TeamMemberResponse[]>();
  readonly submitted = input(false);
  /** Without the right to change the case: the action cannot be removed. */
  readonly readOnly = input(false);
  readonly remove = output<void>();

  protected readonly statuses = ACTION_STATUS_OPTIONS;
  protected readonly id = computed(() => `action-${this.action().controls.id.value}`);

  ngOnInit(): void {
    this.refresh(this.action());
  }

  /** An owner who has left the team is still shown, so the choice is visible and can be changed. */
  protected ownerMissing(): boolean {
    const userId = this.action().controls.ownerUserId.value;
    return userId !== '' && !this.team().some((member) => member.userId === userId);
  }

  protected overdue(): boolean {
    const { deadline, status } = this.action().getRawValue();
    return isOverdue(deadline || null, status, this.clock.today());
  }

  protected showErrors(control: AbstractControl): boolean {
    return control.invalid && (this.submitted() || control.touched);
  }
}
