import { DOCUMENT, computed, effect, inject, signal, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router } from '@angular/router';
import { filter, fromEvent } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { NotificationCenter } from './notification-center';

export const UNREAD_POLL_INTERVAL_MS = 60_000;

/**
 * Keeps the unread count fresh while someone can see it: at once, every minute and after every
 * navigation while the tab is visible and a user is signed in. A hidden tab or a signed-out user
 * costs the API nothing. Call from a component's constructor; it stops with the component.
 */
export function pollUnreadCount(): void {
  const center = inject(NotificationCenter);
  const auth = inject(AuthService);
  const document = inject(DOCUMENT);
  const visible = signal(document.visibilityState === 'visible');
  const active = computed(() => auth.isSignedIn() && visible());

  fromEvent(document, 'visibilitychange')
    .pipe(takeUntilDestroyed())
    .subscribe(() => visible.set(document.visibilityState === 'visible'));

  effect((onCleanup) => {
    if (!active()) return;
    // Becoming visible again (or signing in) shows the current count straight away, not a minute later.
    untracked(() => center.refreshCount());
    const timer = setInterval(() => center.refreshCount(), UNREAD_POLL_INTERVAL_MS);
    onCleanup(() => clearInterval(timer));
  });

  inject(Router)
    .events.pipe(
      filter((event) => event instanceof NavigationEnd),
      takeUntilDestroyed(),
    )
    .subscribe(() => {
      if (active()) center.refreshCount();
    });
}
