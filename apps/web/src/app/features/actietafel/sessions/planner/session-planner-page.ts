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
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { ColleagueRole, SECTORS } from '@sluitend/domain';
import { finalize, map, startWith } from 'rxjs';
import { SessionsApiService } from '../../../../core/api/sessions-api.service';
import { applyFieldErrors } from '../../../../core/http/form-errors';
import { SubmitKey } from '../../../../core/http/idempotency';
import { fieldErrorsOf } from '../../../../core/http/problem';
import { UiMessage, errorMessage } from '../../../../core/http/ui-message';
import { Clock } from '../../../../core/time/clock';
import { AlertMessage } from '../../../../shared/alert-message';
import { focusFirstInvalid } from '../../../../shared/focus-first-invalid';
import { RuleError } from '../../../cases/shared/rule-error';
import { focusPageHeading } from '../../../privacy/focus-page-heading';
import { PeopleDirectory, PersonOption } from '../shared/people-directory';
import { PersonPicker } from '../shared/person-picker';
import {
  LOCATION_MAX_LENGTH,
  ONLINE_URL_MAX_LENGTH,
  PlannerField,
  inviteeGroup,
  planSessionRequest,
  plannerForm,
  plannerMessages,
  toPlannerFieldErrors,
} from './planner.model';

/**
 * The coordinator plans a session: when, where, who chairs, who takes the minutes, and who is
 * invited for which sector. The agenda fills itself: escalations are scheduled onto it, and open
 * agreements of earlier sessions come back as follow-up items.
 */
@Component({
  selector: 'app-session-planner-page',
  imports: [ReactiveFormsModule, RouterLink, TranslocoDirective, AlertMessage, RuleError, PersonPicker],
  templateUrl: './session-planner-page.html',
  styleUrl: '../shared/sessions.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SessionPlannerPage {
  private readonly api = inject(SessionsApiService);
  private readonly router = inject(Router);
  private readonly clock = inject(Clock);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  /** The same content sent again (after an error, a lost answer) is the same submission: it creates one. */
  private readonly submitKey = new SubmitKey();
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly sectors = SECTORS;
  protected readonly locationMax = LOCATION_MAX_LENGTH;
  protected readonly onlineUrlMax = ONLINE_URL_MAX_LENGTH;
  readonly form = plannerForm(this.fb, () => this.clock.today());
  protected readonly today = this.clock.today();
  /** Re-read on every change, so the template's computed values follow the form. */
  private readonly value = toSignal(
    this.form.valueChanges.pipe(
      startWith(null),
      map(() => this.form.getRawValue()),
    ),
    { requireSync: true },
  );
  private readonly statusTick = toSignal(this.form.statusChanges, { initialValue: this.form.status });
  protected readonly chair = computed(() => this.value().chair);
  protected readonly minuteTaker = computed(() => this.value().minuteTaker);
  protected readonly invitees = computed(() => this.value().invitees.map((invitee) => invitee.person));
  protected readonly inviteeIds = computed(() => this.invitees().map((person) => person.userId));
  protected readonly sectorsAtTable = computed(() => {
    const chosen = new Set(
      this.value()
        .invitees.map((invitee) => invitee.sector)
        .filter(Boolean),
    );
    return SECTORS.filter((sector) => chosen.has(sector));
  });
  protected readonly chairRoles: readonly ColleagueRole[] = ['actietafel-chair'];
  protected readonly minuteTakerRoles: readonly ColleagueRole[] = ['actietafel-coordinator', 'actietafel-member'];
  protected readonly inviteeRoles: readonly ColleagueRole[] = ['actietafel-member', 'professional'];
  protected readonly knownChairs = toSignal(inject(PeopleDirectory).knownChairs(), { initialValue: [] });
  protected readonly submitted = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<UiMessage | null>(null);
  protected readonly status = signal<UiMessage | null>(null);

  constructor() {
    focusPageHeading();
  }

  /** Shown after a submit attempt, or once the field was left. */
  protected messages(field: PlannerField): UiMessage[] {
    this.value();
    this.statusTick();
    const control = this.form.controls[field];
    return this.submitted() || control.touched ? plannerMessages(this.form, field) : [];
  }

  protected invalid(field: PlannerField): boolean {
    return this.messages(field).length > 0;
  }

  protected inviteeSectorInvalid(index: number): boolean {
    this.value();
    const control = this.form.controls.invitees.at(index)?.controls.sector;
    return Boolean(control?.invalid && (this.submitted() || control.touched));
  }

  protected setChair(person: PersonOption): void {
    this.form.controls.chair.setValue(person);
    this.focusSoon('[data-testid="planner-chair-change"]');
  }

  protected clearChair(): void {
    this.form.controls.chair.setValue(null);
    this.form.controls.chair.markAsTouched();
    this.focusSoon('#planner-chair-search');
  }

  protected setMinuteTaker(person: PersonOption): void {
    this.form.controls.minuteTaker.setValue(person);
    this.focusSoon('[data-testid="planner-minute-taker-change"]');
  }

  protected clearMinuteTaker(): void {
    this.form.controls.minuteTaker.setValue(null);
    this.focusSoon('#planner-minute-taker-search');
  }

  protected addInvitee(person: PersonOption): void {
    this.form.controls.invitees.push(inviteeGroup(this.fb, person));
    this.status.set({ key: 'actietafel.sessions.planner.inviteeAdded', params: { name: person.name } });
    // A person without a known sector gets the sector select; otherwise searching on is the next step.
    this.focusSoon(person.sector ? '#planner-invitee-search' : `#planner-invitee-sector-${person.userId}`);
  }

  protected removeInvitee(index: number): void {
    const person = this.form.controls.invitees.at(index)?.controls.person.value;
    this.form.controls.invitees.removeAt(index);
    this.form.controls.invitees.markAsTouched();
    if (person) this.status.set({ key: 'actietafel.sessions.planner.inviteeRemoved', params: { name: person.name } });
    this.focusSoon('#planner-invitee-search');
  }

  submit(): void {
    if (this.busy()) return;
    this.submitted.set(true);
    this.error.set(null);
    this.form.updateValueAndValidity();
    const request = planSessionRequest(this.form);
    if (this.form.invalid || !request) {
      this.form.markAllAsTouched();
      this.error.set({ key: 'errors.checkFields' });
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    this.busy.set(true);
    this.api
      .plan(request, this.submitKey.for(request))
      .pipe(
        finalize(() => this.busy.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (session) => {
          this.submitKey.done();
          void this.router.navigate(['/actietafel/sessions', session.id]);
        },
        error: (error: unknown) => {
          const fieldErrors = toPlannerFieldErrors(fieldErrorsOf(error));
          const unmatched = applyFieldErrors(this.form, fieldErrors);
          this.error.set(
            fieldErrors.length > 0 && unmatched.length === 0
              ? { key: 'errors.checkFields' }
              : errorMessage(error, { 403: 'actietafel.sessions.planner.errors.forbidden' }),
          );
          focusFirstInvalid(this.host.nativeElement, this.injector);
        },
      });
  }

  private focusSoon(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}
