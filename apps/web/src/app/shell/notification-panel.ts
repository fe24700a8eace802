import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { NotificationResponse } from '@sluitend/domain';
import { finalize } from 'rxjs';
import { UiMessage, errorMessage } from '../core/http/ui-message';
import { LanguageService } from '../core/i18n/language.service';
import { NotificationCenter } from '../core/notifications/notification-center';
import { Clock } from '../core/time/clock';
import { AlertMessage } from '../shared/alert-message';
import { relativeTime } from '../shared/relative-time';
import { opensInApp } from '../core/notifications/opens-in-app';

export const NOTIFICATION_SETTINGS_PATH = '/settings/notifications';

/**
 * The popover of the bell: the newest notifications, each a link to its page. A non-modal dialog:
 * focus moves into it when it opens, the bell decides when it closes.
 */
@Component({
  selector: 'app-notification-panel',
  imports: [TranslocoDirective, RouterLink, AlertMessage],
  templateUrl: './notification-panel.html',
  styleUrl: './notification-panel.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationPanel {
  private readonly center = inject(NotificationCenter);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);
  private readonly language = inject(LanguageService).active;
  // Fixed while the panel is open, so the times do not shift under the reader.
  private readonly now = inject(Clock).now();

  readonly panelId = input.required<string>();
  /** A notification was followed: its page is open, the panel can go. */
  readonly followed = output<void>();

  protected readonly settingsPath = NOTIFICATION_SETTINGS_PATH;
  protected readonly notifications = this.center.notifications;
  protected readonly hasUnread = computed(
    () =>
      this.center.unreadCount() > 0 ||
      (this.notifications() ?? []).some((notification) => notification.readAt === null),
  );
  protected readonly loading = signal(true);
  protected readonly busy = signal(false);
  protected readonly status = signal<UiMessage | null>(null);
  protected readonly error = signal<UiMessage | null>(null);

  private readonly dialog = viewChild.required<ElementRef<HTMLElement>>('dialog');

  constructor() {
    afterNextRender(() => this.dialog().nativeElement.focus());
    this.center.refreshCount();
    this.center
      .load()
      .pipe(
        finalize(() => this.loading.set(false)),
        takeUntilDestroyed(),
      )
      .subscribe({ error: () => this.error.set({ key: 'notifications.panel.loadFailed' }) });
  }

  protected when(timestamp: string): string {
    return relativeTime(timestamp, this.now, this.language());
  }

  protected metaId(notification: NotificationResponse): string {
    return `${this.panelId()}-meta-${notification.id}`;
  }

  /** Marked read on the way; the page opens whether or not that succeeds. */
  protected follow(notification: NotificationResponse, event: MouseEvent): void {
    const navigate = opensInApp(notification.link, event);
    if (navigate) event.preventDefault();
    this.center
      .markRead(notification)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe(() => {
        if (navigate) void this.router.navigateByUrl(notification.link).then(() => this.followed.emit());
      });
  }

  protected readAll(): void {
    // The button stays enabled while busy (disabling it would drop keyboard focus), so guard here.
    if (this.busy() || !this.hasUnread()) return;
    this.busy.set(true);
    this.status.set(null);
    this.error.set(null);
    this.center
      .markAllRead()
      .pipe(
        finalize(() => this.busy.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: () => this.status.set({ key: 'notifications.panel.readAllDone' }),
        error: (error: unknown) => this.error.set(errorMessage(error)),
      });
  }
}
