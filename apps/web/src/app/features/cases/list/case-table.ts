import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { CaseListQuery, CaseSummary } from '@sluitend/domain';
import { DateTimePipe, IsoDatePipe } from '../../../shared/dates';
import { SortColumn, SortDirection, sortDirection } from './case-list-query';

/**
 * The cases as a table. Sortable headers are buttons inside the <th>, with aria-sort on the
 * header, so screen readers announce both the column and its order.
 */
@Component({
  selector: 'app-case-table',
  imports: [RouterLink, TranslocoDirective, IsoDatePipe, DateTimePipe],
  templateUrl: './case-table.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CaseTable {
  readonly cases = input.required<readonly CaseSummary[]>();
  readonly query = input.required<CaseListQuery>();
  readonly sortOn = output<SortColumn>();

  protected direction(column: SortColumn): SortDirection {
    return sortDirection(this.query(), column);
  }

  /** A visual cue only; aria-sort tells assistive technology the same. */
  protected arrow(column: SortColumn): string {
    const direction = this.direction(column);
    if (direction === 'ascending') return '\u25B2';
    return direction === 'descending' ? '\u25BC' : '';
  }
}
