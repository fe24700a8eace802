import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import { AgendaItemResponse, CreateDecisionRequest, DecisionResponse } from '@sluitend/domain';
import { finalize, map, startWith } from 'rxjs';
import { SessionsApiService } from '../../../../core/api/sessions-api.service';
import { submitErrorMessage } from '../../../../core/http/form-errors';
import { SubmitKey } from '../../../../core/http/idempotency';
import { problemCode } from '../../../../core/http/problem';
import { UiMessage, errorMessage } from '../../../../core/http/ui-message';
import { AlertMessage } from '../../../../shared/alert-message';
import { FieldError } from '../../../../shared/field-error';
import { focusFirstInvalid } from '../../../../shared/focus-first-invalid';
import { requiredText } from '../../../../shared/validators';
import { SESSION_ERROR_TEXTS } from '../shared/session-model';

export const DECISION_TEXT_MAX_LENGTH = 4000;
export const JUSTIFICATION_MAX_LENGTH = 4000;

/**
 * The decisions on one agenda item. One of them may be taken with doorzettingsmacht (the table
 * breaks through); that one needs a justification, and a second one is not offered.
 */
@Component({
  selector: 'app-decision-entry',
  imports: [ReactiveFormsModule, TranslocoDirective, AlertMessage, FieldError],
  template: `
    <section *transloco="let t" class="entry" aria-labelledby="decisions-title" data-testid="decisions">
      <h3 id="decisions-title">{{ t('actietafel.sessionMode.decisions.title') }}</h3>
      <app-alert-message [message]="error()" />
      <app-alert-message [message]="status()" kind="success" />
      @if (item().decisions.length > 0) {
        <ul class="entry__list">
          @for (decision of item().decisions; track decision.id) {
            <li data-testid="decision">
              <p class="pre-line entry__text">{{ decision.text }}</p>
              @if (decision.doorzettingsmacht) {
                <p>
                  <span class="badge badge--warning">{{
                    t('actietafel.sessionMode.decisions.doorzettingsmacht')
                  }}</span>
                  <span class="block pre-line">{{ decision.justification }}</span>
                </p>
              }
              <button
                type="button"
                class="button button--secondary button--small"
                data-testid="decision-remove"
                (click)="remove(decision)"
              >
                {{ t('actietafel.sessionMode.decisions.remove') }}
                <span class="visually-hidden">{{ decision.text }}</span>
              </button>
            </li>
          }
        </ul>
      }
      <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <div class="form-field form-field--wide">
          <label for="decision-text">{{ t('actietafel.sessionMode.decisions.text') }}</label>
          <textarea
            id="decision-text"
            rows="2"
            formControlName="text"
            data-testid="decision-text"
            [attr.aria-invalid]="showError('text') ? 'true' : null"
            aria-describedby="decision-text-error"
          ></textarea>
          <app-field-error
            errorId="decision-text-error"
            [errors]="form.controls.text.errors"
            [visible]="showError('text')"
          />
        </div>
        @if (hasDoorzettingsmacht()) {
          <p class="hint" data-testid="decision-doorzettingsmacht-taken">
            {{ t('actietafel.sessionMode.decisions.alreadyTaken') }}
          </p>
        } @else {
          <div class="checkbox">
            <input
              id="decision-doorzettingsmacht"
              type="checkbox"
              formControlName="doorzettingsmacht"
              data-testid="decision-doorzettingsmacht"
              aria-describedby="decision-doorzettingsmacht-hint"
            />
            <label for="decision-doorzettingsmacht">{{
              t('actietafel.sessionMode.decisions.withDoorzettingsmacht')
            }}</label>
          </div>
          <p class="hint" id="decision-doorzettingsmacht-hint">
            {{ t('actietafel.sessionMode.decisions.doorzettingsmachtHint') }}
          </p>
          @if (breakingThrough()) {
            <div class="form-field form-field--wide">
              <label for="decision-justification">{{ t('actietafel.sessionMode.decisions.justification') }}</label>
              <textarea
                id="decision-justification"
                rows="2"
                formControlName="justification"
                data-testid="decision-justification"
                [attr.aria-invalid]="showError('justification') ? 'true' : null"
                aria-describedby="decision-justification-error"
              ></textarea>
              <app-field-error
                errorId="decision-justification-error"
                [errors]="form.controls.justification.errors"
                [visible]="showError('justification')"
              />
            </div>
          }
        }
        <button type="submit" class="button button--primary" data-testid="decision-add" [attr.aria-disabled]="busy()">
          {{ busy() ? t('common.saving') : t('actietafel.sessionMode.decisions.add') }}
        </button>
      </form>
    </section>
  `,
  styleUrl: './entry.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DecisionEntry {
  private readonly api = inject(SessionsApiService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  /** The same content sent again (after an error, a lost answer) is the same submission: it creates one. */
  private readonly submitKey = new SubmitKey();

  readonly sessionId = input.required<string>();
  readonly item = input.required<AgendaItemResponse>();
  readonly added = output<DecisionResponse>();
  readonly removed = output<DecisionResponse>();

  readonly form = inject(NonNullableFormBuilder).group({
    text: ['', [requiredText, Validators.maxLength(DECISION_TEXT_MAX_LENGTH)]],
    doorzettingsmacht: [false],
    justification: ['', Validators.maxLength(JUSTIFICATION_MAX_LENGTH)],
  });
  protected readonly breakingThrough = toSignal(
    this.form.controls.doorzettingsmacht.valueChanges.pipe(
      startWith(this.form.controls.doorzettingsmacht.value),
      map((value) => value === true),
    ),
    { requireSync: true },
  );
  protected readonly hasDoorzettingsmacht = computed(() =>
    this.item().decisions.some((decision) => decision.doorzettingsmacht),
  );
  protected readonly submitted = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<UiMessage | null>(null);
  protected readonly status = signal<UiMessage | null>(null);

  constructor() {
    // With doorzettingsmacht the chair must say why the table broke through.
    this.form.controls.doorzettingsmacht.valueChanges.pipe(takeUntilDestroyed()).subscribe((breakingThrough) => {
      const justification = this.form.controls.justification;
      justification.setValidators(
        breakingThrough
          ? [requiredText, Validators.maxLength(JUSTIFICATION_MAX_LENGTH)]
          : Validators.maxLength(JUSTIFICATION_MAX_LENGTH),
      );
      justification.updateValueAndValidity();
    });
  }

  /** A decision typed but not yet recorded. */
  hasDraft(): boolean {
    const { text, justification } = this.form.getRawValue();
    return text.trim() !== '' || justification.trim() !== '';
  }

  focusDraft(): void {
    this.host.nativeElement.querySelector<HTMLTextAreaElement>('#decision-text')?.focus();
  }

  protected showError(field: 'text' | 'justification'): boolean {
    return this.submitted() && this.form.controls[field].invalid;
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
    const doorzettingsmacht = value.doorzettingsmacht && !this.hasDoorzettingsmacht();
    const request: CreateDecisionRequest = {
      text: value.text.trim(),
      doorzettingsmacht,
      ...(doorzettingsmacht ? { justification: value.justification.trim() } : {}),
    };
    this.busy.set(true);
    this.api
      .addDecision(this.sessionId(), this.item().id, request, this.submitKey.for([this.item().id, request]))
      .pipe(
        finalize(() => this.busy.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (decision) => {
          this.submitKey.done();
          this.added.emit(decision);
          this.form.reset();
          this.submitted.set(false);
          this.status.set({ key: 'actietafel.sessionMode.decisions.added' });
          this.host.nativeElement.querySelector<HTMLTextAreaElement>('#decision-text')?.focus();
        },
        error: (error: unknown) => {
          // Someone else recorded one with doorzettingsmacht first: say so, not "check the fields".
          this.error.set(
            problemCode(error) === 'doorzettingsmacht-taken'
              ? { key: 'actietafel.sessionMode.decisions.secondDoorzettingsmacht' }
              : submitErrorMessage(this.form, error, SESSION_ERROR_TEXTS),
          );
          focusFirstInvalid(this.host.nativeElement, this.injector);
        },
      });
  }

  protected remove(decision: DecisionResponse): void {
    this.error.set(null);
    this.api
      .deleteDecision(this.sessionId(), this.item().id, decision.id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.removed.emit(decision);
          this.status.set({ key: 'actietafel.sessionMode.decisions.removed' });
          this.host.nativeElement.querySelector<HTMLTextAreaElement>('#decision-text')?.focus();
        },
        error: (error: unknown) => this.error.set(errorMessage(error, SESSION_ERROR_TEXTS)),
      });
  }
}
