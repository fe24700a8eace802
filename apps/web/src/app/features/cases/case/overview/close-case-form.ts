import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import { CaseResponse, UpdateCaseRequest } from '@sluitend/domain';
import { finalize } from 'rxjs';
import { CasesApiService } from '../../../../core/api/cases-api.service';
import { submitErrorMessage } from '../../../../core/http/form-errors';
import { UiMessage, isVersionConflict } from '../../../../core/http/ui-message';
import { AlertMessage } from '../../../../shared/alert-message';
import { FieldError } from '../../../../shared/field-error';
import { focusFirstInvalid } from '../../../../shared/focus-first-invalid';
import { requiredText } from '../../../../shared/validators';
import { ACCESS_ERROR_TEXTS } from '../access/access-errors';
import { CASE_LIMITS } from '../../shared/case-fields.model';

/** Closing needs a reason, for the team and for the region's monitoring; reopening does not. */
@Component({
  selector: 'app-close-case-form',
  imports: [ReactiveFormsModule, TranslocoDirective, AlertMessage, FieldError],
  templateUrl: './close-case-form.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CloseCaseForm {
  private readonly api = inject(CasesApiService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);

  readonly dossier = input.required<CaseResponse>();
  readonly changed = output<CaseResponse>();
  /** Someone else changed the dossier; the page reloads it before the user tries again. */
  readonly conflicted = output<void>();

  readonly form = inject(NonNullableFormBuilder).group({
    reason: ['', [requiredText, Validators.maxLength(CASE_LIMITS.closedReason)]],
  });
  protected readonly submitted = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<UiMessage | null>(null);

  protected showErrors(): boolean {
    const control = this.form.controls.reason;
    return control.invalid && (this.submitted() || control.touched);
  }

  close(): void {
    this.submitted.set(true);
    if (this.form.invalid) {
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    const closedReason = this.form.controls.reason.value.trim();
    this.send({ version: this.dossier().version, status: 'closed', closedReason });
  }

  reopen(): void {
    this.send({ version: this.dossier().version, status: 'open' });
  }

  private send(request: UpdateCaseRequest): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    this.api
      .update(this.dossier().id, request)
      .pipe(
        finalize(() => this.busy.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (updated) => {
          this.form.reset();
          this.submitted.set(false);
          this.changed.emit(updated);
        },
        error: (error: unknown) => {
          if (isVersionConflict(error)) {
            this.error.set({ key: 'cases.close.conflict' });
            this.conflicted.emit();
          } else {
            this.error.set(submitErrorMessage(this.form, error, ACCESS_ERROR_TEXTS));
          }
        },
      });
  }
}
