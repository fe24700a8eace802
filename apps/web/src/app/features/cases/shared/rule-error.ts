import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { UiMessage } from '../../../core/http/ui-message';

/**
 * Like app-field-error, for messages already worked out (domain rules across fields, translated
 * API messages). The element with the id is always present, so aria-describedby never dangles.
 */
@Component({
  selector: 'app-rule-error',
  imports: [TranslocoDirective],
  template: `
    <div *transloco="let t" [id]="errorId()">
      @if (visible() && messages().length > 0) {
        <div class="field-error" role="alert">
          @for (message of messages(); track message.key) {
            <p class="field-error__message">{{ t(message.key, message.params) }}</p>
          }
        </div>
      }
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RuleError {
  readonly errorId = input.required<string>();
  readonly messages = input<readonly UiMessage[]>([]);
  readonly visible = input(true);
}
