import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { UiMessage } from '../core/http/ui-message';
import { ModalDialog } from './modal-dialog';

let nextId = 0;

/** "Are you sure?" for actions that cannot be undone with one click. Cancel has the initial focus. */
@Component({
  selector: 'app-confirm-dialog',
  imports: [TranslocoDirective, ModalDialog],
  template: `
    <app-modal-dialog
      *transloco="let t"
      [open]="open()"
      [titleId]="id + '-title'"
      [descriptionId]="id + '-message'"
      (dismissed)="cancelled.emit()"
    >
      <h2 [id]="id + '-title'">{{ t(title().key, title().params) }}</h2>
      <p [id]="id + '-message'">{{ t(message().key, message().params) }}</p>
      <div class="button-row">
        <button type="button" class="button button--primary" (click)="confirmed.emit()">
          {{ t(confirmLabel().key, confirmLabel().params) }}
        </button>
        <button type="button" class="button button--secondary" data-initial-focus (click)="cancelled.emit()">
          {{ t('common.cancel') }}
        </button>
      </div>
    </app-modal-dialog>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConfirmDialog {
  readonly open = input(false);
  readonly title = input.required<UiMessage>();
  readonly message = input.required<UiMessage>();
  readonly confirmLabel = input.required<UiMessage>();
  readonly confirmed = output<void>();
  readonly cancelled = output<void>();

  protected readonly id = `confirm-${nextId++}`;
}
