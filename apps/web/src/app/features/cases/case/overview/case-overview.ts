import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { TranslocoDirective } from '@jsverse/transloco';
import { CaseResponse, MunicipalityResponse } from '@sluitend/domain';
import { MunicipalitiesApiService } from '../../../../core/api/municipalities-api.service';
import { UiMessage, errorMessage } from '../../../../core/http/ui-message';
import { AlertMessage } from '../../../../shared/alert-message';
import { byName } from '../../../../shared/by-name';
import { DateTimePipe, IsoDatePipe } from '../../../../shared/dates';
import { CaseContext } from '../case-context';
import { CaseEditForm } from './case-edit-form';
import { CloseCaseForm } from './close-case-form';

/** The dossier's data, with editing, closing and reopening. */
@Component({
  selector: 'app-case-overview',
  imports: [TranslocoDirective, AlertMessage, IsoDatePipe, DateTimePipe, CaseEditForm, CloseCaseForm],
  templateUrl: './case-overview.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CaseOverview {
  private readonly context = inject(CaseContext);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly dossier = this.context.dossier;
  /** Hidden, not merely refused, under emergency access, a restriction, or for non-members. */
  protected readonly canChange = this.context.canChange;
  protected readonly municipalities = signal<MunicipalityResponse[]>([]);
  protected readonly editing = signal(false);
  protected readonly status = signal<UiMessage | null>(null);
  protected readonly error = signal<UiMessage | null>(null);

  constructor() {
    inject(MunicipalitiesApiService)
      .list()
      .pipe(takeUntilDestroyed())
      .subscribe({
        next: (municipalities) => this.municipalities.set([...municipalities].sort(byName)),
        error: (error: unknown) => this.error.set(errorMessage(error)),
      });
  }

  protected startEditing(): void {
    this.status.set(null);
    this.editing.set(true);
  }

  protected stopEditing(): void {
    this.editing.set(false);
    this.focusOn('#edit-case-button');
  }

  protected onSaved(updated: CaseResponse): void {
    this.context.set(updated);
    this.status.set({ key: 'cases.edit.saved' });
    this.stopEditing();
  }

  protected onConflict(latest: CaseResponse): void {
    this.context.set(latest);
  }

  protected onStatusChanged(updated: CaseResponse): void {
    this.context.set(updated);
    this.status.set({ key: updated.status === 'closed' ? 'cases.close.closed' : 'cases.close.reopened' });
  }

  protected reload(): void {
    const dossier = this.dossier();
    if (!dossier) return;
    this.context.load(dossier.id).pipe(takeUntilDestroyed(this.destroyRef)).subscribe();
  }

  private focusOn(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}
