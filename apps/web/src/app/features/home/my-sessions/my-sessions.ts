import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { SessionSummary } from '@sluitend/domain';
import { finalize, map } from 'rxjs';
import { SessionsApiService } from '../../../core/api/sessions-api.service';
import { UiMessage, errorMessage } from '../../../core/http/ui-message';
import { AlertMessage } from '../../../shared/alert-message';
import { ClockTimePipe, SessionDayPipe } from '../../actietafel/sessions/shared/session-time';

/** How many upcoming sessions the home page shows; the rest are on the agenda page. */
export const MY_SESSIONS_SHOWN = 3;

/** The next Actietafel sessions the user takes part in, with a way to the whole agenda. */
@Component({
  selector: 'app-my-sessions',
  imports: [RouterLink, TranslocoDirective, AlertMessage, SessionDayPipe, ClockTimePipe],
  templateUrl: './my-sessions.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MySessions {
  protected readonly sessions = signal<SessionSummary[]>([]);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<UiMessage | null>(null);

  constructor() {
    inject(SessionsApiService)
      .list('upcoming')
      .pipe(
        map((sessions) =>
          [...sessions].sort((a, b) => a.startsAt.localeCompare(b.startsAt)).slice(0, MY_SESSIONS_SHOWN),
        ),
        finalize(() => this.loading.set(false)),
        takeUntilDestroyed(),
      )
      .subscribe({
        next: (sessions) => this.sessions.set(sessions),
        error: (error: unknown) => this.loadError.set(errorMessage(error)),
      });
  }
}
