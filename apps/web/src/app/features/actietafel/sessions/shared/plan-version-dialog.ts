import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { TranslocoDirective } from '@jsverse/transloco';
import { ToekomstplanVersionResponse } from '@sluitend/domain';
import { Subject, catchError, of, switchMap } from 'rxjs';
import { SessionsApiService } from '../../../../core/api/sessions-api.service';
import { UiMessage, errorMessage } from '../../../../core/http/ui-message';
import { AlertMessage } from '../../../../shared/alert-message';
import { ModalDialog } from '../../../../shared/modal-dialog';
import { PlanVersionView } from '../../escalations/shared/plan-version-view';

let nextId = 0;

/**
 * The toekomstplan version attached to an escalation, read-only and as it was when the case team
 * escalated, shown as the coordinator's escalation page shows it (PlanVersionView). Loaded only when
 * opened: each read is logged in the jongere's access log.
 */
@Component({
  selector: 'app-plan-version-dialog',
  imports: [TranslocoDirective, ModalDialog, AlertMessage, PlanVersionView],
  template: `
    <app-modal-dialog
      *transloco="let t"
      testId="plan-version-dialog"
      [open]="open()"
      [titleId]="id + '-title'"
      (dismissed)="closed.emit()"
    >
      <div class="modal__body--wide">
        <h2 [id]="id + '-title'">
          {{ t('actietafel.sessions.plan.title', { name: subjectName(), number: number() }) }}
        </h2>
        @if (loading()) {
          <p class="muted" role="status">{{ t('common.loading') }}</p>
        }
        <app-alert-message [message]="error()" />
        @if (plan(); as plan) {
          <app-plan-version-view [plan]="plan" />
        }
        <div class="button-row">
          <button type="button" class="button button--secondary" data-initial-focus (click)="closed.emit()">
            {{ t('actietafel.sessions.plan.close') }}
          </button>
        </div>
      </div>
    </app-modal-dialog>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlanVersionDialog {
  private readonly api = inject(SessionsApiService);

  readonly open = input(false);
  readonly sessionId = input.required<string>();
  readonly itemId = input.required<string>();
  readonly subjectName = input('');
  readonly number = input<number | null>(null);
  readonly closed = output<void>();

  protected readonly id = `plan-version-${nextId++}`;
  protected readonly plan = signal<ToekomstplanVersionResponse | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<UiMessage | null>(null);
  private readonly load = new Subject<{ sessionId: string; itemId: string }>();

  constructor() {
    this.load
      .pipe(
        switchMap(({ sessionId, itemId }) =>
          this.api.agendaItemPlanVersion(sessionId, itemId).pipe(
            catchError((error: unknown) => {
              this.error.set(
                errorMessage(error, {
                  'content-not-available': 'actietafel.sessions.plan.outsideWindow',
                  404: 'actietafel.sessions.plan.unavailable',
                }),
              );
              return of(null);
            }),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((plan) => {
        this.loading.set(false);
        this.plan.set(plan);
      });
    effect(() => {
      const request = { sessionId: this.sessionId(), itemId: this.itemId() };
      if (!this.open()) return;
      untracked(() => {
        if (this.plan() !== null || this.loading()) return;
        this.loading.set(true);
        this.error.set(null);
        this.load.next(request);
      });
    });
  }
}
