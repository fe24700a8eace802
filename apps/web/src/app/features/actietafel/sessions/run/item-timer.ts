import { ChangeDetectionStrategy, Component, computed, effect, input, signal, untracked } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { AgendaItemResponse } from '@sluitend/domain';
import { formatDuration } from '../shared/session-time';

const MINUTE_MS = 60_000;

/**
 * Time spent on an agenda item against its time box, counted from the item's start. It turns the
 * warning colour when the box is used up. Screen readers hear it only at that boundary, never
 * every second: the clock itself is a role="timer", which is not announced.
 */
@Component({
  selector: 'app-item-timer',
  imports: [TranslocoDirective],
  template: `
    <div
      *transloco="let t"
      class="timer"
      [class.timer--over]="over()"
      data-testid="session-timer"
      [attr.data-over]="over()"
    >
      <p class="timer__label">{{ t('actietafel.sessionMode.timer.label') }}</p>
      <p class="timer__value">
        <span role="timer" data-testid="session-timer-elapsed">{{ elapsed() }}</span>
        <span class="timer__planned">/ {{ planned() }}</span>
      </p>
      <p class="timer__state">
        @if (item().phase === 'pending') {
          {{ t('actietafel.sessionMode.timer.notStarted') }}
        } @else if (over()) {
          {{ t('actietafel.sessionMode.timer.over', { minutes: overMinutes() }) }}
        } @else if (item().phase === 'running') {
          {{ t('actietafel.sessionMode.timer.left', { minutes: minutesLeft() }) }}
        } @else {
          {{ t('actietafel.sessionMode.timer.discussed') }}
        }
      </p>
      <p class="visually-hidden" aria-live="assertive" data-testid="session-timer-announcement">
        @if (announcement(); as text) {
          {{ t('actietafel.sessionMode.timer.timeUp', text) }}
        }
      </p>
    </div>
  `,
  styles: `
    .timer {
      padding: 0.75rem 1rem;
      border: 3px solid var(--color-primary);
      border-radius: var(--radius);
      background: var(--color-surface);
      text-align: center;
    }
    .timer--over {
      border-color: var(--color-error);
      background: var(--color-error-background);
      color: var(--color-error);
    }
    .timer__label,
    .timer__state {
      margin: 0;
      font-weight: 600;
    }
    .timer__value {
      margin: 0;
      font-size: 3rem;
      font-weight: 700;
      font-variant-numeric: tabular-nums;
      line-height: 1.1;
    }
    .timer__planned {
      font-size: 1.5rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ItemTimer {
  readonly item = input.required<AgendaItemResponse>();
  /** Milliseconds since the epoch; the page ticks it every second. */
  readonly now = input.required<number>();

  private readonly elapsedMs = computed(() => {
    const { startedAt, finishedAt, phase } = this.item();
    if (!startedAt) return 0;
    const end = phase === 'running' || !finishedAt ? this.now() : new Date(finishedAt).getTime();
    return Math.max(0, end - new Date(startedAt).getTime());
  });
  private readonly plannedMs = computed(() => this.item().minutesPlanned * MINUTE_MS);
  protected readonly elapsed = computed(() => formatDuration(this.elapsedMs()));
  protected readonly planned = computed(() => formatDuration(this.plannedMs()));
  readonly over = computed(() => this.item().phase !== 'pending' && this.elapsedMs() > this.plannedMs());
  protected readonly overMinutes = computed(() => Math.ceil((this.elapsedMs() - this.plannedMs()) / MINUTE_MS));
  protected readonly minutesLeft = computed(() => Math.ceil((this.plannedMs() - this.elapsedMs()) / MINUTE_MS));
  protected readonly announcement = signal<{ position: number; minutes: number } | null>(null);
  private announcedFor: string | null = null;

  constructor() {
    // Only the crossing of a running item's time box is announced, once per item.
    effect(() => {
      const item = this.item();
      const over = this.over();
      untracked(() => {
        if (item.phase !== 'running' || !over) {
          if (this.announcedFor !== item.id) this.announcement.set(null);
          return;
        }
        if (this.announcedFor === item.id) return;
        this.announcedFor = item.id;
        this.announcement.set({ position: item.position, minutes: item.minutesPlanned });
      });
    });
  }
}
