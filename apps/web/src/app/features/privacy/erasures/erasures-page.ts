import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { TranslocoDirective } from '@jsverse/transloco';
import { ErasureRecordResponse } from '@sluitend/domain';
import { finalize } from 'rxjs';
import { PrivacyApiService } from '../../../core/api/privacy-api.service';
import { UiMessage, errorMessage } from '../../../core/http/ui-message';
import { AlertMessage } from '../../../shared/alert-message';
import { DateTimePipe } from '../../../shared/dates';
import { focusPageHeading } from '../focus-page-heading';

/** What is left of an erased case: that it was erased, why, by whom and when. Newest first, as the API sends them. */
@Component({
  selector: 'app-erasures-page',
  imports: [TranslocoDirective, AlertMessage, DateTimePipe],
  templateUrl: './erasures-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ErasuresPage {
  private readonly api = inject(PrivacyApiService);

  protected readonly records = signal<ErasureRecordResponse[]>([]);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<UiMessage | null>(null);

  constructor() {
    focusPageHeading();
    this.api
      .erasureRecords()
      .pipe(
        finalize(() => this.loading.set(false)),
        takeUntilDestroyed(),
      )
      .subscribe({
        next: (records) => this.records.set(records),
        error: (error: unknown) => this.loadError.set(errorMessage(error)),
      });
  }
}
