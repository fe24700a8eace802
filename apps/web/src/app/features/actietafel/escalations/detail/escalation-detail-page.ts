import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  EscalationResponse,
  EscalationTransition,
  ToekomstplanVersionResponse,
  nextLadderLevel,
} from '@sluitend/domain';
import { finalize, switchMap, tap } from 'rxjs';
import { EscalationsApiService } from '../../../../core/api/escalations-api.service';
import { UiMessage, errorMessage } from '../../../../core/http/ui-message';
import { Clock } from '../../../../core/time/clock';
import { AlertMessage } from '../../../../shared/alert-message';
import { DateTimePipe, IsoDatePipe } from '../../../../shared/dates';
import { dayCountMessage, daysSince, subjectName } from '../shared/escalation-labels';
import { loadEscalation } from '../shared/escalation-load';
import { EscalationRecord } from '../shared/escalation-record';
import { EscalationRequestView } from '../shared/escalation-request-view';
import { EscalationStateBadge, UrgencyBadge } from '../shared/escalation-state-badge';
import { PlanVersionView } from '../shared/plan-version-view';
import { EscalationActionDialog } from './escalation-action-dialog';

/** The actions of the table, in the order they are offered; submit and resubmit belong to the case team. */
const TABLE_ACTIONS: readonly EscalationTransition[] = [
  'accept',
  'return',
  'reject',
  'schedule',
  'discuss',
  'escalate-further',
  'close',
];

interface OfferedAction {
  transition: EscalationTransition;
  /** Why it cannot be taken yet (the button stays focusable and says so); null when it can. */
  blockedBy: UiMessage | null;
}

/**
 * One escalation for the coordinator (and chair): the request, the jongere it is about, the attached
 * plan version, its history and agreements, and exactly the actions the api offers (availableTransitions).
 */
@Component({
  selector: 'app-escalation-detail-page',
  imports: [
    RouterLink,
    TranslocoDirective,
    AlertMessage,
    DateTimePipe,
    IsoDatePipe,
    EscalationActionDialog,
    EscalationRecord,
    EscalationRequestView,
    EscalationStateBadge,
    UrgencyBadge,
    PlanVersionView,
  ],
  templateUrl: './escalation-detail-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EscalationDetailPage {
  private readonly api = inject(EscalationsApiService);
  private readonly clock = inject(Clock);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);

  /** The route parameter, bound by the router. */
  readonly id = input.required<string>();

  protected readonly escalation = signal<EscalationResponse | null>(null);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<UiMessage | null>(null);
  protected readonly status = signal<UiMessage | null>(null);
  protected readonly acting = signal<EscalationTransition | null>(null);
  private readonly reloads = signal(0);

  protected readonly plan = signal<ToekomstplanVersionResponse | null>(null);
  protected readonly planOpen = signal(false);
  protected readonly planLoading = signal(false);
  protected readonly planError = signal<UiMessage | null>(null);

  protected readonly name = computed(() => {
    const escalation = this.escalation();
    return escalation ? subjectName(escalation.subject) : '';
  });
  protected readonly waited = computed(() => {
    const escalation = this.escalation();
    if (!escalation?.submittedAt || escalation.state !== 'submitted') return null;
    const submissions = escalation.history.filter((record) => record.to === 'submitted');
    const since = submissions[submissions.length - 1]?.at ?? escalation.submittedAt;
    return dayCountMessage('actietafel.escalations.waited', daysSince(since, this.clock.today()));
  });
  protected readonly openAgreements = computed(
    () => this.escalation()?.agreements.filter((agreement) => agreement.status === 'open').length ?? 0,
  );
  protected readonly actions = computed<OfferedAction[]>(() => {
    const escalation = this.escalation();
    if (!escalation) return [];
    return TABLE_ACTIONS.filter((transition) => escalation.availableTransitions.includes(transition)).map(
      (transition) => ({ transition, blockedBy: this.blockedBy(escalation, transition) }),
    );
  });

  constructor() {
    toObservable(computed(() => ({ id: this.id(), reload: this.reloads() })))
      .pipe(
        tap(() => this.loading.set(true)),
        switchMap(({ id }) => loadEscalation(this.api, id)),
        takeUntilDestroyed(),
      )
      .subscribe((result) => {
        this.loading.set(false);
        this.loadError.set(result.error);
        if (result.escalation) this.show(result.escalation);
      });
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('h1')?.focus());
  }

  protected act(action: OfferedAction): void {
    if (action.blockedBy) return;
    this.status.set(null);
    this.acting.set(action.transition);
  }

  protected onDone(escalation: EscalationResponse): void {
    const transition = this.acting();
    this.acting.set(null);
    this.show(escalation);
    if (transition) this.status.set({ key: `actietafel.escalations.actions.${transition}.done` });
    // The button that opened the dialog may be gone now; the heading with the message is the next place.
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('h1')?.focus(), {
      injector: this.injector,
    });
  }

  protected onReloadRequested(): void {
    this.acting.set(null);
    this.status.set({ key: 'actietafel.escalations.reloaded' });
    this.reloads.update((count) => count + 1);
  }

  protected togglePlan(): void {
    const open = !this.planOpen();
    this.planOpen.set(open);
    if (!open || this.plan() || this.planLoading()) return;
    this.planLoading.set(true);
    this.planError.set(null);
    this.api
      .planVersion(this.id())
      .pipe(
        finalize(() => this.planLoading.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (plan) => this.plan.set(plan),
        error: (error: unknown) =>
          this.planError.set(
            errorMessage(error, { 'plan-version-not-attached': 'actietafel.escalations.detail.noPlan' }),
          ),
      });
  }

  private show(escalation: EscalationResponse): void {
    // Another attached version (after a resubmit) is another plan.
    if (this.escalation()?.attachedPlan?.number !== escalation.attachedPlan?.number) {
      this.plan.set(null);
      this.planOpen.set(false);
    }
    this.escalation.set(escalation);
  }

  private blockedBy(escalation: EscalationResponse, transition: EscalationTransition): UiMessage | null {
    if (transition === 'close') {
      const open = escalation.agreements.filter((agreement) => agreement.status === 'open').length;
      return open > 0 ? { key: 'actietafel.escalations.actions.close.blocked', params: { count: open } } : null;
    }
    if (transition === 'escalate-further' && nextLadderLevel(escalation.ladderLevel) === null) {
      return { key: 'actietafel.ladder.topReached' };
    }
    return null;
  }
}
