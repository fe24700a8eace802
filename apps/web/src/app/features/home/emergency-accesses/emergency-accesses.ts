import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { EmergencyAccessResponse } from '@sluitend/domain';
import { finalize } from 'rxjs';
import { EmergencyAccessApiService } from '../../../core/api/emergency-access-api.service';
import { MessageParams, UiMessage, errorMessage } from '../../../core/http/ui-message';
import { AlertMessage } from '../../../shared/alert-message';
import { DateTimePipe, formatDateTime } from '../../../shared/dates';

/**
 * Emergency access (break-the-glass) of the last 30 days: to the cases the professional leads,
 * and their own. Shown only when there is any, so an ordinary home page stays calm.
 */
@Component({
  selector: 'app-emergency-accesses',
  imports: [RouterLink, TranslocoDirective, AlertMessage, DateTimePipe],
  templateUrl: './emergency-accesses.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EmergencyAccesses {
  private readonly api = inject(EmergencyAccessApiService);

  protected readonly accesses = signal<EmergencyAccessResponse[]>([]);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<UiMessage | null>(null);

  constructor() {
    this.api
      .list()
      .pipe(
        finalize(() => this.loading.set(false)),
        takeUntilDestroyed(),
      )
      .subscribe({
        next: (accesses) => this.accesses.set(accesses),
        // Not knowing is not the same as "none": say that the list could not be loaded.
        error: (error: unknown) => this.loadError.set(errorMessage(error)),
      });
  }

  /** Every row links to a case; the hidden context tells the links apart in a screen reader's list of links. */
  protected linkContext(access: EmergencyAccessResponse): MessageParams {
    return { name: access.user.name, at: formatDateTime(access.grantedAt) };
  }
}
