import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ESCALATION_OUTCOMES } from '@sluitend/domain';
import { Translate } from './chart-options';

/**
 * The frame of every table of figures on the dashboard and in the report: a caption for screen readers, a
 * header row whose first column heads the rows and whose other columns hold numbers. The rows are projected,
 * as each table fills its cells in its own way.
 */
@Component({
  selector: 'app-monitoring-table',
  template: `
    <div class="table-wrapper">
      <table class="data-table" [attr.data-testid]="testId()">
        <caption class="visually-hidden">
          {{
            caption()
          }}
        </caption>
        <thead>
          <tr>
            @for (header of headers(); track $index) {
              <th scope="col" [class.numeric]="!$first">{{ header }}</th>
            }
          </tr>
        </thead>
        <tbody>
          <ng-content />
        </tbody>
      </table>
    </div>
  `,
  // The pages' own styles do not reach into this component, so it carries the rules its cells need.
  styles: `
    .numeric {
      text-align: right !important;
      font-variant-numeric: tabular-nums;
    }
    @media print {
      .data-table th,
      .data-table td {
        padding: 0.25rem 0.5rem;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MonitoringTable {
  readonly caption = input.required<string>();
  /** Translated; the first heads the row headers, the others numeric columns. */
  readonly headers = input.required<readonly string[]>();
  readonly testId = input<string | null>(null);
}

/** The throughput table's columns: month, submitted, closed, then one per outcome. */
export function throughputHeaders(t: Translate): string[] {
  return [
    t('monitoring.throughput.month'),
    t('monitoring.throughput.submitted'),
    t('monitoring.throughput.closed'),
    ...ESCALATION_OUTCOMES.map((outcome) => t('actietafel.outcomes.' + outcome)),
  ];
}
