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
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import { OrganisationResponse, PASSWORD_MIN_LENGTH, ROLES, Role, UserResponse, normaliseEmail } from '@sluitend/domain';
import { filter, finalize, take } from 'rxjs';
import { UsersApiService } from '../../../core/api/users-api.service';
import { submitErrorMessage } from '../../../core/http/form-errors';
import { httpStatusOf } from '../../../core/http/problem';
import { UiMessage } from '../../../core/http/ui-message';
import { AlertMessage } from '../../../shared/alert-message';
import { FieldError } from '../../../shared/field-error';
import { focusFirstInvalid } from '../../../shared/focus-first-invalid';
import { EMAIL_TAKEN_ERROR } from '../../../shared/validation-messages';
import { atLeastOneChecked, passwordPolicy, passwordStrength, requiredText } from '../../../shared/validators';
import { rolesCombinable } from './role-combination.validator';

export const USER_NAME_MAX_LENGTH = 200;
export const EMAIL_MAX_LENGTH = 254;

type UserField = 'name' | 'email' | 'organisationId' | 'roles' | 'password';

@Component({
  selector: 'app-user-form',
  imports: [ReactiveFormsModule, TranslocoDirective, FieldError, AlertMessage],
  templateUrl: './user-form.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserForm {
  private readonly api = inject(UsersApiService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  private readonly fb = inject(NonNullableFormBuilder);

  /** Only organisations a new user may join; the page filters out inactive ones. */
  readonly organisations = input.required<readonly OrganisationResponse[]>();
  readonly created = output<UserResponse>();

  protected readonly roles = ROLES;
  protected readonly passwordMinLength = PASSWORD_MIN_LENGTH;
  readonly form = this.fb.group({
    name: ['', [requiredText, Validators.maxLength(USER_NAME_MAX_LENGTH)]],
    email: ['', [Validators.required, Validators.email, Validators.maxLength(EMAIL_MAX_LENGTH)]],
    organisationId: ['', Validators.required],
    roles: this.fb.group(this.roleControls(), { validators: [atLeastOneChecked, rolesCombinable] }),
    password: [
      '',
      { validators: [Validators.required, passwordPolicy('email')], asyncValidators: passwordStrength('email') },
    ],
  });
  protected readonly submitted = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<UiMessage | null>(null);

  constructor() {
    // The password may not contain the email's local part, so a new email can change its validity.
    this.form.controls.email.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.form.controls.password.updateValueAndValidity());
  }

  protected showErrors(field: UserField): boolean {
    const control = this.form.controls[field];
    return control.invalid && (this.submitted() || control.touched);
  }

  submit(): void {
    // The button stays enabled while busy (disabling it would drop keyboard focus), so guard here.
    if (this.busy()) return;
    // The strength check may still be loading its dictionaries: submit once it has spoken.
    if (this.form.pending) {
      this.form.statusChanges
        .pipe(
          filter((status) => status !== 'PENDING'),
          take(1),
          takeUntilDestroyed(this.destroyRef),
        )
        .subscribe(() => this.submit());
      return;
    }
    this.submitted.set(true);
    this.error.set(null);
    if (this.form.invalid) {
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    const { name, email, organisationId, password } = this.form.getRawValue();
    this.busy.set(true);
    this.api
      .create({
        name: name.trim(),
        email: normaliseEmail(email),
        organisationId,
        roles: this.selectedRoles(),
        password,
      })
      .pipe(
        finalize(() => this.busy.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (user) => {
          this.form.reset();
          this.submitted.set(false);
          this.created.emit(user);
        },
        error: (error: unknown) => this.handleError(error),
      });
  }

  private handleError(error: unknown): void {
    // Creating a user conflicts only on the email; our own text beats the API's English field message.
    if (httpStatusOf(error) === 409) {
      this.form.controls.email.setErrors({ [EMAIL_TAKEN_ERROR]: true });
      this.error.set({ key: 'users.errors.emailTaken' });
    } else {
      this.error.set(submitErrorMessage(this.form, error));
    }
    focusFirstInvalid(this.host.nativeElement, this.injector);
  }

  private selectedRoles(): Role[] {
    const ticked = this.form.controls.roles.getRawValue();
    return ROLES.filter((role) => ticked[role]);
  }

  private roleControls(): Record<Role, FormControl<boolean>> {
    return {
      professional: this.fb.control(false),
      'actietafel-coordinator': this.fb.control(false),
      'actietafel-chair': this.fb.control(false),
      'actietafel-member': this.fb.control(false),
      admin: this.fb.control(false),
      'privacy-officer': this.fb.control(false),
    };
  }
}
