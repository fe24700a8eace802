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
import { Router } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { Observable, finalize } from 'rxjs';
import { CaseAccessApiService, ReportFormat } from '../../../../core/api/case-access-api.service';
import { ErrorTexts, UiMessage, errorMessage } from '../../../../core/http/ui-message';
import { AlertMessage } from '../../../../shared/alert-message';
import { ConfirmDialog } from '../../../../shared/confirm-dialog';
import { DateTimePipe } from '../../../../shared/dates';
import { CaseListState } from '../../list/case-list-state';
import { FileSaver } from '../../shared/file-saver';
import { ReasonDialog } from '../../shared/reason-dialog';
import { CaseContext } from '../case-context';

type Pending = 'restrict' | 'lift' | 'erase';

const PRIVACY_ERRORS: ErrorTexts = {
  'casusregisseur-only': 'privacy.caseActions.errors.leadOnly',
  'erasure-refused': 'privacy.caseActions.errors.erasureRefused',
  'case-restricted': 'privacy.access.errors.restricted',
};

/**
 * The jongere's rights under the AVG, exercised by the casusregisseur: a copy of everything held
 * (art. 15), restricting processing (art. 18) and erasure (art. 17).
 */
@Component({
  selector: 'app-case-privacy-actions',
  imports: [TranslocoDirective, AlertMessage, ConfirmDialog, ReasonDialog, DateTimePipe],
  templateUrl: './privacy-actions.html',
  styles: `
    .danger-button {
      color: var(--color-error);
      border-color: var(--color-error);
    }
    .danger-button:hover {
      background: var(--color-error-background);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PrivacyActions {
  private readonly api = inject(CaseAccessApiService);
  private readonly context = inject(CaseContext);
  private readonly files = inject(FileSaver);
  private readonly router = inject(Router);
  private readonly listState = inject(CaseListState);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly dossier = this.context.dossier;
  protected readonly restricted = this.context.restricted;
  protected readonly jongere = computed(() => {
    const dossier = this.dossier();
    return dossier ? `${dossier.firstName} ${dossier.lastName}` : '';
  });
  protected readonly downloading = signal<ReportFormat | null>(null);
  protected readonly pending = signal<Pending | null>(null);
  protected readonly busy = signal(false);
  protected readonly status = signal<UiMessage | null>(null);
  protected readonly error = signal<UiMessage | null>(null);
  /** A refusal of the action in the open dialog, shown inside it. */
  protected readonly dialogError = signal<UiMessage | null>(null);

  protected download(format: ReportFormat): void {
    const caseId = this.context.caseId();
    if (!caseId || this.downloading()) return;
    this.downloading.set(format);
    this.status.set(null);
    this.error.set(null);
    this.api
      .downloadSubjectAccessReport(caseId, format)
      .pipe(
        finalize(() => this.downloading.set(null)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (file) => {
          this.files.save(file);
          this.status.set({ key: 'privacy.caseActions.export.done', params: { filename: file.filename } });
        },
        error: (error: unknown) => this.error.set(errorMessage(error, PRIVACY_ERRORS)),
      });
  }

  protected ask(pending: Pending): void {
    this.status.set(null);
    this.error.set(null);
    this.dialogError.set(null);
    this.pending.set(pending);
  }

  protected cancel(): void {
    this.pending.set(null);
  }

  protected restrict(reason: string): void {
    const caseId = this.context.caseId();
    if (!caseId) return;
    this.run(this.api.restrict(caseId, { reason }), (dossier) => {
      this.context.set(dossier);
      this.afterAccessChange({ key: 'privacy.caseActions.restriction.restricted' }, '#lift-restriction');
    });
  }

  protected lift(): void {
    const caseId = this.context.caseId();
    this.pending.set(null);
    if (!caseId) return;
    this.run(this.api.liftRestriction(caseId), () => {
      this.status.set({ key: 'privacy.caseActions.restriction.lifted' });
      // The DELETE answers nothing: the dossier (its restriction) and the access are read again.
      this.context
        .reopen()
        .pipe(takeUntilDestroyed(this.destroyRef))
        .subscribe({ next: () => this.focusOn('#restrict-processing'), error: () => undefined });
    });
  }

  protected erase(reason: string): void {
    const caseId = this.context.caseId();
    if (!caseId) return;
    const name = this.jongere();
    this.run(this.api.erase(caseId, { reason }), () => {
      this.pending.set(null);
      this.listState.notice.set({ key: 'privacy.caseActions.erasure.done', params: { name } });
      void this.router.navigate(['/cases']);
    });
  }

  private afterAccessChange(message: UiMessage, focus: string): void {
    this.pending.set(null);
    this.status.set(message);
    this.context
      .refreshAccess()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({ error: () => undefined });
    this.focusOn(focus);
  }

  private run<T>(request: Observable<T>, done: (result: T) => void): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.dialogError.set(null);
    this.error.set(null);
    request
      .pipe(
        finalize(() => this.busy.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: done,
        error: (error: unknown) => {
          const message = errorMessage(error, PRIVACY_ERRORS);
          // With a dialog open the message shows in it; lifting has its dialog closed already.
          if (this.pending()) this.dialogError.set(message);
          else this.error.set(message);
        },
      });
  }

  private focusOn(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}
