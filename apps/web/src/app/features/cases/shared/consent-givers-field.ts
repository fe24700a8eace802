import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { FormGroup, ReactiveFormsModule } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import { CONSENT_GIVERS } from '@sluitend/domain';
import { UiMessage } from '../../../core/http/ui-message';
import { GiverControls } from './consent-rules-ui';
import { RuleError } from './rule-error';

/**
 * Who gave consent, as a group of checkboxes with a legend, the age rule as a hint and the
 * problems linked to every checkbox. Used by the consent form and the new-case form.
 */
@Component({
  selector: 'app-consent-givers-field',
  imports: [ReactiveFormsModule, TranslocoDirective, RuleError],
  template: `
    <fieldset *transloco="let t" class="consent-givers">
      <legend>{{ t(legendKey()) }}</legend>
      <p class="hint" aria-live="polite" [id]="idPrefix() + '-hint'">{{ t(hint().key, hint().params) }}</p>
      @for (giver of givers; track giver) {
        <div class="checkbox">
          <input
            type="checkbox"
            [id]="idPrefix() + '-' + giver"
            [formControl]="group().controls[giver]"
            [attr.aria-invalid]="invalid() ? 'true' : null"
            [attr.aria-describedby]="idPrefix() + '-hint ' + idPrefix() + '-error'"
          />
          <label [for]="idPrefix() + '-' + giver">{{ t('privacy.consents.giver.' + giver) }}</label>
        </div>
      }
      <app-rule-error [errorId]="idPrefix() + '-error'" [messages]="messages()" [visible]="visible()" />
    </fieldset>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConsentGiversField {
  readonly group = input.required<FormGroup<GiverControls>>();
  /** Prefix of the checkbox ids, unique per page. */
  readonly idPrefix = input.required<string>();
  readonly hint = input.required<UiMessage>();
  readonly messages = input<readonly UiMessage[]>([]);
  readonly visible = input(false);
  readonly legendKey = input('privacy.consents.fields.givenBy');

  protected readonly givers = CONSENT_GIVERS;
  protected readonly invalid = computed(() => this.visible() && this.messages().length > 0);
}
