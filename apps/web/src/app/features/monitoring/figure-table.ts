import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReportedCount } from '@sluitend/domain';
import { DrillDown } from './drill-down';
import { FigureLink } from './figure-link';
import { MonitoringTable } from './monitoring-table';
import { ReportedCountView } from './reported-count';

/** A dashboard row: its count leads to the list behind it when the viewer may open that list. */
export interface LinkedFigureRow {
  readonly key: string | null;
  readonly label: string;
  readonly count: number;
  readonly link: DrillDown | null;
  /** What following the link shows; see FigureLink. */
  readonly opens: string;
}

/** A report row: its count may be suppressed, and it links nowhere. */
export interface ReportedFigureRow {
  readonly key: string | null;
  readonly label: string;
  readonly count: ReportedCount;
}

export type FigureRow = LinkedFigureRow | ReportedFigureRow;

/**
 * A table of one count per labelled row (per municipality, sector, reason, organisation), as the dashboard
 * and the report show them. Caption, headers and labels arrive translated.
 */
@Component({
  selector: 'app-figure-table',
  imports: [FigureLink, MonitoringTable, ReportedCountView],
  template: `
    <app-monitoring-table [caption]="caption()" [headers]="[labelHeader(), countHeader()]" [testId]="testId()">
      @for (row of rows(); track row.key) {
        <tr>
          <th scope="row">{{ row.label }}</th>
          <td class="numeric">
            @if (linked(row); as figure) {
              <app-figure-link [count]="figure.count" [link]="figure.link" [opens]="figure.opens" />
            } @else {
              <app-reported-count [count]="row.count" />
            }
          </td>
        </tr>
      }
    </app-monitoring-table>
  `,
  styles: `
    .numeric {
      text-align: right !important;
      font-variant-numeric: tabular-nums;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FigureTable {
  readonly caption = input.required<string>();
  readonly labelHeader = input.required<string>();
  readonly countHeader = input.required<string>();
  readonly rows = input.required<readonly FigureRow[]>();
  readonly testId = input<string | null>(null);

  protected linked(row: FigureRow): LinkedFigureRow | null {
    return 'link' in row ? row : null;
  }
}
