import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  AgendaItemResponse,
  InviteeResponse,
  SESSION_TRANSITIONS,
  SessionResponse,
  SessionTransition,
  mayChangePlanning,
  mayRecordAttendance,
} from '@sluitend/domain';
import { Observable, catchError, finalize, map, of, switchMap, tap } from 'rxjs';
import { SessionsApiService } from '../../../../core/api/sessions-api.service';
import { UiMessage, errorMessage } from '../../../../core/http/ui-message';
import { AlertMessage } from '../../../../shared/alert-message';
import { ConfirmDialog } from '../../../../shared/confirm-dialog';
import { DateTimePipe } from '../../../../shared/dates';
import { AttendancePanel } from '../shared/attendance-panel';
import { PlanVersionDialog } from '../shared/plan-version-dialog';
import { SESSION_ERROR_TEXTS, itemTitle, sortedAgenda, withAgendaItem, withInvitee } from '../shared/session-model';
import { ClockTimePipe, SessionDayPipe, plannedStarts } from '../shared/session-time';
import { AgendaItemCard } from './agenda-item-card';

/** Transitions that cannot be undone ask first. */
const CONFIRMED: ReadonlySet<SessionTransition> = new Set(['end', 'cancel']);

/** Why the viewer sees only the outline of the agenda. */
type OutlineReason = 'not-sent' | 'window-closed' | 'cancelled';

/**
 * One session: when and where, who is invited and who came, and the agenda. What the viewer sees
 * of the cases and may do comes from the API (`contentAccess`, `availableTransitions`, `canRecord`).
 */
@Component({
  selector: 'app-session-page',
  imports: [
    RouterLink,
    TranslocoDirective,
    AlertMessage,
    ConfirmDialog,
    AttendancePanel,
    AgendaItemCard,
    PlanVersionDialog,
    SessionDayPipe,
    ClockTimePipe,
    DateTimePipe,
  ],
  templateUrl: './session-page.html',
  styleUrl: '../shared/sessions.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SessionPage {
  private readonly api = inject(SessionsApiService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);

  /** The route parameter, bound by the router. */
  readonly id = input.required<string>();

  protected readonly session = signal<SessionResponse | null>(null);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<UiMessage | null>(null);
  protected readonly error = signal<UiMessage | null>(null);
  protected readonly status = signal<UiMessage | null>(null);
  protected readonly busy = signal(false);
  protected readonly confirming = signal<SessionTransition | null>(null);
  protected readonly planFor = signal<AgendaItemResponse | null>(null);

  protected readonly agenda = computed(() => sortedAgenda(this.session()));
  /** Each item with the time it is planned to begin. */
  protected readonly rows = computed(() => {
    const session = this.session();
    const agenda = this.agenda();
    const starts = session ? plannedStarts(session.startsAt, agenda) : [];
    return agenda.map((item, index) => ({ item, start: starts[index] ?? session?.startsAt ?? '' }));
  });
  protected readonly transitions = computed(() => {
    const available = this.session()?.availableTransitions ?? [];
    return SESSION_TRANSITIONS.filter((transition) => available.includes(transition));
  });
  protected readonly canChangePlanning = computed(() => {
    const session = this.session();
    return session ? mayChangePlanning(session.myPart, session.state) : false;
  });
  protected readonly canEditAttendance = computed(() => {
    const session = this.session();
    return session ? mayRecordAttendance(session.myPart, session.state) : false;
  });
  protected readonly canRun = computed(() => {
    const session = this.session();
    return session?.state === 'in-progress' && session.canRecord;
  });
  protected readonly outlineReason = computed<OutlineReason | null>(() => {
    const session = this.session();
    if (!session || session.contentAccess === 'full') return null;
    if (session.state === 'cancelled') return 'cancelled';
    if (session.viewWindow.from === null) return 'not-sent';
    return 'window-closed';
  });
  protected readonly totalMinutes = computed(() => this.agenda().reduce((sum, item) => sum + item.minutesPlanned, 0));

  constructor() {
    toObservable(this.id)
      .pipe(
        tap(() => {
          this.loading.set(true);
          this.loadError.set(null);
        }),
        switchMap((id) =>
          this.api.get(id).pipe(
            catchError((error: unknown) => {
              this.loadError.set(errorMessage(error, { 404: 'actietafel.sessions.detail.notFound' }));
              return of(null);
            }),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((session) => {
        this.loading.set(false);
        this.session.set(session);
      });
  }

  protected ask(transition: SessionTransition): void {
    if (this.busy()) return;
    if (CONFIRMED.has(transition)) {
      this.confirming.set(transition);
    } else {
      this.take(transition);
    }
  }

  protected confirm(): void {
    const transition = this.confirming();
    this.confirming.set(null);
    if (transition) this.take(transition);
  }

  private take(transition: SessionTransition): void {
    const session = this.session();
    if (!session || this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    this.status.set(null);
    this.api
      .transition(session.id, { transition, version: session.version })
      .pipe(
        finalize(() => this.busy.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (changed) => {
          this.session.set(changed);
          this.status.set({ key: `actietafel.sessions.detail.done.${transition}` });
        },
        error: (error: unknown) => {
          this.error.set(errorMessage(error, SESSION_ERROR_TEXTS));
          // Someone else acted first: show what is true now.
          this.reload().subscribe();
        },
      });
  }

  protected move(item: AgendaItemResponse, delta: -1 | 1): void {
    const session = this.session();
    if (!session || this.busy()) return;
    const position = item.position + delta;
    this.busy.set(true);
    this.error.set(null);
    this.api
      .updateAgendaItem(session.id, item.id, { version: item.version, position })
      .pipe(
        // The API renumbers the other items: read the whole agenda again.
        switchMap(() => this.reload()),
        finalize(() => this.busy.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: () => {
          this.status.set({ key: 'actietafel.sessions.agenda.moved', params: { position } });
          const button = delta < 0 ? 'up' : 'down';
          afterNextRender(
            () => {
              const target = this.host.nativeElement.querySelector<HTMLElement>(`#agenda-item-${item.id}-${button}`);
              // At the top or bottom that button is disabled; the other one keeps focus on the item.
              const other = this.host.nativeElement.querySelector<HTMLElement>(
                `#agenda-item-${item.id}-${button === 'up' ? 'down' : 'up'}`,
              );
              (target?.getAttribute('aria-disabled') === 'true' ? other : target)?.focus();
            },
            { injector: this.injector },
          );
        },
        error: (error: unknown) => {
          this.error.set(errorMessage(error, SESSION_ERROR_TEXTS));
          this.reload().subscribe();
        },
      });
  }

  protected changeMinutes(item: AgendaItemResponse, minutesPlanned: number): void {
    const session = this.session();
    if (!session) return;
    this.error.set(null);
    this.api
      .updateAgendaItem(session.id, item.id, { version: item.version, minutesPlanned })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (changed) => {
          this.replaceItem(changed);
          this.status.set({
            key: 'actietafel.sessions.agenda.minutesChanged',
            params: { position: changed.position, minutes: changed.minutesPlanned },
          });
        },
        error: (error: unknown) => {
          this.error.set(errorMessage(error, SESSION_ERROR_TEXTS));
          this.reload().subscribe();
        },
      });
  }

  protected attendanceUpdated(invitee: InviteeResponse): void {
    this.session.update((session) => withInvitee(session, invitee));
  }

  protected readonly itemTitle = itemTitle;

  private replaceItem(changed: AgendaItemResponse): void {
    this.session.update((session) => withAgendaItem(session, changed.id, () => changed));
  }

  private reload(): Observable<void> {
    return this.api.get(this.id()).pipe(
      tap((session) => this.session.set(session)),
      map(() => undefined),
      catchError(() => of(undefined)),
    );
  }
}
