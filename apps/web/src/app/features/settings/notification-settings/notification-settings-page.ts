import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  DEFAULT_MAIL_PREFERENCE,
  DIGEST_TIME,
  MAIL_PREFERENCES,
  MailPreference,
  NotificationSettingsResponse,
} from '@sluitend/domain';
import { finalize } from 'rxjs';
import { NotificationSettingsApiService } from '../../../core/api/notification-settings-api.service';
import { submitErrorMessage } from '../../../core/http/form-errors';
import { UiMessage, errorMessage, isVersionConflict } from '../../../core/http/ui-message';
import { AlertMessage } from '../../../shared/alert-message';
import { FieldError } from '../../../shared/field-error';
import { focusFirstInvalid } from '../../../shared/focus-first-invalid';

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * How the user hears of notifications by e-mail: each one at once, a daily digest, or none.
 * In the app (the bell) every notification shows regardless.
 */
@Component({
  selector: 'app-notification-settings-page',
  imports: [ReactiveFormsModule, TranslocoDirective, AlertMessage, FieldError],
  templateUrl: './notification-settings-page.html',
  styles: `
    .notification-option {
      align-items: flex-start;
      margin-bottom: 0.75rem;
    }
    .notification-option input[type='radio'] {
      flex-shrink: 0;
      margin-top: 0.125rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationSettingsPage {
  private readonly api = inject(NotificationSettingsApiService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly preferences = MAIL_PREFERENCES;
  protected readonly digestTime = `${pad(DIGEST_TIME.hour)}:${pad(DIGEST_TIME.minute)}`;
  protected readonly form = inject(NonNullableFormBuilder).group({
    mail: [DEFAULT_MAIL_PREFERENCE as MailPreference, Validators.required],
  });
  protected readonly settings = signal<NotificationSettingsResponse | null>(null);
  protected readonly loading = signal(false);
  protected readonly busy = signal(false);
  protected readonly loadError = signal<UiMessage | null>(null);
  protected readonly status = signal<UiMessage | null>(null);
  protected readonly error = signal<UiMessage | null>(null);

  constructor() {
    // A router navigation leaves focus on the followed link; the heading tells where the user landed.
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('h1')?.focus());
    this.load();
  }

  protected showErrors(): boolean {
    return this.form.controls.mail.invalid;
  }

  protected load(): void {
    this.loading.set(true);
    this.loadError.set(null);
    this.api
      .get()
      .pipe(
        finalize(() => this.loading.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (settings) => this.show(settings),
        error: (error: unknown) => this.loadError.set(errorMessage(error)),
      });
  }

  protected save(): void {
    const current = this.settings();
    // The button stays enabled while busy (disabling it would drop keyboard focus), so guard here.
    if (this.busy() || this.loading() || !current) return;
    if (this.form.invalid) {
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    this.busy.set(true);
    this.status.set(null);
    this.error.set(null);
    this.api
      .update({ mail: this.form.controls.mail.value, version: current.version })
      .pipe(
        finalize(() => this.busy.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (settings) => {
          this.show(settings);
          this.status.set({ key: 'notifications.settings.saved' });
        },
        error: (error: unknown) => {
          if (isVersionConflict(error)) {
            this.error.set({ key: 'notifications.settings.conflict' });
            this.load();
          } else {
            this.error.set(submitErrorMessage(this.form, error));
            focusFirstInvalid(this.host.nativeElement, this.injector);
          }
        },
      });
  }

  private show(settings: NotificationSettingsResponse): void {
    this.settings.set(settings);
    this.form.reset({ mail: settings.mail });
  }
}
