import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { AgreementResponse } from '@sluitend/domain';
import { DateTimePipe, IsoDatePipe } from '../../../../shared/dates';

/** An escalation's agreements: what, who, by when, and how it ended; overdue ones marked in words. */
@Component({
  selector: 'app-agreements-table',
  imports: [TranslocoDirective, IsoDatePipe, DateTimePipe],
  template: `
    <div class="table-wrapper" *transloco="let t">
      <table class="data-table" data-testid="agreements-table">
        <caption class="visually-hidden">
          {{
            t('actietafel.agreements.title')
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ t('actietafel.agreements.columns.what') }}</th>
            <th scope="col">{{ t('actietafel.agreements.columns.owner') }}</th>
            <th scope="col">{{ t('actietafel.agreements.columns.deadline') }}</th>
            <th scope="col">{{ t('actietafel.agreements.columns.status') }}</th>
          </tr>
        </thead>
        <tbody>
          @for (agreement of agreements(); track agreement.id) {
            <tr [class.row--overdue]="agreement.overdue" data-testid="agreement-row">
              <th scope="row" class="pre-line" lang="nl">{{ agreement.what }}</th>
              <td>
                {{ agreement.owner.name }}
                @if (agreement.owner.userId) {
                  <span class="muted block">{{ agreement.owner.organisationName }}</span>
                }
              </td>
              <td>
                {{ agreement.deadline | isoDate }}
                @if (agreement.overdue) {
                  <span class="badge badge--warning" data-testid="agreement-overdue">{{
                    t('actietafel.agreements.overdue')
                  }}</span>
                }
              </td>
              <td>
                <span [class]="agreement.status === 'done' ? 'badge' : 'badge badge--inactive'">{{
                  t('actietafel.agreements.status.' + agreement.status)
                }}</span>
                @if (agreement.status === 'done' && agreement.doneNote) {
                  <p class="muted pre-line" lang="nl">{{ agreement.doneNote }}</p>
                }
                @if (agreement.status === 'dropped' && agreement.dropReason) {
                  <p class="muted pre-line" lang="nl">{{ agreement.dropReason }}</p>
                }
                @if (agreement.settledAt && agreement.settledBy) {
                  <span class="muted block">{{
                    t('actietafel.agreements.settledBy', {
                      name: agreement.settledBy.name,
                      at: (agreement.settledAt | dateTime),
                    })
                  }}</span>
                }
              </td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AgreementsTable {
  readonly agreements = input.required<readonly AgreementResponse[]>();
}
