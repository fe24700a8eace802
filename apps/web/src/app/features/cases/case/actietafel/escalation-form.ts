import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  OnInit,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { DEFAULT_ESCALATION_REASON_CODES, ESCALATION_URGENCIES, EscalationResponse, SECTORS } from '@sluitend/domain';
import { Observable, finalize, of, switchMap, tap } from 'rxjs';
import { EscalationsApiService } from '../../../../core/api/escalations-api.service';
import { fieldErrorsOf } from '../../../../core/http/problem';
import { SubmitKey } from '../../../../core/http/idempotency';
import { UiMessage } from '../../../../core/http/ui-message';
import { AlertMessage } from '../../../../shared/alert-message';
import { DateTimePipe } from '../../../../shared/dates';
import { focusFirstInvalid } from '../../../../shared/focus-first-invalid';
import { escalationProblem } from '../../../actietafel/escalations/shared/escalation-problems';
import { returnQuestion } from '../../../actietafel/escalations/shared/escalation-labels';
import { RuleError } from '../../shared/rule-error';
import {
  applyEscalationFieldErrors,
  controlMessages,
  escalationFormGroup,
  markSubmitProblems,
  requestFromForm,
} from './escalation-form.model';

type RequestField = 'reasonCode' | 'reasonText' | 'whatWasTried' | 'question' | 'urgency' | 'sectorsNeeded';

/**
 * The case team's request to the Actietafel: why the regular route is stuck, what was tried, the
 * question to the table, how urgent, and which sectors must be there. A draft may be saved with
 * fields open; submitting needs them all (the domain's escalationRequestProblems), and an active
 * consent for purpose `actietafel`. A returned escalation also needs the answer to the coordinator's question.
 */
@Component({
  selector: 'app-escalation-form',
  imports: [ReactiveFormsModule, RouterLink, TranslocoDirective, AlertMessage, RuleError, DateTimePipe],
  templateUrl: './escalation-form.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EscalationForm implements OnInit {
  private readonly api = inject(EscalationsApiService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  private readonly fb = inject(NonNullableFormBuilder);

  readonly caseId = input.required<string>();
  /** Null for a new escalation; else a draft or a returned one. */
  readonly escalation = input<EscalationResponse | null>(null);
  /** A draft was saved (created or changed). */
  readonly saved = output<EscalationResponse>();
  /** It was submitted (or resubmitted). */
  readonly submitted = output<EscalationResponse>();
  readonly cancelled = output<void>();
  /** Someone else changed it meanwhile: the page loads it again. */
  readonly reloadRequested = output<void>();

  protected readonly reasonCodes = DEFAULT_ESCALATION_REASON_CODES;
  protected readonly urgencies = ESCALATION_URGENCIES;
  protected readonly sectors = SECTORS;

  readonly form = escalationFormGroup(this.fb);
  /** The escalation as last saved here: a save before a refused submit moves its version on. */
  private readonly current = signal<EscalationResponse | null>(null);
  /** Creating the escalation (as a draft, or submitted at once) is one submission until it succeeds. */
  private readonly creation = new SubmitKey();
  protected readonly returned = computed(() => this.current()?.state === 'returned');
  protected readonly question = computed(() => {
    const current = this.current();
    return current && current.state === 'returned' ? returnQuestion(current) : null;
  });
  /** New: any team member who may change the case; else what the api offers (submit or resubmit). */
  protected readonly canSubmit = computed(() => {
    const current = this.current();
    if (!current) return true;
    return current.availableTransitions.includes(current.state === 'returned' ? 'resubmit' : 'submit');
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<UiMessage | null>(null);
  protected readonly status = signal<UiMessage | null>(null);
  protected readonly consentMissing = signal(false);
  protected readonly stale = signal(false);

  constructor() {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('select, input, textarea')?.focus());
  }

  ngOnInit(): void {
    const escalation = this.escalation();
    this.current.set(escalation);
    if (escalation) this.form.reset(escalationFormGroup(this.fb, escalation.request).getRawValue());
  }

  protected messages(field: RequestField | 'answer'): UiMessage[] {
    const control = field === 'answer' ? this.form.controls.answer : this.form.controls.request.controls[field];
    return controlMessages(control);
  }

  protected invalid(field: RequestField | 'answer'): boolean {
    return this.messages(field).length > 0;
  }

  saveDraft(): void {
    if (this.busy()) return;
    this.startCall();
    // A draft may leave anything open, but not exceed the api's limits.
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.error.set({ key: 'errors.checkFields' });
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    const request = requestFromForm(this.form.controls.request.getRawValue());
    const current = this.current();
    const call = current
      ? this.api.saveDraft(current.id, { request, version: current.version })
      : this.api.create(this.caseId(), { request }, this.creation.for({ request }));
    this.run(call, (escalation) => {
      this.remember(escalation);
      this.status.set({ key: 'actietafel.escalations.form.draftSaved' });
      this.saved.emit(escalation);
    });
  }

  submit(): void {
    if (this.busy()) return;
    this.startCall();
    if (markSubmitProblems(this.form, this.returned()) || this.form.invalid) {
      this.form.markAllAsTouched();
      this.error.set({ key: 'errors.checkFields' });
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    const request = requestFromForm(this.form.controls.request.getRawValue());
    const current = this.current();
    let call: Observable<EscalationResponse>;
    if (!current) {
      // Stored and submitted together, or not at all.
      call = this.api.create(this.caseId(), { request, submit: true }, this.creation.for({ request, submit: true }));
    } else {
      const transition = current.state === 'returned' ? 'resubmit' : 'submit';
      const answer = this.form.controls.answer.value.trim();
      // The api submits the request as saved: save first when it was changed here.
      const base: Observable<EscalationResponse> = this.form.controls.request.dirty
        ? this.api
            .saveDraft(current.id, { request, version: current.version })
            .pipe(tap((saved) => this.remember(saved)))
        : of(current);
      call = base.pipe(
        switchMap((saved) =>
          this.api.transition(saved.id, {
            transition,
            version: saved.version,
            ...(transition === 'resubmit' ? { answer } : {}),
          }),
        ),
      );
    }
    this.run(call, (escalation) => {
      this.remember(escalation);
      this.submitted.emit(escalation);
    });
  }

  private startCall(): void {
    this.error.set(null);
    this.status.set(null);
    this.consentMissing.set(false);
    this.stale.set(false);
  }

  private remember(escalation: EscalationResponse): void {
    this.creation.done();
    this.current.set(escalation);
    this.form.controls.request.markAsPristine();
  }

  private run(call: Observable<EscalationResponse>, done: (escalation: EscalationResponse) => void): void {
    this.busy.set(true);
    call
      .pipe(
        finalize(() => this.busy.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({ next: done, error: (error: unknown) => this.fail(error) });
  }

  private fail(error: unknown): void {
    const problem = escalationProblem(error);
    const fieldErrors = fieldErrorsOf(error);
    const unmatched = applyEscalationFieldErrors(this.form, fieldErrors).filter((field) => field.field !== 'consent');
    this.stale.set(problem.stale);
    this.consentMissing.set(problem.consentRequired);
    if (problem.consentRequired) {
      this.error.set(null);
      afterNextRender(
        () => this.host.nativeElement.querySelector<HTMLElement>('#escalation-consent-required')?.focus(),
        { injector: this.injector },
      );
      return;
    }
    if (fieldErrors.length > 0 && unmatched.length === 0) {
      this.error.set({ key: 'errors.checkFields' });
    } else {
      this.error.set(problem.message);
    }
    focusFirstInvalid(this.host.nativeElement, this.injector);
  }
}
