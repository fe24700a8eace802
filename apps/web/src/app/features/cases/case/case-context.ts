import { Injectable, computed, inject, signal } from '@angular/core';
import { CaseResponse, TeamMemberResponse } from '@sluitend/domain';
import { Observable, tap } from 'rxjs';
import { CaseTeamApiService } from '../../../core/api/case-team-api.service';
import { CasesApiService } from '../../../core/api/cases-api.service';
import { AuthService } from '../../../core/auth/auth.service';

/**
 * The open dossier, shared by the case page and its tabs: provided by the case page, so every
 * tab rendered in its outlet sees the same dossier without loading it again.
 */
@Injectable()
export class CaseContext {
  private readonly casesApi = inject(CasesApiService);
  private readonly teamApi = inject(CaseTeamApiService);
  private readonly auth = inject(AuthService);

  private readonly current = signal<CaseResponse | null>(null);
  private readonly members = signal<TeamMemberResponse[] | null>(null);

  readonly dossier = this.current.asReadonly();
  /** Null until loaded; the plan editor needs it to offer owners. */
  readonly team = this.members.asReadonly();
  /** Only the casusregisseur may change the team; the API checks this as well. */
  readonly isCasusregisseur = computed(() => {
    const userId = this.auth.user()?.id;
    return userId !== undefined && this.current()?.casusregisseur.userId === userId;
  });

  load(id: string): Observable<CaseResponse> {
    // Another case is being opened: never show the previous one's data while loading.
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

  loadTeam(caseId: string): Observable<TeamMemberResponse[]> {
    return this.teamApi.list(caseId).pipe(tap((team) => this.members.set(team)));
  }

  setTeam(team: TeamMemberResponse[]): void {
    this.members.set(team);
  }
}
