import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { TranslocoDirective } from '@jsverse/transloco';
import { DEFAULT_RETENTION_YEARS, RETENTION_KINDS, RetentionRunResponse } from '@sluitend/domain';
import { finalize } from 'rxjs';
import { PrivacyApiService } from '../../../core/api/privacy-api.service';
import { UiMessage, errorMessage } from '../../../core/http/ui-message';
import { AlertMessage } from '../../../shared/alert-message';
import { ConfirmDialog } from '../../../shared/confirm-dialog';
import { DateTimePipe, IsoDatePipe } from '../../../shared/dates';
import { focusPageHeading } from '../focus-page-heading';

/**
 * The retention terms and applying them. A trial run (dryRun) shows per kind what would go;
 * the real run deletes for good, so it asks for confirmation first.
 */
@Component({
  selector: 'app-retention-page',
  imports: [TranslocoDirective, AlertMessage, ConfirmDialog, DateTimePipe, IsoDatePipe],
  templateUrl: './retention-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RetentionPage {
  private readonly api = inject(PrivacyApiService);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly terms = RETENTION_KINDS.map((kind) => ({ kind, years: DEFAULT_RETENTION_YEARS[kind] }));
  protected readonly caseFileYears = DEFAULT_RETENTION_YEARS['case-file'];
  protected readonly busy = signal<'dry-run' | 'run' | null>(null);
  protected readonly confirming = signal(false);
  protected readonly run = signal<RetentionRunResponse | null>(null);
  protected readonly status = signal<UiMessage | null>(null);
  protected readonly error = signal<UiMessage | null>(null);

  constructor() {
    focusPageHeading();
  }

  protected dryRun(): void {
    this.start(true);
  }

  protected askToRun(): void {
    if (this.busy()) return;
    this.confirming.set(true);
  }

  protected confirmRun(): void {
    this.confirming.set(false);
    this.start(false);
  }

  private start(dryRun: boolean): void {
    // The buttons stay enabled while busy (disabling them would drop keyboard focus), so guard here.
    if (this.busy()) return;
    this.busy.set(dryRun ? 'dry-run' : 'run');
    this.status.set(null);
    this.error.set(null);
    this.api
      .runRetention({ dryRun })
      .pipe(
        finalize(() => this.busy.set(null)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (run) => {
          this.run.set(run);
          this.status.set({
            key: run.dryRun ? 'privacy.officer.retention.dryRunDone' : 'privacy.officer.retention.runDone',
          });
        },
        error: (error: unknown) => this.error.set(errorMessage(error)),
      });
  }
}
