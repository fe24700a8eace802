import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { filter } from 'rxjs';
import { NotificationCenter } from '../core/notifications/notification-center';
import { pollUnreadCount } from '../core/notifications/poll-unread-count';
import { NotificationPanel } from './notification-panel';

/** Above this the badge stops counting; the button's name still says the exact number. */
export const BADGE_MAX = 99;

export function badgeText(count: number): string {
  return count > BADGE_MAX ? `${BADGE_MAX}+` : String(count);
}

/**
 * The bell in the header: the unread count, and a popover with the newest notifications.
 * Escape closes it and returns focus to the bell; a click or focus outside closes it too.
 */
@Component({
  selector: 'app-notification-bell',
  imports: [TranslocoDirective, NotificationPanel],
  template: `
    <ng-container *transloco="let t">
      <button
        #bell
        type="button"
        class="bell"
        aria-haspopup="dialog"
        [attr.aria-expanded]="open()"
        [attr.aria-controls]="open() ? panelId : null"
        [attr.aria-label]="
          count() > 0 ? t('notifications.bell.labelUnread', { count: count() }) : t('notifications.bell.label')
        "
        (click)="toggle()"
        data-testid="notification-bell"
      >
        <svg class="bell__icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
          <path
            fill="currentColor"
            d="M12 22c1.1 0 2-.9 2-2h-4c0 1.1.9 2 2 2zm6-6v-5c0-3.07-1.64-5.64-4.5-6.32V4c0-.83-.67-1.5-1.5-1.5s-1.5.67-1.5 1.5v.68C7.63 5.36 6 7.92 6 11v5l-2 2v1h16v-1l-2-2z"
          />
        </svg>
        @if (count() > 0) {
          <span class="bell__badge" aria-hidden="true" data-testid="notification-badge">{{ badge() }}</span>
        }
      </button>
      @if (open()) {
        <app-notification-panel [panelId]="panelId" (followed)="close(false)" />
      }
    </ng-container>
  `,
  styles: `
    :host {
      position: relative;
      display: inline-block;
    }
    .bell {
      position: relative;
      display: inline-flex;
      align-items: center;
      justify-content: center;
      width: 2.75rem;
      height: 2.75rem;
      padding: 0;
      border: 1px solid var(--color-border-strong);
      border-radius: var(--radius);
      background: var(--color-surface);
      color: var(--color-primary);
      cursor: pointer;
    }
    .bell:hover,
    .bell[aria-expanded='true'] {
      background: var(--color-info-background);
    }
    .bell__badge {
      position: absolute;
      top: -0.5rem;
      right: -0.5rem;
      min-width: 1.375rem;
      padding: 0 0.3125rem;
      border: 2px solid var(--color-surface);
      border-radius: 999px;
      background: var(--color-error);
      color: var(--color-on-primary);
      font-size: 0.75rem;
      font-weight: 700;
      line-height: 1.125rem;
      text-align: center;
    }
  `,
  host: {
    '(document:click)': 'closeOnClickOutside($event)',
    '(focusout)': 'closeOnFocusLeaving($event)',
    '(keydown.escape)': 'closeOnEscape()',
  },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationBell {
  private readonly center = inject(NotificationCenter);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly bell = viewChild.required<ElementRef<HTMLButtonElement>>('bell');

  protected readonly panelId = 'notification-panel';
  protected readonly count = this.center.unreadCount;
  protected readonly badge = computed(() => badgeText(this.count()));
  protected readonly open = signal(false);

  constructor() {
    pollUnreadCount();
    // Whatever page opens next (a followed notification, the settings page), the popover has done its job.
    inject(Router)
      .events.pipe(
        filter((event) => event instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.close(false));
  }

  protected toggle(): void {
    if (this.open()) this.close(true);
    else this.open.set(true);
  }

  /** Focus goes back to the bell only when it was in the panel; a click elsewhere keeps its own focus. */
  protected close(returnFocus: boolean): void {
    if (!this.open()) return;
    this.open.set(false);
    if (returnFocus) this.bell().nativeElement.focus();
  }

  protected closeOnEscape(): void {
    this.close(true);
  }

  protected closeOnClickOutside(event: MouseEvent): void {
    if (!this.contains(event.target)) this.close(false);
  }

  protected closeOnFocusLeaving(event: FocusEvent): void {
    // Null when focus leaves the window or goes to nothing focusable: the click handler decides then.
    if (event.relatedTarget !== null && !this.contains(event.relatedTarget)) this.close(false);
  }

  // A clicked element that is gone (a followed link whose panel closed) is no longer in the host either.
  private contains(target: EventTarget | null): boolean {
    return target instanceof Node && this.host.nativeElement.contains(target);
  }
}
