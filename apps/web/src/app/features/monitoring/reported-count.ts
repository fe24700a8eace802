import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { ReportedCount } from '@sluitend/domain';
import { formatCount } from './figures-format';

/** A count of the report: the number, or "<5" when it is suppressed (explained in the report's header). */
@Component({
  selector: 'app-reported-count',
  imports: [TranslocoDirective],
  template: `
    <ng-container *transloco="let t">
      @let value = count();
      @if (value === null) {
        <abbr data-testid="suppressed" [title]="t('monitoring.report.suppressedLabel')">&lt;5</abbr>
      } @else {
        {{ formatCount(value) }}
      }
    </ng-container>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportedCountView {
  readonly count = input.required<ReportedCount>();
  protected readonly formatCount = formatCount;
}
