import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ValidationErrors } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import { validationMessages } from './validation-messages';

/**
 * The error text of one form field. The element with the id is always present, so the
 * input's aria-describedby never dangles; the messages are inserted as role="alert", which
 * screen readers announce on insertion.
 */
@Component({
  selector: 'app-field-error',
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
export class FieldError {
  readonly errorId = input.required<string>();
  readonly errors = input<ValidationErrors | null>(null);
  readonly visible = input(true);

  protected readonly messages = computed(() => validationMessages(this.errors()));
}
