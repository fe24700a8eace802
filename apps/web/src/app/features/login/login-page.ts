import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { finalize } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { SESSION_EXPIRED_REASON } from '../../core/http/session-expired.interceptor';
import { UiMessage } from '../../core/http/ui-message';
import { AlertMessage } from '../../shared/alert-message';
import { FieldError } from '../../shared/field-error';
import { focusFirstInvalid } from '../../shared/focus-first-invalid';
import { LanguageSwitch } from '../../shell/language-switch';
import { MAIN_CONTENT_ID } from '../../shell/skip-link';
import { loginErrorMessage } from './login-error';
import { safeReturnUrl } from './safe-return-url';

@Component({
  selector: 'app-login-page',
  imports: [ReactiveFormsModule, TranslocoDirective, FieldError, AlertMessage, LanguageSwitch],
  templateUrl: './login-page.html',
  styleUrl: './login-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoginPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly destroyRef = inject(DestroyRef);
  private readonly injector = inject(Injector);

  /** Query parameters, bound by the router. */
  readonly reason = input<string>();
  readonly returnUrl = input<string>();

  protected readonly mainId = MAIN_CONTENT_ID;
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  protected readonly submitted = signal(false);
  private readonly attempted = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<UiMessage | null>(null);
  protected readonly notice = computed<UiMessage | null>(() =>
    this.reason() === SESSION_EXPIRED_REASON && !this.attempted() ? { key: 'login.sessionExpired' } : null,
  );

  protected showErrors(control: 'email' | 'password'): boolean {
    const field = this.form.controls[control];
    return field.invalid && (this.submitted() || field.touched);
  }

  protected submit(): void {
    // The button stays enabled while busy (disabling it would drop keyboard focus), so guard here.
    if (this.busy()) return;
    this.submitted.set(true);
    this.attempted.set(true);
    this.error.set(null);
    if (this.form.invalid) {
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    this.busy.set(true);
    this.auth
      .login(this.form.getRawValue())
      .pipe(
        finalize(() => this.busy.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: () => void this.router.navigateByUrl(safeReturnUrl(this.returnUrl())),
        error: (error: unknown) => {
          this.error.set(loginErrorMessage(error));
          // Leaving a wrong password in the field invites submitting it again. The emptied field
          // must not also shout "required": the one message that matters is the API's.
          this.form.controls.password.reset();
          this.submitted.set(false);
        },
      });
  }
}
