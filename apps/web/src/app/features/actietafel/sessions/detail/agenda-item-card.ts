import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { AgendaItemResponse } from '@sluitend/domain';
import { IsoDatePipe } from '../../../../shared/dates';
import { itemTitle } from '../shared/session-model';
import { ClockTimePipe } from '../shared/session-time';

/** The time box the API accepts. */
export const MIN_ITEM_MINUTES = 5;
export const MAX_ITEM_MINUTES = 120;

/**
 * One agenda item on the session page. With `full` content: who it is about, the question to the
 * table, why it is stuck, the sectors needed and (for a follow-up) the open agreements; with
 * `outline` only the reason label, urgency and time box. The coordinator reorders and time-boxes
 * items until the session starts.
 */
@Component({
  selector: 'app-agenda-item-card',
  imports: [TranslocoDirective, IsoDatePipe, ClockTimePipe],
  template: `
    <article
      *transloco="let t"
      class="agenda-item"
      [class.agenda-item--urgent]="item().urgency === 'urgent'"
      [attr.aria-labelledby]="'agenda-item-' + item().id + '-title'"
      data-testid="agenda-item"
    >
      <div class="agenda-item__header">
        <h3 class="agenda-item__title" [id]="'agenda-item-' + item().id + '-title'">
          {{ t('actietafel.sessions.agenda.itemTitle', { position: item().position, label: title() }) }}
        </h3>
        <span class="muted">
          {{
            t('actietafel.sessions.agenda.timeBox', {
              at: (plannedStart() | clockTime),
              minutes: item().minutesPlanned,
            })
          }}
        </span>
        @if (item().urgency === 'urgent') {
          <span class="badge badge--warning">{{ t('actietafel.sessions.urgency.urgent') }}</span>
        }
        @if (item().kind === 'follow-up') {
          <span class="badge badge--inactive">{{ t('actietafel.sessions.agenda.followUp') }}</span>
        }
      </div>

      @if (item().escalation; as escalation) {
        <div data-testid="agenda-item-full">
          <p class="agenda-item__subject" data-testid="agenda-item-subject">
            {{
              t('actietafel.sessions.agenda.subject', {
                name: escalation.subject.firstName + ' ' + escalation.subject.lastName,
                dateOfBirth: (escalation.subject.dateOfBirth | isoDate),
                municipality: escalation.subject.municipalityName,
              })
            }}
          </p>
          <dl class="data-list">
            <dt>{{ t('actietafel.sessions.agenda.question') }}</dt>
            <dd class="pre-line" data-testid="agenda-item-question">{{ escalation.request.question }}</dd>
            <dt>{{ t('actietafel.sessions.agenda.reason') }}</dt>
            <dd class="pre-line">
              <span class="block">{{ item().label }}</span>
              {{ escalation.request.reasonText }}
            </dd>
            @if (escalation.request.whatWasTried.trim()) {
              <dt>{{ t('actietafel.sessions.agenda.whatWasTried') }}</dt>
              <dd class="pre-line">{{ escalation.request.whatWasTried }}</dd>
            }
            <dt>{{ t('actietafel.sessions.agenda.urgency') }}</dt>
            <dd>{{ t('actietafel.sessions.urgency.' + escalation.request.urgency) }}</dd>
            <dt>{{ t('actietafel.sessions.agenda.sectors') }}</dt>
            <dd>
              @for (sector of escalation.request.sectorsNeeded; track sector; let last = $last) {
                {{ t('sector.' + sector) }}{{ last ? '' : ', ' }}
              } @empty {
                {{ t('actietafel.sessions.agenda.noSectors') }}
              }
            </dd>
          </dl>
          @if (escalation.earlierAgreements.length > 0) {
            <h4>{{ t('actietafel.sessions.agenda.earlierAgreements') }}</h4>
            <ul data-testid="agenda-item-earlier-agreements">
              @for (agreement of escalation.earlierAgreements; track agreement.id) {
                <li>
                  {{
                    t('actietafel.sessions.agenda.agreementLine', {
                      what: agreement.what,
                      owner: agreement.owner.name,
                      deadline: (agreement.deadline | isoDate),
                    })
                  }}
                  @if (agreement.overdue) {
                    <span class="badge badge--warning">{{ t('actietafel.sessions.agenda.overdue') }}</span>
                  }
                </li>
              }
            </ul>
          }
          @if (escalation.attachedPlan; as plan) {
            <button
              type="button"
              class="button button--secondary button--small"
              data-testid="agenda-item-plan"
              (click)="showPlan.emit()"
            >
              {{ t('actietafel.sessions.agenda.readPlan', { number: plan.number }) }}
            </button>
          } @else {
            <p class="muted">{{ t('actietafel.sessions.agenda.noPlan') }}</p>
          }
        </div>
      }

      @if (canChangePlanning()) {
        <div class="agenda-item__controls">
          <div class="form-field">
            <label [for]="'agenda-item-' + item().id + '-minutes'">{{ t('actietafel.sessions.agenda.minutes') }}</label>
            <input
              type="number"
              inputmode="numeric"
              [id]="'agenda-item-' + item().id + '-minutes'"
              [min]="minMinutes"
              [max]="maxMinutes"
              [value]="item().minutesPlanned"
              data-testid="agenda-item-minutes"
              (change)="changeMinutes($event)"
            />
          </div>
          <button
            type="button"
            class="button button--secondary button--small"
            [id]="'agenda-item-' + item().id + '-up'"
            [attr.aria-disabled]="first() ? 'true' : null"
            [attr.aria-label]="t('actietafel.sessions.agenda.moveUp', { position: item().position })"
            data-testid="agenda-item-up"
            (click)="first() || moveUp.emit()"
          >
            ↑ {{ t('actietafel.sessions.agenda.up') }}
          </button>
          <button
            type="button"
            class="button button--secondary button--small"
            [id]="'agenda-item-' + item().id + '-down'"
            [attr.aria-disabled]="last() ? 'true' : null"
            [attr.aria-label]="t('actietafel.sessions.agenda.moveDown', { position: item().position })"
            data-testid="agenda-item-down"
            (click)="last() || moveDown.emit()"
          >
            ↓ {{ t('actietafel.sessions.agenda.down') }}
          </button>
        </div>
      }
    </article>
  `,
  styleUrl: '../shared/sessions.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AgendaItemCard {
  readonly item = input.required<AgendaItemResponse>();
  readonly plannedStart = input.required<string>();
  readonly canChangePlanning = input(false);
  readonly first = input(false);
  readonly last = input(false);
  readonly moveUp = output<void>();
  readonly moveDown = output<void>();
  readonly minutesChange = output<number>();
  readonly showPlan = output<void>();

  protected readonly minMinutes = MIN_ITEM_MINUTES;
  protected readonly maxMinutes = MAX_ITEM_MINUTES;
  /** With full content the jongere's name heads the item; in the outline only the reason label. */
  protected readonly title = computed(() => itemTitle(this.item()));

  protected changeMinutes(event: Event): void {
    const input = event.target as HTMLInputElement;
    const minutes = Number(input.value);
    if (!Number.isInteger(minutes) || minutes < MIN_ITEM_MINUTES || minutes > MAX_ITEM_MINUTES) {
      input.value = String(this.item().minutesPlanned);
      return;
    }
    if (minutes !== this.item().minutesPlanned) this.minutesChange.emit(minutes);
  }
}
