import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import { UiMessage } from '../../../core/http/ui-message';
import { AlertMessage } from '../../../shared/alert-message';
import { FieldError } from '../../../shared/field-error';
import { ModalDialog } from '../../../shared/modal-dialog';
import { requiredText } from '../../../shared/validators';
import { REASON_MAX_LENGTH } from './consent-rules-ui';

let nextId = 0;

/**
 * "Are you sure?" for a privacy action that needs a reason (withdrawing a consent, restricting,
 * erasing): the message names the consequence, the reason is required. The textarea has the
 * initial focus; focus returns to the opener when the dialog closes (ModalDialog).
 */
@Component({
  selector: 'app-reason-dialog',
  imports: [ReactiveFormsModule, TranslocoDirective, ModalDialog, AlertMessage, FieldError],
  template: `
    <app-modal-dialog
      *transloco="let t"
      [open]="open()"
      [titleId]="id + '-title'"
      [descriptionId]="id + '-message'"
      [testId]="testId()"
      (dismissed)="cancelled.emit()"
    >
      <h2 [id]="id + '-title'">{{ t(title().key, title().params) }}</h2>
      <p [id]="id + '-message'">{{ t(message().key, message().params) }}</p>
      <form [formGroup]="form" (ngSubmit)="confirm()" novalidate>
        <app-alert-message [message]="error()" />
        <div class="form-field">
          <label [for]="id + '-reason'">{{ t(reasonLabel().key, reasonLabel().params) }}</label>
          <textarea
            #reason
            rows="3"
            data-initial-focus
            formControlName="reason"
            [id]="id + '-reason'"
            [attr.aria-invalid]="showErrors() ? 'true' : null"
            [attr.aria-describedby]="id + '-reason-error'"
          ></textarea>
          <app-field-error
            [errorId]="id + '-reason-error'"
            [errors]="form.controls.reason.errors"
            [visible]="showErrors()"
          />
        </div>
        <div class="button-row">
          <button type="submit" class="button button--primary" [attr.aria-disabled]="busy()">
            {{ busy() ? t('common.saving') : t(confirmLabel().key, confirmLabel().params) }}
          </button>
          <button type="button" class="button button--secondary" (click)="cancelled.emit()">
            {{ t('common.cancel') }}
          </button>
        </div>
      </form>
    </app-modal-dialog>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReasonDialog {
  readonly open = input(false);
  readonly title = input.required<UiMessage>();
  readonly message = input.required<UiMessage>();
  readonly reasonLabel = input.required<UiMessage>();
  readonly confirmLabel = input.required<UiMessage>();
  readonly busy = input(false);
  /** The API's refusal, shown inside the dialog so the user can try again or cancel. */
  readonly error = input<UiMessage | null>(null);
  readonly testId = input<string | null>(null);
  readonly confirmed = output<string>();
  readonly cancelled = output<void>();

  protected readonly id = `reason-dialog-${nextId++}`;
  protected readonly form = inject(NonNullableFormBuilder).group({
    reason: ['', [requiredText, Validators.maxLength(REASON_MAX_LENGTH)]],
  });
  protected readonly submitted = signal(false);
  private readonly reason = viewChild.required<ElementRef<HTMLTextAreaElement>>('reason');

  protected showErrors(): boolean {
    return this.form.controls.reason.invalid && this.submitted();
  }

  protected confirm(): void {
    if (this.busy()) return;
    this.submitted.set(true);
    if (this.form.invalid) {
      this.reason().nativeElement.focus();
      return;
    }
    this.confirmed.emit(this.form.controls.reason.value.trim());
  }
}
