import { Injectable, computed, inject, signal } from '@angular/core';
import { NotificationResponse } from '@sluitend/domain';
import { Observable, catchError, finalize, map, of, tap } from 'rxjs';
import { NotificationsApiService } from '../api/notifications-api.service';
import { AuthService } from '../auth/auth.service';
import { Clock } from '../time/clock';

interface Snapshot {
  /** Whose notifications these are, so the next user to sign in never sees the previous one's. */
  userId: string | null;
  unreadCount: number;
  /** Null until the list was loaded. */
  notifications: NotificationResponse[] | null;
}

const NOTHING: Snapshot = { userId: null, unreadCount: 0, notifications: null };

/**
 * The one place the web app keeps the signed-in user's notifications, so the bell and the home page's
 * card agree: reading one in either place updates both.
 */
@Injectable({ providedIn: 'root' })
export class NotificationCenter {
  private readonly api = inject(NotificationsApiService);
  private readonly auth = inject(AuthService);
  private readonly clock = inject(Clock);

  private readonly state = signal<Snapshot>(NOTHING);
  private readonly mine = computed(() => {
    const state = this.state();
    const userId = this.auth.user()?.id;
    return userId !== undefined && state.userId === userId ? state : NOTHING;
  });

  readonly unreadCount = computed(() => this.mine().unreadCount);
  readonly notifications = computed(() => this.mine().notifications);

  private counting = false;
  private countAgain = false;

  /**
   * Asks the API for the unread count. A count already on its way is fresh enough for a poll or a
   * navigation, so no second request is made; see refreshAfterChange for why a change differs.
   */
  refreshCount(): void {
    const userId = this.auth.user()?.id;
    if (userId === undefined || this.counting) return;
    this.counting = true;
    this.api
      .summary()
      .pipe(
        // A failed poll keeps the last count; the next poll tries again.
        catchError(() => of(null)),
        finalize(() => {
          this.counting = false;
          if (this.countAgain) {
            this.countAgain = false;
            this.refreshCount();
          }
        }),
      )
      .subscribe((summary) => {
        if (summary) this.patch(userId, () => ({ unreadCount: summary.unreadCount }));
      });
  }

  /** Loads the newest notifications; errors reach the caller, which decides what to show. */
  load(): Observable<NotificationResponse[]> {
    const userId = this.auth.user()?.id;
    return this.api.list().pipe(
      tap((notifications) => {
        if (userId !== undefined) this.patch(userId, () => ({ notifications }));
      }),
    );
  }

  /**
   * Marks one read. Never fails: the user is on the way to its page, and a notification that
   * keeps nagging after being followed is worse than a read mark the server missed (the next
   * load shows the server's truth).
   */
  markRead(notification: NotificationResponse): Observable<void> {
    const userId = this.auth.user()?.id;
    return this.api.markRead(notification.id).pipe(
      catchError(() => of(null)),
      map((read) => {
        if (userId === undefined) return;
        const readAt = read?.readAt ?? this.clock.now().toISOString();
        this.patch(userId, (state) => ({
          unreadCount:
            notification.readAt === null && this.isUnreadIn(state, notification.id)
              ? Math.max(0, state.unreadCount - 1)
              : state.unreadCount,
          notifications:
            state.notifications?.map((other) =>
              other.id === notification.id ? { ...other, readAt: other.readAt ?? readAt } : other,
            ) ?? null,
        }));
        this.refreshAfterChange();
      }),
    );
  }

  /** Errors reach the caller, so the user learns the marks were not saved. */
  markAllRead(): Observable<void> {
    const userId = this.auth.user()?.id;
    return this.api.markAllRead().pipe(
      map((summary) => {
        if (userId === undefined) return;
        const readAt = this.clock.now().toISOString();
        this.patch(userId, (state) => ({
          unreadCount: summary.unreadCount,
          notifications:
            state.notifications?.map((notification) => ({ ...notification, readAt: notification.readAt ?? readAt })) ??
            null,
        }));
      }),
    );
  }

  /**
   * A count that was requested before a change may predate it, so after a change one more is
   * always asked for, after the one in flight.
   */
  private refreshAfterChange(): void {
    if (this.counting) {
      this.countAgain = true;
      return;
    }
    this.refreshCount();
  }

  // A notification not in the loaded list (the list is capped) is assumed unread as the caller saw it.
  private isUnreadIn(state: Snapshot, id: string): boolean {
    const known = state.notifications?.find((notification) => notification.id === id);
    return known === undefined || known.readAt === null;
  }

  /** An answer that arrives after another user signed in is dropped. */
  private patch(userId: string, change: (state: Snapshot) => Partial<Snapshot>): void {
    if (this.auth.user()?.id !== userId) return;
    this.state.update((state) => {
      const current = state.userId === userId ? state : { ...NOTHING, userId };
      return { ...current, ...change(current) };
    });
  }
}
