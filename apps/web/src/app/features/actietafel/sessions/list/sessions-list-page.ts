import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { SessionSummary, hasRole } from '@sluitend/domain';
import { catchError, map, of, switchMap, tap } from 'rxjs';
import { SessionsApiService, SessionsWhen } from '../../../../core/api/sessions-api.service';
import { AuthService } from '../../../../core/auth/auth.service';
import { UiMessage, errorMessage } from '../../../../core/http/ui-message';
import { AlertMessage } from '../../../../shared/alert-message';
import { ClockTimePipe, SessionDayPipe } from '../shared/session-time';

type ListWhen = Extract<SessionsWhen, 'upcoming' | 'past'>;

/**
 * The sessions the user takes part in (the coordinator and chair: all of their region), upcoming
 * or past. The tabs are links with their own URL (`?when=past`), so the browser's back button works.
 */
@Component({
  selector: 'app-sessions-list-page',
  imports: [RouterLink, TranslocoDirective, AlertMessage, SessionDayPipe, ClockTimePipe],
  templateUrl: './sessions-list-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SessionsListPage {
  private readonly api = inject(SessionsApiService);
  private readonly auth = inject(AuthService);

  /** The query parameter, bound by the router. */
  readonly when = input<string | undefined>(undefined);

  protected readonly tabs: readonly ListWhen[] = ['upcoming', 'past'];
  protected readonly current = computed<ListWhen>(() => (this.when() === 'past' ? 'past' : 'upcoming'));
  protected readonly isCoordinator = computed(() => hasRole(this.auth.roles(), 'actietafel-coordinator'));
  protected readonly sessions = signal<SessionSummary[] | null>(null);
  protected readonly error = signal<UiMessage | null>(null);

  constructor() {
    toObservable(this.current)
      .pipe(
        tap(() => {
          this.sessions.set(null);
          this.error.set(null);
        }),
        switchMap((when) =>
          this.api.list(when).pipe(
            // Upcoming: the first one first; past: the most recent first.
            map((sessions) =>
              [...sessions].sort((a, b) => (when === 'past' ? -1 : 1) * a.startsAt.localeCompare(b.startsAt)),
            ),
            catchError((error: unknown) => {
              this.error.set(errorMessage(error));
              return of([]);
            }),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((sessions) => this.sessions.set(sessions));
  }
}
