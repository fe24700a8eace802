import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  AgendaItemPhase,
  AgendaItemResponse,
  AgreementResponse,
  DecisionResponse,
  InviteeResponse,
  OrganisationResponse,
  SessionResponse,
  mayRecordAttendance,
} from '@sluitend/domain';
import { Observable, Subject, catchError, concatMap, defer, finalize, map, of, switchMap, tap } from 'rxjs';
import { OrganisationsApiService } from '../../../../core/api/organisations-api.service';
import { SessionsApiService } from '../../../../core/api/sessions-api.service';
import { UiMessage, errorMessage } from '../../../../core/http/ui-message';
import { Clock } from '../../../../core/time/clock';
import { AlertMessage } from '../../../../shared/alert-message';
import { ConfirmDialog } from '../../../../shared/confirm-dialog';
import { IsoDatePipe } from '../../../../shared/dates';
import { AttendancePanel } from '../shared/attendance-panel';
import { SESSION_ERROR_TEXTS, itemTitle, sortedAgenda, withAgendaItem, withInvitee } from '../shared/session-model';
import { ClockTimePipe, SessionDayPipe } from '../shared/session-time';
import { AgreementEntry, OwnerOption, ownerValue } from './agreement-entry';
import { DecisionEntry } from './decision-entry';
import { ItemTimer } from './item-timer';

export const SUMMARY_MAX_LENGTH = 8000;

type SaveState = 'idle' | 'dirty' | 'saving' | 'saved' | 'failed';

/** What the main button does for the item on screen. */
type NextAction = 'start' | 'next' | 'finish' | 'view' | 'none';

/**
 * Session mode: one screen for the chair (and the minute-taker) to run the meeting on a projector.
 * The agenda on the left, the current item in the middle with its timer, summary, decisions and
 * agreements, and who is present. Everything works from the keyboard: Alt+N / Alt+P move through
 * the agenda, Alt+E ends the session, Ctrl+S saves the summary.
 */
@Component({
  selector: 'app-session-mode-page',
  imports: [
    RouterLink,
    TranslocoDirective,
    AlertMessage,
    ConfirmDialog,
    AttendancePanel,
    ItemTimer,
    DecisionEntry,
    AgreementEntry,
    SessionDayPipe,
    ClockTimePipe,
    IsoDatePipe,
  ],
  templateUrl: './session-mode-page.html',
  styleUrl: './session-mode-page.css',
  host: { '(document:keydown)': 'onKeydown($event)' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SessionModePage {
  private readonly api = inject(SessionsApiService);
  private readonly router = inject(Router);
  private readonly clock = inject(Clock);
  private readonly destroyRef = inject(DestroyRef);

  /** The route parameter, bound by the router. */
  readonly id = input.required<string>();

  protected readonly session = signal<SessionResponse | null>(null);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<UiMessage | null>(null);
  protected readonly error = signal<UiMessage | null>(null);
  /** Polite announcements: which item is on screen now. */
  protected readonly announcement = signal<UiMessage | null>(null);
  protected readonly confirmingEnd = signal(false);
  protected readonly ending = signal(false);
  protected readonly now = signal(this.clock.now().getTime());
  protected readonly today = signal(this.clock.today());
  private readonly viewedId = signal<string | null>(null);
  /** Summaries typed but not yet saved, per item. */
  private readonly drafts = signal<Readonly<Record<string, string>>>({});
  protected readonly saveState = signal<Readonly<Record<string, SaveState>>>({});
  /** The text being saved per item, so leaving the field and moving on do not save it twice. */
  private readonly inFlight = new Map<string, string>();

  protected readonly agenda = computed(() => sortedAgenda(this.session()));
  protected readonly running = computed(() => this.agenda().find((item) => item.phase === 'running') ?? null);
  /** The item on screen: the one chosen, else the running one, else the first not yet discussed. */
  protected readonly current = computed<AgendaItemResponse | null>(() => {
    const agenda = this.agenda();
    const chosen = agenda.find((item) => item.id === this.viewedId());
    return (
      chosen ?? this.running() ?? agenda.find((item) => item.phase === 'pending') ?? agenda[agenda.length - 1] ?? null
    );
  });
  /** A list of one, so the item's forms are made anew (and empty) for every item. */
  protected readonly currentAsList = computed(() => {
    const current = this.current();
    return current ? [current] : [];
  });
  protected readonly currentIndex = computed(() => {
    const current = this.current();
    return current ? this.agenda().indexOf(current) : -1;
  });
  protected readonly nextAction = computed<NextAction>(() => {
    const current = this.current();
    if (!current) return 'none';
    const index = this.currentIndex();
    const running = this.running();
    const hasFollowing = index < this.agenda().length - 1;
    if (running && index < this.agenda().indexOf(running)) return 'view';
    if (current.phase === 'pending' && !running) return 'start';
    if (current.phase === 'running') return hasFollowing ? 'next' : 'finish';
    return hasFollowing ? 'view' : 'none';
  });
  protected readonly summary = computed(() => {
    const current = this.current();
    if (!current) return '';
    return this.drafts()[current.id] ?? current.summary ?? '';
  });
  protected readonly currentSaveState = computed<SaveState>(() => {
    const current = this.current();
    return current ? (this.saveState()[current.id] ?? 'idle') : 'idle';
  });
  protected readonly canEditAttendance = computed(() => {
    const session = this.session();
    return session ? mayRecordAttendance(session.myPart, session.state) : false;
  });
  private readonly allOrganisations = toSignal(
    inject(OrganisationsApiService)
      .list()
      .pipe(catchError(() => of<OrganisationResponse[]>([]))),
    { initialValue: [] },
  );
  /** The people at the table: the chair, the minute-taker and the invited members. */
  protected readonly ownerPeople = computed<OwnerOption[]>(() => {
    const session = this.session();
    if (!session) return [];
    const people = [
      ...session.invitees.map((invitee) => ({
        id: invitee.userId,
        label: `${invitee.name} (${invitee.organisationName})`,
      })),
      { id: session.chair.userId, label: session.chair.name },
      ...(session.minuteTaker ? [{ id: session.minuteTaker.userId, label: session.minuteTaker.name }] : []),
    ];
    return unique(people).map((person) => ({ value: ownerValue('user', person.id), label: person.label }));
  });
  /** The invitees' organisations first, then the other active organisations. */
  protected readonly ownerOrganisations = computed<OwnerOption[]>(() => {
    const session = this.session();
    const atTable = (session?.invitees ?? []).map((invitee) => ({
      id: invitee.organisationId,
      label: invitee.organisationName,
    }));
    const others = this.allOrganisations()
      .filter((organisation) => organisation.active)
      .map((organisation) => ({ id: organisation.id, label: organisation.name }))
      .sort((a, b) => a.label.localeCompare(b.label, 'nl', { sensitivity: 'base' }));
    return unique([...atTable, ...others]).map((organisation) => ({
      value: ownerValue('organisation', organisation.id),
      label: organisation.label,
    }));
  });
  protected readonly itemTitle = itemTitle;
  protected readonly summaryMax = SUMMARY_MAX_LENGTH;

  private readonly decisionEntry = viewChild(DecisionEntry);
  private readonly agreementEntry = viewChild(AgreementEntry);

  /** Changes to agenda items run one after the other, each with the version the last one left. */
  private readonly changes = new Subject<() => Observable<unknown>>();

  constructor() {
    toObservable(this.id)
      .pipe(
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
    this.changes
      .pipe(
        concatMap((change) =>
          defer(change).pipe(
            catchError((error: unknown) => {
              this.error.set(errorMessage(error, SESSION_ERROR_TEXTS));
              return this.reload();
            }),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe();
    const timer = setInterval(() => {
      this.now.set(this.clock.now().getTime());
      this.today.set(this.clock.today());
    }, 1000);
    this.destroyRef.onDestroy(() => clearInterval(timer));
  }

  protected onKeydown(event: KeyboardEvent): void {
    if (this.confirmingEnd() || !this.session()?.canRecord) return;
    if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
      event.preventDefault();
      this.saveSummary();
      return;
    }
    if (!event.altKey || event.ctrlKey || event.metaKey) return;
    // `code`, not `key`: on a Mac, Alt+N types a character instead of "n".
    const action = { KeyN: () => this.next(), KeyP: () => this.previous(), KeyE: () => this.askEnd() }[event.code];
    if (action) {
      event.preventDefault();
      action();
    }
  }

  /** Alt+N and the main button: start the item, or finish it and start the next, or just look ahead. */
  protected next(): void {
    const current = this.current();
    const action = this.nextAction();
    // Moving on would lose a decision or agreement still being typed; starting or finishing this item would not.
    if (!current || ((action === 'next' || action === 'view') && this.keepsDraft())) return;
    const following = this.agenda()[this.currentIndex() + 1];
    this.saveSummary();
    switch (action) {
      case 'start':
        this.setPhase(current, 'running');
        break;
      case 'next':
        // Starting the next one makes the API mark this one discussed.
        if (following) {
          this.setPhase(following, 'running');
          this.view(following);
        }
        break;
      case 'finish':
        this.setPhase(current, 'discussed');
        break;
      case 'view':
        if (following) this.view(following);
        break;
      case 'none':
        break;
    }
  }

  /** Alt+P: look back at the previous item (e.g. to add a forgotten agreement); its timer stays stopped. */
  protected previous(): void {
    const previous = this.agenda()[this.currentIndex() - 1];
    if (!previous || this.keepsDraft()) return;
    this.saveSummary();
    this.view(previous);
  }

  protected view(item: AgendaItemResponse): void {
    if (item.id === this.current()?.id) return;
    if (this.keepsDraft()) return;
    this.saveSummary();
    this.viewedId.set(item.id);
    this.announcement.set({
      key: 'actietafel.sessionMode.nowShowing',
      params: { position: item.position, count: this.agenda().length, title: itemTitle(item) },
    });
  }

  protected typeSummary(event: Event): void {
    const current = this.current();
    if (!current) return;
    const text = (event.target as HTMLTextAreaElement).value;
    this.drafts.update((drafts) => ({ ...drafts, [current.id]: text }));
    this.markSave(current.id, 'dirty');
  }

  /** On leaving the field, Ctrl+S and before moving on: only when something changed. */
  protected saveSummary(): void {
    const current = this.current();
    if (!current) return;
    const itemId = current.id;
    const draft = this.drafts()[itemId];
    if (draft === undefined || draft === (current.summary ?? '') || this.inFlight.get(itemId) === draft) return;
    this.inFlight.set(itemId, draft);
    this.markSave(itemId, 'saving');
    this.enqueue(() => {
      const latest = this.item(itemId);
      if (!latest) return of(null);
      return this.api.updateAgendaItem(this.id(), itemId, { version: latest.version, summary: draft }).pipe(
        tap((saved) => {
          this.replaceItem(saved);
          this.drafts.update((drafts) => {
            // Typing may have gone on while saving; keep that as the draft.
            if (drafts[itemId] !== draft) return drafts;
            const rest = { ...drafts };
            delete rest[itemId];
            return rest;
          });
          this.markSave(itemId, this.drafts()[itemId] === undefined ? 'saved' : 'dirty');
        }),
        catchError((error: unknown) => {
          this.markSave(itemId, 'failed');
          this.error.set(errorMessage(error, SESSION_ERROR_TEXTS));
          return this.reload();
        }),
        finalize(() => this.inFlight.delete(itemId)),
      );
    });
  }

  protected decisionAdded(item: AgendaItemResponse, decision: DecisionResponse): void {
    this.patchItem(item.id, (latest) => ({ ...latest, decisions: [...latest.decisions, decision] }));
  }

  protected decisionRemoved(item: AgendaItemResponse, decision: DecisionResponse): void {
    this.patchItem(item.id, (latest) => ({
      ...latest,
      decisions: latest.decisions.filter((other) => other.id !== decision.id),
    }));
  }

  protected agreementAdded(item: AgendaItemResponse, agreement: AgreementResponse): void {
    this.patchItem(item.id, (latest) => ({ ...latest, agreements: [...latest.agreements, agreement] }));
  }

  protected agreementRemoved(item: AgendaItemResponse, agreement: AgreementResponse): void {
    this.patchItem(item.id, (latest) => ({
      ...latest,
      agreements: latest.agreements.filter((other) => other.id !== agreement.id),
    }));
  }

  protected attendanceUpdated(invitee: InviteeResponse): void {
    this.session.update((session) => withInvitee(session, invitee));
  }

  protected askEnd(): void {
    if (this.ending() || !this.session()?.availableTransitions.includes('end') || this.keepsDraft()) return;
    this.confirmingEnd.set(true);
  }

  /** Saves what is still typed, ends the session (the API writes the minutes) and opens the minutes. */
  protected end(): void {
    this.confirmingEnd.set(false);
    if (this.ending()) return;
    this.ending.set(true);
    this.error.set(null);
    this.saveSummary();
    this.enqueue(() => {
      const session = this.session();
      if (!session) return of(null);
      return this.api.transition(session.id, { transition: 'end', version: session.version }).pipe(
        tap((ended) => {
          this.session.set(ended);
          void this.router.navigate(['/actietafel/sessions', ended.id, 'minutes']);
        }),
        finalize(() => this.ending.set(false)),
      );
    });
  }

  /**
   * A decision or agreement typed but not yet recorded would be lost by moving on (the forms are
   * made anew per item): say so and put the cursor in it instead.
   */
  private keepsDraft(): boolean {
    const decision = this.decisionEntry();
    const agreement = this.agreementEntry();
    const entry = decision?.hasDraft() ? decision : agreement?.hasDraft() ? agreement : null;
    if (!entry) return false;
    this.error.set({
      key: entry === decision ? 'actietafel.sessionMode.unsavedDecision' : 'actietafel.sessionMode.unsavedAgreement',
    });
    entry.focusDraft();
    return true;
  }

  private setPhase(item: AgendaItemResponse, phase: AgendaItemPhase): void {
    this.enqueue(() => {
      const latest = this.item(item.id);
      if (!latest) return of(null);
      // The API also closes the item that was running: read the agenda again for every version.
      return this.api
        .updateAgendaItem(this.id(), item.id, { version: latest.version, phase })
        .pipe(switchMap(() => this.reload()));
    });
  }

  private enqueue(change: () => Observable<unknown>): void {
    this.changes.next(change);
  }

  private item(itemId: string): AgendaItemResponse | undefined {
    return this.session()?.agenda.find((item) => item.id === itemId);
  }

  private replaceItem(changed: AgendaItemResponse): void {
    this.patchItem(changed.id, () => changed);
  }

  private patchItem(itemId: string, change: (item: AgendaItemResponse) => AgendaItemResponse): void {
    this.session.update((session) => withAgendaItem(session, itemId, change));
  }

  private markSave(itemId: string, state: SaveState): void {
    this.saveState.update((states) => ({ ...states, [itemId]: state }));
  }

  private reload(): Observable<void> {
    return this.api.get(this.id()).pipe(
      tap((session) => this.session.set(session)),
      map(() => undefined),
      catchError(() => of(undefined)),
    );
  }
}

function unique<T extends { id: string }>(entries: readonly T[]): T[] {
  return entries.filter((entry, index) => entries.findIndex((other) => other.id === entry.id) === index);
}
