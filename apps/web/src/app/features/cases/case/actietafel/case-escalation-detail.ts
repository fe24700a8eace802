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
import { Location } from '@angular/common';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { EscalationResponse } from '@sluitend/domain';
import { finalize, switchMap, tap } from 'rxjs';
import { EscalationsApiService } from '../../../../core/api/escalations-api.service';
import { UiMessage } from '../../../../core/http/ui-message';
import { AlertMessage } from '../../../../shared/alert-message';
import { ConfirmDialog } from '../../../../shared/confirm-dialog';
import { DateTimePipe } from '../../../../shared/dates';
import { returnQuestion } from '../../../actietafel/escalations/shared/escalation-labels';
import { loadEscalation } from '../../../actietafel/escalations/shared/escalation-load';
import { escalationProblem } from '../../../actietafel/escalations/shared/escalation-problems';
import { EscalationRecord } from '../../../actietafel/escalations/shared/escalation-record';
import { EscalationRequestView } from '../../../actietafel/escalations/shared/escalation-request-view';
import { EscalationStateBadge, UrgencyBadge } from '../../../actietafel/escalations/shared/escalation-state-badge';
import { CaseContext } from '../case-context';
import { EscalationForm } from './escalation-form';
import { EscalationArrival } from './new-escalation-page';

/**
 * One escalation as the case team sees it: the request, where it stands, its history, the table's
 * decisions and agreements. A draft or a returned escalation can be changed and (re)submitted by
 * whoever may change the case; the api's availableTransitions decides which submit is offered.
 */
@Component({
  selector: 'app-case-escalation-detail',
  imports: [
    RouterLink,
    TranslocoDirective,
    AlertMessage,
    ConfirmDialog,
    DateTimePipe,
    EscalationForm,
    EscalationRecord,
    EscalationRequestView,
    EscalationStateBadge,
    UrgencyBadge,
  ],
  templateUrl: './case-escalation-detail.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CaseEscalationDetail {
  private readonly api = inject(EscalationsApiService);
  private readonly context = inject(CaseContext);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);

  /** The route parameter, bound by the router. */
  readonly escalationId = input.required<string>();

  protected readonly caseId = computed(() => this.context.caseId() ?? '');
  protected readonly escalation = signal<EscalationResponse | null>(null);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<UiMessage | null>(null);
  protected readonly status = signal<UiMessage | null>(null);
  protected readonly error = signal<UiMessage | null>(null);
  protected readonly editing = signal(false);
  protected readonly confirmingDelete = signal(false);
  protected readonly busy = signal(false);
  private readonly reloads = signal(0);

  /** Draft and returned escalations are changed by the team, and only by who may change the case. */
  protected readonly editable = computed(() => {
    const escalation = this.escalation();
    return (
      this.context.canChange() &&
      escalation !== null &&
      (escalation.state === 'draft' || escalation.state === 'returned')
    );
  });
  protected readonly canDelete = computed(() => this.editable() && this.escalation()?.state === 'draft');
  protected readonly question = computed(() => {
    const escalation = this.escalation();
    return escalation?.state === 'returned' ? returnQuestion(escalation) : null;
  });

  constructor() {
    const arrival = (inject(Location).getState() as { arrival?: EscalationArrival } | null)?.arrival;
    if (arrival) this.status.set({ key: `actietafel.escalations.case.arrived.${arrival}` });

    toObservable(computed(() => ({ id: this.escalationId(), reload: this.reloads() })))
      .pipe(
        tap(() => this.loading.set(true)),
        switchMap(({ id }) => loadEscalation(this.api, id)),
        takeUntilDestroyed(),
      )
      .subscribe((result) => {
        this.loading.set(false);
        this.loadError.set(result.error);
        if (result.escalation) this.escalation.set(result.escalation);
      });
  }

  protected startEditing(): void {
    this.status.set(null);
    this.error.set(null);
    this.editing.set(true);
  }

  protected stopEditing(): void {
    this.editing.set(false);
    // A save may have happened before a refused submit: show what is stored now.
    this.reload();
    this.focusOn('#edit-escalation');
  }

  protected onSaved(escalation: EscalationResponse): void {
    this.escalation.set(escalation);
  }

  protected onSubmitted(escalation: EscalationResponse): void {
    this.escalation.set(escalation);
    this.editing.set(false);
    this.status.set({ key: 'actietafel.escalations.case.arrived.submitted' });
    this.focusOn('#escalation-title');
  }

  protected reload(): void {
    this.reloads.update((count) => count + 1);
  }

  protected onReloadRequested(): void {
    this.editing.set(false);
    this.status.set({ key: 'actietafel.escalations.reloaded' });
    this.reload();
  }

  protected askDelete(): void {
    this.error.set(null);
    this.confirmingDelete.set(true);
  }

  protected delete(): void {
    const escalation = this.escalation();
    if (!escalation || this.busy()) return;
    this.busy.set(true);
    this.api
      .delete(escalation.id)
      .pipe(
        finalize(() => this.busy.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: () => {
          this.confirmingDelete.set(false);
          void this.router.navigate(['..'], { relativeTo: this.route });
        },
        error: (error: unknown) => {
          this.confirmingDelete.set(false);
          this.error.set(escalationProblem(error).message);
        },
      });
  }

  private focusOn(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}
