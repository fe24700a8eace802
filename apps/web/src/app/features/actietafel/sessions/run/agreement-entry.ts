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
import {
  AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  ValidatorFn,
  Validators,
} from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import { AgendaItemResponse, AgreementResponse, CreateAgreementRequest } from '@sluitend/domain';
import { finalize } from 'rxjs';
import { SessionsApiService } from '../../../../core/api/sessions-api.service';
import { applyFieldErrors } from '../../../../core/http/form-errors';
import { SubmitKey } from '../../../../core/http/idempotency';
import { fieldErrorsOf } from '../../../../core/http/problem';
import { UiMessage, errorMessage } from '../../../../core/http/ui-message';
import { AlertMessage } from '../../../../shared/alert-message';
import { IsoDatePipe } from '../../../../shared/dates';
import { focusFirstInvalid } from '../../../../shared/focus-first-invalid';
import { requiredText } from '../../../../shared/validators';
import { RuleError } from '../../../cases/shared/rule-error';
import { SESSION_ERROR_TEXTS } from '../shared/session-model';

export const AGREEMENT_WHAT_MAX_LENGTH = 2000;
const DEADLINE_IN_PAST = 'deadlineInPast';

/** Who can own an agreement: a person at the table, or an organisation that decides who does it. */
export interface OwnerOption {
  /** `user:<id>` or `organisation:<id>`. */
  value: string;
  label: string;
}

export function ownerValue(kind: 'user' | 'organisation', id: string): string {
  return `${kind}:${id}`;
}

function ownerOf(value: string): Pick<CreateAgreementRequest, 'ownerUserId' | 'ownerOrganisationId'> {
  const [kind, ...rest] = value.split(':');
  const id = rest.join(':');
  return kind === 'user' ? { ownerUserId: id } : { ownerOrganisationId: id };
}

function notBefore(today: () => string): ValidatorFn {
  return (control: AbstractControl<string>): ValidationErrors | null =>
    control.value && control.value < today() ? { [DEADLINE_IN_PAST]: true } : null;
}

/**
 * Agreements on one agenda item, entered with the keyboard: what, owner, deadline. Enter moves to
 * the next field; Enter in the deadline adds the agreement and puts focus back on "what" for the
 * next one, so a minute-taker can record a row of agreements without touching the mouse.
 */
@Component({
  selector: 'app-agreement-entry',
  imports: [ReactiveFormsModule, TranslocoDirective, AlertMessage, RuleError, IsoDatePipe],
  template: `
    <section *transloco="let t" class="entry" aria-labelledby="agreements-title" data-testid="agreements">
      <h3 id="agreements-title">{{ t('actietafel.sessionMode.agreements.title') }}</h3>
      <app-alert-message [message]="error()" />
      <app-alert-message [message]="status()" kind="success" />
      @if (item().agreements.length > 0) {
        <ul class="entry__list">
          @for (agreement of item().agreements; track agreement.id) {
            <li data-testid="agreement">
              <p class="entry__text">{{ agreement.what }}</p>
              <p>
                {{
                  t('actietafel.sessionMode.agreements.line', {
                    owner: agreement.owner.name,
                    deadline: (agreement.deadline | isoDate),
                  })
                }}
              </p>
              <button
                type="button"
                class="button button--secondary button--small"
                data-testid="agreement-remove"
                (click)="remove(agreement)"
              >
                {{ t('actietafel.sessionMode.agreements.remove') }}
                <span class="visually-hidden">{{ agreement.what }}</span>
              </button>
            </li>
          }
        </ul>
      }
      <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <p class="hint" id="agreement-keys-hint">{{ t('actietafel.sessionMode.agreements.keysHint') }}</p>
        <div class="entry__row">
          <div class="form-field">
            <label for="agreement-what">{{ t('actietafel.sessionMode.agreements.what') }}</label>
            <input
              id="agreement-what"
              type="text"
              autocomplete="off"
              formControlName="what"
              data-testid="agreement-what"
              [attr.maxlength]="whatMax"
              [attr.aria-invalid]="messages('what').length > 0 ? 'true' : null"
              aria-describedby="agreement-keys-hint agreement-what-error"
              (keydown.enter)="focusNext($event, '#agreement-owner')"
            />
            <app-rule-error errorId="agreement-what-error" [messages]="messages('what')" />
          </div>
          <div class="form-field">
            <label for="agreement-owner">{{ t('actietafel.sessionMode.agreements.owner') }}</label>
            <select
              id="agreement-owner"
              formControlName="owner"
              data-testid="agreement-owner"
              [attr.aria-invalid]="messages('owner').length > 0 ? 'true' : null"
              aria-describedby="agreement-owner-error"
              (keydown.enter)="focusNext($event, '#agreement-deadline')"
            >
              <option value="" disabled>{{ t('actietafel.sessionMode.agreements.chooseOwner') }}</option>
              @if (people().length > 0) {
                <optgroup [label]="t('actietafel.sessionMode.agreements.people')">
                  @for (option of people(); track option.value) {
                    <option [value]="option.value">{{ option.label }}</option>
                  }
                </optgroup>
              }
              @if (organisations().length > 0) {
                <optgroup [label]="t('actietafel.sessionMode.agreements.organisations')">
                  @for (option of organisations(); track option.value) {
                    <option [value]="option.value">{{ option.label }}</option>
                  }
                </optgroup>
              }
            </select>
            <app-rule-error errorId="agreement-owner-error" [messages]="messages('owner')" />
          </div>
          <div class="form-field">
            <label for="agreement-deadline">{{ t('actietafel.sessionMode.agreements.deadline') }}</label>
            <input
              id="agreement-deadline"
              type="date"
              formControlName="deadline"
              data-testid="agreement-deadline"
              [min]="today()"
              [attr.aria-invalid]="messages('deadline').length > 0 ? 'true' : null"
              aria-describedby="agreement-deadline-error"
              (keydown.enter)="submitFromKeyboard($event)"
            />
            <app-rule-error errorId="agreement-deadline-error" [messages]="messages('deadline')" />
          </div>
          <div>
            <button
              type="submit"
              class="button button--primary"
              data-testid="agreement-add"
              [attr.aria-disabled]="busy()"
            >
              {{ busy() ? t('common.saving') : t('actietafel.sessionMode.agreements.add') }}
            </button>
          </div>
        </div>
      </form>
    </section>
  `,
  styleUrl: './entry.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AgreementEntry {
  private readonly api = inject(SessionsApiService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  /** The same content sent again (after an error, a lost answer) is the same submission: it creates one. */
  private readonly submitKey = new SubmitKey();

  readonly sessionId = input.required<string>();
  readonly item = input.required<AgendaItemResponse>();
  readonly people = input<readonly OwnerOption[]>([]);
  readonly organisations = input<readonly OwnerOption[]>([]);
  /** YYYY-MM-DD in Amsterdam: a deadline is today or later. */
  readonly today = input.required<string>();
  readonly added = output<AgreementResponse>();
  readonly removed = output<AgreementResponse>();

  protected readonly whatMax = AGREEMENT_WHAT_MAX_LENGTH;
  readonly form = inject(NonNullableFormBuilder).group({
    what: ['', [requiredText, Validators.maxLength(AGREEMENT_WHAT_MAX_LENGTH)]],
    owner: ['', Validators.required],
    deadline: ['', [Validators.required, notBefore(() => this.today())]],
  });
  protected readonly submitted = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<UiMessage | null>(null);
  protected readonly status = signal<UiMessage | null>(null);

  /** Something typed that is not yet an agreement; the deadline alone is kept on purpose after adding. */
  hasDraft(): boolean {
    return this.form.controls.what.value.trim() !== '';
  }

  focusDraft(): void {
    this.host.nativeElement.querySelector<HTMLInputElement>('#agreement-what')?.focus();
  }

  protected messages(field: 'what' | 'owner' | 'deadline'): UiMessage[] {
    const control = this.form.controls[field];
    if (!this.submitted() || !control.errors) return [];
    const errors = control.errors;
    const messages: UiMessage[] = [];
    if (errors['required']) messages.push({ key: 'validation.required' });
    const maxLength = errors['maxlength'] as { requiredLength: number } | undefined;
    if (maxLength) messages.push({ key: 'validation.maxLength', params: { max: maxLength.requiredLength } });
    if (errors[DEADLINE_IN_PAST]) messages.push({ key: 'actietafel.sessionMode.agreements.deadlineInPast' });
    const server: unknown = errors['server'];
    if (typeof server === 'string') messages.push({ key: 'errors.detail', params: { detail: server } });
    return messages;
  }

  protected focusNext(event: Event, selector: string): void {
    event.preventDefault();
    this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus();
  }

  protected submitFromKeyboard(event: Event): void {
    event.preventDefault();
    this.submit();
  }

  submit(): void {
    if (this.busy()) return;
    this.submitted.set(true);
    this.error.set(null);
    this.status.set(null);
    this.form.updateValueAndValidity();
    if (this.form.invalid) {
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    const value = this.form.getRawValue();
    const request: CreateAgreementRequest = {
      what: value.what.trim(),
      ...ownerOf(value.owner),
      deadline: value.deadline,
    };
    this.busy.set(true);
    this.api
      .addAgreement(this.sessionId(), this.item().id, request, this.submitKey.for([this.item().id, request]))
      .pipe(
        finalize(() => this.busy.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (agreement) => {
          this.submitKey.done();
          this.added.emit(agreement);
          // The deadline is often the same for the next one; what and who are new.
          this.form.reset({ what: '', owner: '', deadline: value.deadline });
          this.submitted.set(false);
          this.status.set({ key: 'actietafel.sessionMode.agreements.added', params: { what: agreement.what } });
          this.host.nativeElement.querySelector<HTMLInputElement>('#agreement-what')?.focus();
        },
        error: (error: unknown) => {
          const fieldErrors = fieldErrorsOf(error).map((fieldError) => ({
            ...fieldError,
            field: fieldError.field.startsWith('owner') ? 'owner' : fieldError.field,
          }));
          const unmatched = applyFieldErrors(this.form, fieldErrors);
          this.error.set(
            fieldErrors.length > 0 && unmatched.length === 0
              ? { key: 'errors.checkFields' }
              : errorMessage(error, SESSION_ERROR_TEXTS),
          );
          focusFirstInvalid(this.host.nativeElement, this.injector);
        },
      });
  }

  protected remove(agreement: AgreementResponse): void {
    this.error.set(null);
    this.api
      .deleteAgreement(this.sessionId(), this.item().id, agreement.id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.removed.emit(agreement);
          this.status.set({ key: 'actietafel.sessionMode.agreements.removed', params: { what: agreement.what } });
          this.host.nativeElement.querySelector<HTMLInputElement>('#agreement-what')?.focus();
        },
        error: (error: unknown) => this.error.set(errorMessage(error, SESSION_ERROR_TEXTS)),
      });
  }
}
