import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { TranslocoDirective } from '@jsverse/transloco';
import { ConsentResponse, ConsentStatus, consentStatus } from '@sluitend/domain';
import { finalize } from 'rxjs';
import { ConsentsApiService } from '../../../../core/api/consents-api.service';
import { problemCode } from '../../../../core/http/problem';
import { UiMessage, errorMessage } from '../../../../core/http/ui-message';
import { Clock } from '../../../../core/time/clock';
import { AlertMessage } from '../../../../shared/alert-message';
import { DateTimePipe, IsoDatePipe } from '../../../../shared/dates';
import { ReasonDialog } from '../../shared/reason-dialog';
import { CaseContext } from '../case-context';
import { ConsentForm } from './consent-form';

const STATUS_BADGES: Readonly<Record<ConsentStatus, string>> = {
  active: 'badge',
  'not-yet-valid': 'badge badge--warning',
  expired: 'badge badge--inactive',
  withdrawn: 'badge badge--inactive',
};

/**
 * The consents and legal grounds the sharing of this dossier rests on, newest first. The
 * casusregisseur (also while the dossier is closed to them) and team members with full access
 * register and withdraw them.
 */
@Component({
  selector: 'app-consents-tab',
  imports: [TranslocoDirective, AlertMessage, IsoDatePipe, DateTimePipe, ReasonDialog, ConsentForm],
  templateUrl: './consents-tab.html',
  styles: `
    .consent-note {
      margin: 0.25rem 0 0;
      font-size: 0.9375rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConsentsTab {
  private readonly api = inject(ConsentsApiService);
  private readonly context = inject(CaseContext);
  private readonly clock = inject(Clock);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly caseId = computed(() => this.context.caseId() ?? '');
  protected readonly canManage = this.context.canManageConsents;
  protected readonly dateOfBirth = computed(() => this.context.dossier()?.dateOfBirth ?? null);
  protected readonly consents = signal<ConsentResponse[]>([]);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<UiMessage | null>(null);
  protected readonly status = signal<UiMessage | null>(null);
  protected readonly adding = signal(false);
  protected readonly withdrawing = signal<ConsentResponse | null>(null);
  protected readonly withdrawError = signal<UiMessage | null>(null);
  protected readonly busy = signal(false);

  constructor() {
    this.load();
  }

  /** Worked out for today with the domain rule: a consent can expire while the page is open. */
  protected statusOf(consent: ConsentResponse): ConsentStatus {
    return consentStatus(consent, this.clock.today());
  }

  protected badgeOf(consent: ConsentResponse): string {
    return STATUS_BADGES[this.statusOf(consent)];
  }

  protected canWithdraw(consent: ConsentResponse): boolean {
    const status = this.statusOf(consent);
    return this.canManage() && (status === 'active' || status === 'not-yet-valid');
  }

  protected startAdding(): void {
    this.status.set(null);
    this.adding.set(true);
  }

  protected stopAdding(): void {
    this.adding.set(false);
    this.focusOn('#add-consent');
  }

  protected onSaved(consent: ConsentResponse): void {
    this.consents.update((list) => [consent, ...list]);
    this.status.set({ key: 'privacy.consents.saved' });
    this.stopAdding();
    this.refreshAccess();
  }

  protected askWithdraw(consent: ConsentResponse): void {
    this.withdrawError.set(null);
    this.withdrawing.set(consent);
  }

  protected cancelWithdraw(): void {
    this.withdrawing.set(null);
  }

  protected withdraw(reason: string): void {
    const consent = this.withdrawing();
    if (!consent || this.busy()) return;
    this.busy.set(true);
    this.withdrawError.set(null);
    this.api
      .withdraw(this.caseId(), consent.id, { reason })
      .pipe(
        finalize(() => this.busy.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (withdrawn) => {
          this.replace(withdrawn);
          this.withdrawing.set(null);
          this.status.set({ key: 'privacy.consents.withdrawn' });
          // The row's button is gone; the heading, with the message below it, is the next place.
          this.focusOn('#consents-title');
          this.refreshAccess();
        },
        error: (error: unknown) => {
          this.withdrawError.set(
            errorMessage(error, {
              'consent-already-withdrawn': 'privacy.consents.errors.alreadyWithdrawn',
              'casusregisseur-only': 'privacy.consents.errors.notAllowed',
            }),
          );
          // Someone else withdrew it meanwhile: show the list as it is now.
          if (problemCode(error) === 'consent-already-withdrawn') this.load();
        },
      });
  }

  private load(): void {
    const caseId = this.caseId();
    if (!caseId) return;
    this.loading.set(true);
    this.api
      .list(caseId)
      .pipe(
        finalize(() => this.loading.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (consents) => {
          this.consents.set(consents);
          this.loadError.set(null);
        },
        error: (error: unknown) => this.loadError.set(errorMessage(error)),
      });
  }

  /** A new or withdrawn consent may open or close the dossier, also for the user themselves. */
  private refreshAccess(): void {
    this.context
      .reopen()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({ error: () => undefined });
  }

  private replace(updated: ConsentResponse): void {
    this.consents.update((list) => list.map((item) => (item.id === updated.id ? updated : item)));
  }

  private focusOn(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}
