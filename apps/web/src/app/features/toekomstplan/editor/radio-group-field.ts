import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';

export interface RadioOption<T> {
  value: T;
  labelKey: string;
}

/**
 * Native radio buttons in a fieldset: arrow keys move between the options and the legend is read
 * with each option. "Not yet assessed" is a real option, so a choice can also be undone.
 */
@Component({
  selector: 'app-radio-group-field',
  imports: [ReactiveFormsModule, TranslocoDirective],
  template: `
    <fieldset *transloco="let t" class="radio-group" [class.radio-group--inline]="inline()">
      <legend>{{ t(legendKey()) }}</legend>
      @for (option of options(); track option.value) {
        <div class="radio">
          <input
            type="radio"
            [id]="name() + '-' + option.value"
            [name]="name()"
            [value]="option.value"
            [formControl]="control()"
          />
          <label [for]="name() + '-' + option.value">{{ t(option.labelKey) }}</label>
        </div>
      }
      <div class="radio">
        <input type="radio" [id]="name() + '-none'" [name]="name()" [value]="null" [formControl]="control()" />
        <label [for]="name() + '-none'">{{ t(noneKey()) }}</label>
      </div>
    </fieldset>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RadioGroupField<T extends string | number> {
  readonly control = input.required<FormControl<T | null>>();
  readonly options = input.required<readonly RadioOption<T>[]>();
  /** Also the id prefix of the radios: unique per page. */
  readonly name = input.required<string>();
  readonly legendKey = input.required<string>();
  readonly noneKey = input('plan.notAssessed');
  readonly inline = input(false);
}
