import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { TranslocoDirective } from '@jsverse/transloco';
import { TimelineEntry } from '@sluitend/domain';
import { CasesApiService } from '../../../../core/api/cases-api.service';
import { UiMessage, errorMessage } from '../../../../core/http/ui-message';
import { AlertMessage } from '../../../../shared/alert-message';
import { DateTimePipe } from '../../../../shared/dates';
import { CaseContext } from '../case-context';
import { timelineKindKey } from './timeline-kind';

/** Everything that happened to the dossier and its plan, newest first. */
@Component({
  selector: 'app-timeline-tab',
  imports: [TranslocoDirective, AlertMessage, DateTimePipe],
  template: `
    <section *transloco="let t" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{{ t('cases.timeline.title') }}</h2>
      @if (loading()) {
        <p class="muted" role="status">{{ t('common.loading') }}</p>
      } @else if (error(); as problem) {
        <app-alert-message [message]="problem" />
      } @else if (entries().length === 0) {
        <p class="empty-state">{{ t('cases.timeline.empty') }}</p>
      } @else {
        <ol class="timeline" data-testid="timeline">
          @for (entry of entries(); track entry.id) {
            <li class="timeline__entry">
              <p class="timeline__meta">
                <time [attr.datetime]="entry.at">{{ entry.at | dateTime }}</time>
                <span>{{ entry.actor?.name ?? t('cases.timeline.system') }}</span>
              </p>
              <p class="timeline__kind">{{ t(kindKey(entry.kind)) }}</p>
              <p class="timeline__summary" lang="nl">{{ entry.summary }}</p>
            </li>
          }
        </ol>
      }
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TimelineTab {
  private readonly api = inject(CasesApiService);
  private readonly context = inject(CaseContext);

  protected readonly entries = signal<TimelineEntry[]>([]);
  protected readonly loading = signal(true);
  protected readonly error = signal<UiMessage | null>(null);
  protected readonly kindKey = timelineKindKey;

  constructor() {
    const dossier = this.context.dossier();
    if (!dossier) return;
    this.api
      .timeline(dossier.id)
      .pipe(takeUntilDestroyed())
      .subscribe({
        next: (entries) => {
          this.entries.set(entries);
          this.loading.set(false);
        },
        error: (error: unknown) => {
          this.error.set(errorMessage(error));
          this.loading.set(false);
        },
      });
  }
}
