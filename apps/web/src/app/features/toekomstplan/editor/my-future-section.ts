import { ChangeDetectionStrategy, Component, OnInit, input } from '@angular/core';
import { AbstractControl, ReactiveFormsModule } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import { FieldError } from '../../../shared/field-error';
import { refreshOnFormEvents } from '../../../shared/refresh-on-form-events';
import { PlanForm } from './plan-form.model';

const MY_FUTURE_FIELDS = ['whatIWant', 'whatIAmGoodAt', 'whoHelpsMe'] as const;

/**
 * "Mijn toekomst" is the jongere's own words, in the first person, and is marked as such.
 * The professionals' view stands beside it, never in it: their layer must not overwrite the
 * jongere's voice.
 */
@Component({
  selector: 'app-my-future-section',
  imports: [ReactiveFormsModule, TranslocoDirective, FieldError],
  templateUrl: './my-future-section.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyFutureSection implements OnInit {
  private readonly refresh = refreshOnFormEvents();

  readonly plan = input.required<PlanForm>();
  readonly submitted = input(false);

  protected readonly fields = MY_FUTURE_FIELDS;

  ngOnInit(): void {
    this.refresh(this.plan().controls.myFuture);
    this.refresh(this.plan().controls.professionalView);
  }

  protected showErrors(control: AbstractControl): boolean {
    return control.invalid && (this.submitted() || control.touched);
  }
}
