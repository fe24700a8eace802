import { Injectable, computed, inject, signal } from '@angular/core';
import { CaseAccessResponse, CaseResponse, TeamMemberResponse } from '@sluitend/domain';
import { EMPTY, Observable, map, of, switchMap, tap } from 'rxjs';
import { CaseAccessApiService } from '../../../core/api/case-access-api.service';
import { CaseAccessProblems, CaseLead } from '../../../core/api/case-access-problems';
import { CaseTeamApiService } from '../../../core/api/case-team-api.service';
import { CasesApiService } from '../../../core/api/cases-api.service';
import { AuthService } from '../../../core/auth/auth.service';

/** Why the dossier's content is closed to the user, and whom to ask about it. */
export interface ClosedDossier {
  casusregisseur: CaseLead | null;
}

/**
 * The open dossier, shared by the case page and its tabs: provided by the case page, so every
 * tab rendered in its outlet sees the same dossier without loading it again. It also holds what
 * the user may do with the case (GET /cases/{id}/access), which the page loads first.
 */
@Injectable()
export class CaseContext {
  private readonly casesApi = inject(CasesApiService);
  private readonly teamApi = inject(CaseTeamApiService);
  private readonly accessApi = inject(CaseAccessApiService);
  private readonly problems = inject(CaseAccessProblems);
  private readonly auth = inject(AuthService);

  private readonly current = signal<CaseResponse | null>(null);
  private readonly members = signal<TeamMemberResponse[] | null>(null);
  private readonly grant = signal<CaseAccessResponse | null>(null);

  readonly dossier = this.current.asReadonly();
  /** Null until loaded; the plan editor needs it to offer owners. */
  readonly team = this.members.asReadonly();
  /** What the user may do with the case, and on what ground; null until loaded. */
  readonly access = this.grant.asReadonly();
  /** Known before the dossier itself: an existence-only user never gets the dossier. */
  readonly caseId = computed(() => this.grant()?.caseId ?? this.current()?.id ?? null);
  /** Only the casusregisseur may change the team; the API checks this as well. */
  readonly isCasusregisseur = computed(() => {
    const dossier = this.current();
    // The dossier is the newest word after a hand-over; without it (existence-only) the access is.
    if (!dossier) return this.grant()?.isCasusregisseur === true;
    const userId = this.auth.user()?.id;
    return userId !== undefined && dossier.casusregisseur.userId === userId;
  });
  /**
   * Set while the user's organisation lacks consent: the access says existence-only, or any call
   * about this case was refused with `consent-required` (e.g. a consent was withdrawn meanwhile).
   */
  readonly closed = computed<ClosedDossier | null>(() => {
    const access = this.grant();
    const refusal = this.problems.consentRefusal();
    const caseId = this.caseId();
    if (refusal && refusal.caseId === caseId) {
      return { casusregisseur: refusal.casusregisseur ?? access?.casusregisseur ?? null };
    }
    return access?.level === 'existence-only' ? { casusregisseur: access.casusregisseur } : null;
  });
  /** AVG art. 18: the dossier is kept and read, but not changed. */
  readonly restricted = computed(() => this.grant()?.restricted === true || Boolean(this.current()?.restriction));
  /** Break-the-glass: read-only until it expires. */
  readonly emergency = computed(() => this.grant()?.ground === 'break-the-glass');
  /** Every edit control asks this: team members only, never under emergency access or a restriction. */
  readonly canChange = computed(
    () => this.grant()?.canChange === true && !this.restricted() && !this.emergency() && this.closed() === null,
  );
  readonly canManageConsents = computed(() => this.grant()?.canManageConsents === true);
  readonly canViewAccessLog = computed(() => this.grant()?.canViewAccessLog === true);

  /**
   * Loads the access first, then (with full access only) the dossier. A user whose organisation
   * lacks consent never asks for the dossier, so no refused call ends up in the access log.
   */
  open(id: string): Observable<void> {
    // Another case is being opened: never show the previous one's data while loading.
    if (this.caseId() !== id) this.clear();
    this.problems.forget(id);
    return this.accessApi.get(id).pipe(
      tap((access) => this.grant.set(access)),
      switchMap((access) => {
        if (access.level === 'full') return this.casesApi.get(id).pipe(tap((dossier) => this.current.set(dossier)));
        this.current.set(null);
        this.members.set(null);
        return of(null);
      }),
      map(() => undefined),
    );
  }

  /** After a hand-over or a restriction only the access changed, not whether the dossier may be read. */
  refreshAccess(): Observable<CaseAccessResponse> {
    const id = this.caseId();
    if (!id) return EMPTY;
    return this.accessApi.get(id).pipe(tap((access) => this.grant.set(access)));
  }

  /** After a consent, a restriction or a hand-over the access may have changed: ask again. */
  reopen(): Observable<void> {
    const id = this.caseId();
    return id ? this.open(id) : of(undefined);
  }

  load(id: string): Observable<CaseResponse> {
    if (this.current()?.id !== id) {
      this.current.set(null);
      this.members.set(null);
    }
    return this.casesApi.get(id).pipe(tap((dossier) => this.current.set(dossier)));
  }

  /** After a change elsewhere (a save, a hand-over) the newest dossier replaces the shown one. */
  set(dossier: CaseResponse): void {
    this.current.set(dossier);
  }

  setAccess(access: CaseAccessResponse): void {
    this.grant.set(access);
  }

  loadTeam(caseId: string): Observable<TeamMemberResponse[]> {
    return this.teamApi.list(caseId).pipe(tap((team) => this.members.set(team)));
  }

  setTeam(team: TeamMemberResponse[]): void {
    this.members.set(team);
  }

  private clear(): void {
    this.current.set(null);
    this.members.set(null);
    this.grant.set(null);
  }
}
