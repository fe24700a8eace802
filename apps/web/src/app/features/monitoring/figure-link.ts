import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { DrillDown } from './drill-down';
import { formatCount } from './figures-format';

/**
 * A count on the dashboard: a link to the list behind it when the viewer may open that list, plain text
 * otherwise. The accessible name says what the link opens and starts with the visible number (WCAG 2.5.3).
 */
@Component({
  selector: 'app-figure-link',
  imports: [RouterLink],
  template: `
    @if (link(); as target) {
      <a
        class="figure-link"
        [routerLink]="target.path"
        [queryParams]="target.queryParams"
        [attr.aria-label]="formatCount(count()) + ' ' + opens()"
        data-testid="figure-link"
        >{{ formatCount(count()) }}</a
      >
    } @else {
      <span class="figure-value">{{ formatCount(count()) }}</span>
    }
  `,
  styles: `
    .figure-link {
      font-weight: 600;
      font-variant-numeric: tabular-nums;
    }
    .figure-value {
      font-variant-numeric: tabular-nums;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FigureLink {
  readonly count = input.required<number>();
  readonly link = input<DrillDown | null>(null);
  /** What following the link shows, e.g. "escalaties met status Ingediend: toon de lijst". */
  readonly opens = input('');
  protected readonly formatCount = formatCount;
}
