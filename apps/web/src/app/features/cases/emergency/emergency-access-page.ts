import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import {
  AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { CreateEmergencyAccessRequest, EMERGENCY_ACCESS_HOURS_DEFAULT } from '@sluitend/domain';
import { finalize, map } from 'rxjs';
import { EmergencyAccessApiService } from '../../../core/api/emergency-access-api.service';
import { submitErrorMessage } from '../../../core/http/form-errors';
import { problemCode } from '../../../core/http/problem';
import { UiMessage } from '../../../core/http/ui-message';
import { AlertMessage } from '../../../shared/alert-message';
import { bsnValidator } from '../../../shared/domain-validators';
import { FieldError } from '../../../shared/field-error';
import { focusFirstInvalid } from '../../../shared/focus-first-invalid';
import { validationMessages } from '../../../shared/validation-messages';
import { requiredText } from '../../../shared/validators';
import { REASON_MAX_LENGTH } from '../shared/consent-rules-ui';
import { RuleError } from '../shared/rule-error';
import { CASE_LIMITS } from '../shared/case-fields.model';

/** The API refuses a shorter reason: it must say why the jongere's interest cannot wait. */
export const EMERGENCY_REASON_MIN_LENGTH = 20;
const REASON_TOO_SHORT = 'reasonTooShort';

export type IdentifyBy = 'bsn' | 'name';

function minTrimmedLength(min: number) {
  return (control: AbstractControl<string>): ValidationErrors | null => {
    const length = (control.value ?? '').trim().length;
    return length === 0 || length >= min ? null : { [REASON_TOO_SHORT]: { min, actual: length } };
  };
}

/** Only what identifies the jongere the chosen way is sent, with the reason. */
export function emergencyAccessRequest(value: {
  identifyBy: IdentifyBy;
  bsn: string;
  lastName: string;
  dateOfBirth: string;
  reason: string;
}): CreateEmergencyAccessRequest {
  const reason = value.reason.trim();
  return value.identifyBy === 'bsn'
    ? { bsn: value.bsn.trim(), reason }
    : { lastName: value.lastName.trim(), dateOfBirth: value.dateOfBirth, reason };
}

/**
 * Break-the-glass: read-only access to the dossier of a jongere whose team the user is not on,
 * for a few hours, when the jongere's interest cannot wait. The reason is logged and the
 * casusregisseur is told.
 */
@Component({
  selector: 'app-emergency-access-page',
  imports: [ReactiveFormsModule, RouterLink, TranslocoDirective, AlertMessage, FieldError, RuleError],
  templateUrl: './emergency-access-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EmergencyAccessPage {
  private readonly api = inject(EmergencyAccessApiService);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly hours = EMERGENCY_ACCESS_HOURS_DEFAULT;
  protected readonly minLength = EMERGENCY_REASON_MIN_LENGTH;
  readonly form = this.fb.group({
    identifyBy: this.fb.control<IdentifyBy>('bsn'),
    bsn: this.fb.control('', [requiredText, bsnValidator]),
    lastName: this.fb.control('', Validators.maxLength(CASE_LIMITS.name)),
    dateOfBirth: this.fb.control(''),
    reason: this.fb.control('', [
      requiredText,
      minTrimmedLength(EMERGENCY_REASON_MIN_LENGTH),
      Validators.maxLength(REASON_MAX_LENGTH),
    ]),
  });
  protected readonly identifyBy = toSignal(this.form.controls.identifyBy.valueChanges, {
    initialValue: this.form.controls.identifyBy.value,
  });
  protected readonly reasonLength = toSignal(
    this.form.controls.reason.valueChanges.pipe(map((reason) => reason.trim().length)),
    { initialValue: 0 },
  );
  protected readonly reasonLongEnough = computed(() => this.reasonLength() >= EMERGENCY_REASON_MIN_LENGTH);
  protected readonly submitted = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<UiMessage | null>(null);

  constructor() {
    // Only the fields of the chosen way are required; the others are left out of the request.
    this.form.controls.identifyBy.valueChanges.pipe(takeUntilDestroyed()).subscribe((identifyBy) => {
      const { bsn, lastName, dateOfBirth } = this.form.controls;
      bsn.setValidators(identifyBy === 'bsn' ? [requiredText, bsnValidator] : []);
      lastName.setValidators(identifyBy === 'name' ? [requiredText, Validators.maxLength(CASE_LIMITS.name)] : []);
      dateOfBirth.setValidators(identifyBy === 'name' ? [Validators.required] : []);
      for (const control of [bsn, lastName, dateOfBirth]) control.updateValueAndValidity({ emitEvent: false });
    });
  }

  protected showErrors(field: 'bsn' | 'lastName' | 'dateOfBirth' | 'reason'): boolean {
    const control = this.form.controls[field];
    return control.invalid && (this.submitted() || control.touched);
  }

  protected reasonMessages(): UiMessage[] {
    const errors = this.form.controls.reason.errors;
    if (!errors) return [];
    const rest = Object.fromEntries(Object.entries(errors).filter(([key]) => key !== REASON_TOO_SHORT));
    return [
      ...validationMessages(rest),
      ...(errors[REASON_TOO_SHORT]
        ? [{ key: 'privacy.emergency.reasonTooShort', params: { min: EMERGENCY_REASON_MIN_LENGTH } }]
        : []),
    ];
  }

  submit(): void {
    if (this.busy()) return;
    this.submitted.set(true);
    this.error.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    this.busy.set(true);
    this.api
      .create(emergencyAccessRequest(this.form.getRawValue()))
      .pipe(
        finalize(() => this.busy.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (granted) => void this.router.navigate(['/cases', granted.caseId]),
        error: (error: unknown) => this.showError(error),
      });
  }

  private showError(error: unknown): void {
    if (problemCode(error) === 'ambiguous-case') {
      // Several jongeren share this last name and date of birth: only the BSN tells them apart.
      this.form.controls.identifyBy.setValue('bsn');
      this.submitted.set(false);
      this.error.set({ key: 'privacy.emergency.ambiguous' });
      this.focusOn('#emergency-bsn');
      return;
    }
    this.error.set(
      submitErrorMessage(this.form, error, {
        'case-not-found': 'privacy.emergency.notFound',
        404: 'privacy.emergency.notFound',
      }),
    );
    focusFirstInvalid(this.host.nativeElement, this.injector);
  }

  private focusOn(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}
