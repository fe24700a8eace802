import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { DomainScoreHistory, PlanComparison, ToekomstplanVersionSummary } from '@sluitend/domain';
import { finalize, forkJoin } from 'rxjs';
import { ToekomstplanApiService } from '../../../core/api/toekomstplan-api.service';
import { UiMessage, errorMessage } from '../../../core/http/ui-message';
import { AlertMessage } from '../../../shared/alert-message';
import { DateTimePipe } from '../../../shared/dates';
import { CaseContext } from '../../cases/case/case-context';
import { PlanComparisonView } from '../comparison/plan-comparison-view';
import { ScoreChart } from './score-chart';

/** Every saved version, a side-by-side comparison of any two, and the scores over time. */
@Component({
  selector: 'app-plan-versions-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslocoDirective,
    AlertMessage,
    DateTimePipe,
    PlanComparisonView,
    ScoreChart,
  ],
  templateUrl: './plan-versions-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlanVersionsPage {
  private readonly api = inject(ToekomstplanApiService);
  private readonly context = inject(CaseContext);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly lifeDomains = computed(() => this.context.dossier()?.lifeDomains ?? []);
  protected readonly people = computed(
    () => new Map((this.context.team() ?? []).map((member) => [member.userId, member.name])),
  );
  protected readonly versions = signal<ToekomstplanVersionSummary[]>([]);
  protected readonly history = signal<DomainScoreHistory[]>([]);
  protected readonly loading = signal(true);
  protected readonly error = signal<UiMessage | null>(null);
  protected readonly comparing = signal(false);
  protected readonly compareError = signal<UiMessage | null>(null);
  protected readonly comparison = signal<PlanComparison | null>(null);
  protected readonly choice = inject(NonNullableFormBuilder).group({ from: 0, to: 0 });

  constructor() {
    const caseId = this.caseId();
    if (this.context.team() === null) {
      this.context
        .loadTeam(caseId)
        .pipe(takeUntilDestroyed())
        .subscribe({ error: () => undefined });
    }
    forkJoin({ versions: this.api.versions(caseId), history: this.api.scoreHistory(caseId) })
      .pipe(
        finalize(() => this.loading.set(false)),
        takeUntilDestroyed(),
      )
      .subscribe({
        next: ({ versions, history }) => {
          this.versions.set(versions);
          this.history.set(history);
          // Newest first: by default compare the latest version with the one before it.
          const [newest, previous] = versions;
          if (newest) this.choice.setValue({ from: previous?.number ?? newest.number, to: newest.number });
        },
        error: (error: unknown) => this.error.set(errorMessage(error)),
      });
  }

  protected domainLabel(key: string): string {
    return this.lifeDomains().find((definition) => definition.key === key)?.label ?? key;
  }

  compare(): void {
    if (this.comparing()) return;
    // Whatever order was chosen, the comparison reads from older to newer.
    const { from, to } = this.choice.getRawValue();
    const [older, newer] = from <= to ? [from, to] : [to, from];
    this.comparing.set(true);
    this.compareError.set(null);
    this.api
      .compare(this.caseId(), Number(older), Number(newer))
      .pipe(
        finalize(() => this.comparing.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (comparison) => this.comparison.set(comparison),
        error: (error: unknown) => this.compareError.set(errorMessage(error)),
      });
  }

  private caseId(): string {
    return this.context.dossier()?.id ?? '';
  }
}
