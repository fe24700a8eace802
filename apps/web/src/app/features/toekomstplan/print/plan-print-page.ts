import { ChangeDetectionStrategy, Component, DOCUMENT, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  API_BASE_PATH,
  CaseResponse,
  DomainAssessment,
  PLAIN_ACTION_STATUS,
  PLAIN_CARRIER,
  PLAIN_CHECKLIST_STATUS,
  PLAIN_HEADINGS,
  PLAIN_SCORE,
  TRANSITION_TOPIC_LABELS,
  TeamMemberResponse,
  ToekomstplanVersionResponse,
  daysUntilEighteenth,
  plainDate,
} from '@sluitend/domain';
import { catchError, finalize, forkJoin, of, switchMap, tap } from 'rxjs';
import { CaseTeamApiService } from '../../../core/api/case-team-api.service';
import { CasesApiService } from '../../../core/api/cases-api.service';
import { PLAN_NOT_STARTED, ToekomstplanApiService } from '../../../core/api/toekomstplan-api.service';
import { problemCode } from '../../../core/http/problem';
import { UiMessage, errorMessage } from '../../../core/http/ui-message';
import { Clock } from '../../../core/time/clock';
import { AlertMessage } from '../../../shared/alert-message';

interface PrintData {
  dossier: CaseResponse;
  plan: ToekomstplanVersionResponse;
  team: TeamMemberResponse[];
}

/**
 * The plan for the jongere, in plain Dutch at B1 level, with the same wording as the PDF the API
 * makes (both use PLAIN_* from libs/domain). Printing uses the browser, which can also save a PDF.
 */
@Component({
  selector: 'app-plan-print-page',
  imports: [RouterLink, TranslocoDirective, AlertMessage],
  templateUrl: './plan-print-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlanPrintPage {
  private readonly casesApi = inject(CasesApiService);
  private readonly planApi = inject(ToekomstplanApiService);
  private readonly teamApi = inject(CaseTeamApiService);
  private readonly clock = inject(Clock);
  private readonly document = inject(DOCUMENT);

  /** The route parameter, bound by the router. */
  readonly id = input.required<string>();

  protected readonly headings = PLAIN_HEADINGS;
  protected readonly myFutureFields = [
    { key: 'whatIWant', heading: PLAIN_HEADINGS.whatIWant },
    { key: 'whatIAmGoodAt', heading: PLAIN_HEADINGS.whatIAmGoodAt },
    { key: 'whoHelpsMe', heading: PLAIN_HEADINGS.whoHelpsMe },
  ] as const;
  protected readonly plainScore = PLAIN_SCORE;
  protected readonly plainCarrier = PLAIN_CARRIER;
  protected readonly plainActionStatus = PLAIN_ACTION_STATUS;
  protected readonly plainChecklistStatus = PLAIN_CHECKLIST_STATUS;
  protected readonly topicLabels = TRANSITION_TOPIC_LABELS;
  protected readonly data = signal<PrintData | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<UiMessage | null>(null);
  protected readonly pdfUrl = computed(
    () => `${API_BASE_PATH}/cases/${encodeURIComponent(this.id())}/toekomstplan/pdf`,
  );
  protected readonly domains = computed(() => {
    const data = this.data();
    return data ? data.plan.content.domains.filter((domain) => !isEmpty(domain)) : [];
  });
  protected readonly daysLeft = computed(() => {
    const data = this.data();
    if (!data || data.plan.content.transitionChecklist.length === 0) return null;
    const days = daysUntilEighteenth(data.dossier.dateOfBirth, this.clock.today());
    return days >= 0 ? PLAIN_HEADINGS.daysLeft.replace('{days}', String(days)) : null;
  });

  constructor() {
    toObservable(this.id)
      .pipe(
        tap(() => this.loading.set(true)),
        switchMap((id) =>
          forkJoin({
            dossier: this.casesApi.get(id),
            plan: this.planApi.current(id),
            team: this.teamApi.list(id).pipe(catchError(() => of<TeamMemberResponse[]>([]))),
          }).pipe(
            catchError((error: unknown) => {
              this.error.set(
                problemCode(error) === PLAN_NOT_STARTED ? { key: 'print.notStarted' } : errorMessage(error),
              );
              return of(null);
            }),
            finalize(() => this.loading.set(false)),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((data) => this.data.set(data));
  }

  protected print(): void {
    this.document.defaultView?.print();
  }

  protected date(isoDate: string | null): string {
    return isoDate ? plainDate(isoDate.slice(0, 10)) : PLAIN_HEADINGS.noDate;
  }

  protected domainLabel(key: string): string {
    return this.data()?.dossier.lifeDomains.find((definition) => definition.key === key)?.label ?? key;
  }

  /** Null when the person is not on the team (any more); the template then says "someone from the team". */
  protected ownerName(userId: string | null): string | null | undefined {
    if (!userId) return undefined;
    return this.data()?.team.find((member) => member.userId === userId)?.name ?? null;
  }
}

function isEmpty(domain: DomainAssessment): boolean {
  return !domain.situation.trim() && !domain.wish.trim() && domain.score === null && domain.goals.length === 0;
}
