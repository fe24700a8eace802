import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  OnInit,
  computed,
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
  Validators,
} from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  ESCALATION_OUTCOMES,
  EscalationOutcome,
  EscalationResponse,
  EscalationTransition,
  EscalationTransitionInput,
  SessionSummary,
  compareDates,
  nextLadderLevel,
} from '@sluitend/domain';
import { finalize } from 'rxjs';
import { EscalationsApiService } from '../../../../core/api/escalations-api.service';
import { SessionsApiService } from '../../../../core/api/sessions-api.service';
import { SERVER_ERROR, applyFieldErrors } from '../../../../core/http/form-errors';
import { fieldErrorsOf } from '../../../../core/http/problem';
import { UiMessage, errorMessage } from '../../../../core/http/ui-message';
import { Clock } from '../../../../core/time/clock';
import { AlertMessage } from '../../../../shared/alert-message';
import { formatDateTime } from '../../../../shared/dates';
import { focusFirstInvalid } from '../../../../shared/focus-first-invalid';
import { ModalDialog } from '../../../../shared/modal-dialog';
import { requiredText } from '../../../../shared/validators';
import { RuleError } from '../../../cases/shared/rule-error';
import { subjectName } from '../shared/escalation-labels';
import { escalationProblem } from '../shared/escalation-problems';

const IN_PAST_ERROR = 'inPast';

type ActionField = 'note' | 'question' | 'reason' | 'sessionId' | 'outcome' | 'evaluation' | 'deadline';

/** The fields each action asks for; the rest send nothing. */
const FIELDS: Readonly<Record<EscalationTransition, readonly ActionField[]>> = {
  submit: ['note'],
  resubmit: ['note'],
  accept: ['note'],
  discuss: ['note'],
  return: ['question'],
  reject: ['reason'],
  schedule: ['sessionId'],
  close: ['outcome', 'evaluation'],
  'escalate-further': ['reason', 'deadline'],
};

let nextId = 0;

/**
 * One action of the coordinator (or chair) on an escalation, in a modal dialog: what the action
 * needs (a question, a reason, a session, an outcome …) and the version the user saw. The api's
 * refusals are shown here: a stale version offers to load the escalation again, a transition the
 * state no longer allows names the ones it does.
 */
@Component({
  selector: 'app-escalation-action-dialog',
  imports: [ReactiveFormsModule, TranslocoDirective, ModalDialog, AlertMessage, RuleError],
  templateUrl: './escalation-action-dialog.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EscalationActionDialog implements OnInit {
  private readonly api = inject(EscalationsApiService);
  private readonly sessionsApi = inject(SessionsApiService);
  private readonly clock = inject(Clock);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);

  readonly escalation = input.required<EscalationResponse>();
  readonly transition = input.required<EscalationTransition>();
  readonly done = output<EscalationResponse>();
  readonly cancelled = output<void>();
  readonly reloadRequested = output<void>();

  protected readonly id = `escalation-action-${nextId++}`;
  protected readonly outcomes = ESCALATION_OUTCOMES;
  protected readonly form = inject(NonNullableFormBuilder).group({
    note: '',
    question: '',
    reason: '',
    sessionId: '',
    outcome: '' as EscalationOutcome | '',
    evaluation: '',
    deadline: '',
  });
  protected readonly fields = computed(() => FIELDS[this.transition()]);
  protected readonly name = computed(() => subjectName(this.escalation().subject));
  protected readonly nextLevel = computed(() => nextLadderLevel(this.escalation().ladderLevel));
  protected readonly today = this.clock.today();
  protected readonly sessions = signal<SessionSummary[] | null>(null);
  protected readonly sessionsError = signal<UiMessage | null>(null);
  protected readonly submitted = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<UiMessage | null>(null);
  protected readonly stale = signal(false);
  /** After a transition-not-allowed refusal: what the state allows now. */
  protected readonly allowed = signal<EscalationTransition[] | null>(null);

  ngOnInit(): void {
    const controls = this.form.controls;
    controls.note.setValidators(Validators.maxLength(4000));
    switch (this.transition()) {
      case 'return':
        controls.question.setValidators([requiredText, Validators.maxLength(2000)]);
        break;
      case 'reject':
        controls.reason.setValidators([requiredText, Validators.maxLength(4000)]);
        break;
      case 'schedule':
        controls.sessionId.setValidators(Validators.required);
        this.loadSessions();
        break;
      case 'close':
        controls.outcome.setValidators(Validators.required);
        controls.evaluation.setValidators([requiredText, Validators.maxLength(4000)]);
        break;
      case 'escalate-further':
        controls.reason.setValidators([requiredText, Validators.maxLength(4000)]);
        controls.deadline.setValidators([Validators.required, (control) => this.notInPast(control)]);
        break;
    }
    for (const control of Object.values(controls)) control.updateValueAndValidity();
  }

  protected has(field: ActionField): boolean {
    return this.fields().includes(field);
  }

  protected messages(field: ActionField): UiMessage[] {
    const control = this.form.controls[field];
    const errors = control.errors;
    if (!errors || !(this.submitted() || control.touched)) return [];
    const messages: UiMessage[] = [];
    if (errors['required']) messages.push({ key: 'validation.required' });
    const maxLength = errors['maxlength'] as { requiredLength: number } | undefined;
    if (maxLength) messages.push({ key: 'validation.maxLength', params: { max: maxLength.requiredLength } });
    if (errors[IN_PAST_ERROR]) messages.push({ key: 'actietafel.escalations.actions.deadlineInPast' });
    const server: unknown = errors[SERVER_ERROR];
    if (typeof server === 'string') messages.push({ key: 'errors.detail', params: { detail: server } });
    return messages;
  }

  protected invalid(field: ActionField): boolean {
    return this.messages(field).length > 0;
  }

  protected sessionLabel(session: SessionSummary): string {
    const place = session.location ?? session.onlineUrl ?? '';
    return [formatDateTime(session.startsAt), place, session.chair.name].filter(Boolean).join(' · ');
  }

  protected confirm(): void {
    if (this.busy()) return;
    this.submitted.set(true);
    this.error.set(null);
    this.stale.set(false);
    this.allowed.set(null);
    if (this.form.invalid) {
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    this.busy.set(true);
    const escalation = this.escalation();
    this.api
      .transition(escalation.id, { transition: this.transition(), version: escalation.version, ...this.input() })
      .pipe(
        finalize(() => this.busy.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (changed) => this.done.emit(changed),
        error: (error: unknown) => this.fail(error),
      });
  }

  /** Only the fields of this action, trimmed; an empty optional note is left out. */
  private input(): EscalationTransitionInput {
    const value = this.form.getRawValue();
    const body: EscalationTransitionInput = {};
    for (const field of this.fields()) {
      const text = value[field].trim();
      if (text === '') continue;
      if (field === 'outcome') body.outcome = text as EscalationOutcome;
      else body[field] = text;
    }
    return body;
  }

  private fail(error: unknown): void {
    const problem = escalationProblem(error);
    const fieldErrors = fieldErrorsOf(error);
    const unmatched = applyFieldErrors(this.form, fieldErrors);
    this.stale.set(problem.stale);
    this.allowed.set(problem.allowed);
    this.error.set(fieldErrors.length > 0 && unmatched.length === 0 ? { key: 'errors.checkFields' } : problem.message);
    focusFirstInvalid(this.host.nativeElement, this.injector);
  }

  private loadSessions(): void {
    this.sessionsApi
      .list('upcoming')
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        // Only sessions whose agenda can still take it: planned, or with the agenda sent.
        next: (sessions) =>
          this.sessions.set(
            sessions
              .filter((session) => session.state === 'planned' || session.state === 'agenda-sent')
              .sort((a, b) => a.startsAt.localeCompare(b.startsAt)),
          ),
        error: (error: unknown) => this.sessionsError.set(errorMessage(error)),
      });
  }

  private notInPast(control: AbstractControl<string>): ValidationErrors | null {
    const value = control.value;
    if (!value) return null;
    try {
      return compareDates(value, this.clock.today()) < 0 ? { [IN_PAST_ERROR]: true } : null;
    } catch {
      return { required: true };
    }
  }
}
