import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { UiMessage } from '../core/http/ui-message';

/**
 * A page-level message. Errors are inserted as role="alert", which screen readers announce
 * on insertion; an empty alert is never left in the page. Status and info messages use a
 * polite live region that stays in the DOM, because those are only announced on change.
 */
@Component({
  selector: 'app-alert-message',
  imports: [TranslocoDirective],
  template: `
    <div *transloco="let t" [attr.id]="messageId()" [attr.role]="kind() === 'error' ? null : 'status'">
      @if (message(); as shown) {
        <p
          class="notice"
          [attr.role]="kind() === 'error' ? 'alert' : null"
          [class.notice--error]="kind() === 'error'"
          [class.notice--success]="kind() === 'success'"
        >
          {{ t(shown.key, shown.params) }}
        </p>
      }
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AlertMessage {
  readonly message = input<UiMessage | null>(null);
  readonly kind = input<'error' | 'success' | 'info'>('error');
  readonly messageId = input<string | null>(null);
}
