import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Router } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { NotificationResponse } from '@sluitend/domain';
import { catchError, of } from 'rxjs';
import { NotificationCenter } from '../../../core/notifications/notification-center';
import { DateTimePipe } from '../../../shared/dates';
import { opensInApp } from '../../../core/notifications/opens-in-app';

/**
 * The user's unread notifications ("Meldingen"), shown only when there are any. Following one marks
 * it read and opens its page, where the access rules decide what the user sees. Shares its state
 * with the bell in the header, so both show the same.
 */
@Component({
  selector: 'app-notifications-card',
  imports: [TranslocoDirective, DateTimePipe],
  template: `
    @if (unread().length > 0) {
      <section
        *transloco="let t"
        class="section card"
        aria-labelledby="notifications-title"
        data-testid="notifications"
      >
        <h2 id="notifications-title">{{ t('home.notifications.title') }}</h2>
        <p class="muted">{{ t('home.notifications.count', { count: unread().length }) }}</p>
        <ul class="link-list">
          @for (notification of unread(); track notification.id) {
            <li data-testid="notification">
              <a [href]="notification.link" (click)="open(notification, $event)">{{ notification.title }}</a>
              <span class="muted block">{{ notification.createdAt | dateTime }}</span>
            </li>
          }
        </ul>
      </section>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationsCard {
  private readonly center = inject(NotificationCenter);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly unread = computed(() =>
    (this.center.notifications() ?? []).filter((notification) => notification.readAt === null),
  );

  constructor() {
    this.center
      .load()
      // A home page without its notifications still works; they show up on the next visit.
      .pipe(
        catchError(() => of<NotificationResponse[]>([])),
        takeUntilDestroyed(),
      )
      .subscribe();
  }

  /** Marked read on the way; the page opens whether or not that succeeds. */
  protected open(notification: NotificationResponse, event: MouseEvent): void {
    const navigate = opensInApp(notification.link, event);
    if (navigate) event.preventDefault();
    this.center
      .markRead(notification)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe(() => {
        if (navigate) void this.router.navigateByUrl(notification.link);
      });
  }
}
