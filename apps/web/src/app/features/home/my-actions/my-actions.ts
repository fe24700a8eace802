import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { ACTION_STATUSES, ActionStatus, MyActionResponse, compareMyActions, isOverdue } from '@sluitend/domain';
import { finalize } from 'rxjs';
import { MyActionsApiService } from '../../../core/api/my-actions-api.service';
import { ToekomstplanApiService } from '../../../core/api/toekomstplan-api.service';
import { UiMessage, errorMessage } from '../../../core/http/ui-message';
import { Clock } from '../../../core/time/clock';
import { AlertMessage } from '../../../shared/alert-message';
import { IsoDatePipe } from '../../../shared/dates';

/**
 * Every action the professional owns, across their cases: late ones first and marked in words.
 * The status can be changed here directly; the API records it as a new plan version.
 */
@Component({
  selector: 'app-my-actions',
  imports: [RouterLink, TranslocoDirective, AlertMessage, IsoDatePipe],
  templateUrl: './my-actions.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyActions {
  private readonly myActionsApi = inject(MyActionsApiService);
  private readonly planApi = inject(ToekomstplanApiService);
  private readonly clock = inject(Clock);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly statuses = ACTION_STATUSES;
  private readonly list = signal<MyActionResponse[]>([]);
  /** Re-sorted on every change, so an action marked done moves out of the late ones at once. */
  protected readonly actions = computed(() => {
    const today = this.clock.today();
    return [...this.list()].sort((a, b) => compareMyActions(a.action, b.action, today));
  });
  protected readonly overdueCount = computed(() => this.actions().filter((item) => item.overdue).length);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<UiMessage | null>(null);
  protected readonly error = signal<UiMessage | null>(null);
  protected readonly status = signal<UiMessage | null>(null);
  protected readonly pendingId = signal<string | null>(null);

  constructor() {
    this.myActionsApi
      .list()
      .pipe(
        finalize(() => this.loading.set(false)),
        takeUntilDestroyed(),
      )
      .subscribe({
        next: (actions) => this.list.set(actions),
        error: (error: unknown) => this.loadError.set(errorMessage(error)),
      });
  }

  protected changeStatus(item: MyActionResponse, event: Event): void {
    const select = event.target as HTMLSelectElement;
    const status = select.value as ActionStatus;
    if (this.pendingId() !== null || status === item.action.status) return;
    this.pendingId.set(item.action.id);
    this.error.set(null);
    this.status.set(null);
    this.planApi
      .updateActionStatus(item.caseId, item.action.id, status)
      .pipe(
        finalize(() => this.pendingId.set(null)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: () => {
          this.update(item, status);
          this.status.set({ key: `myActions.statusChanged.${status}`, params: { action: item.action.description } });
        },
        error: (error: unknown) => {
          // The select already shows the new value; put it back to what is stored.
          select.value = item.action.status;
          this.error.set(
            errorMessage(error, { 'action-owner-only': 'myActions.errors.ownerOnly', 404: 'myActions.errors.gone' }),
          );
        },
      });
  }

  private update(item: MyActionResponse, status: ActionStatus): void {
    const today = this.clock.today();
    this.list.update((list) =>
      list.map((entry) =>
        entry === item
          ? {
              ...entry,
              action: { ...entry.action, status },
              overdue: isOverdue(entry.action.deadline, status, today),
            }
          : entry,
      ),
    );
  }
}
