import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  OnInit,
  afterNextRender,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import { CaseResponse, MunicipalityResponse } from '@sluitend/domain';
import { finalize } from 'rxjs';
import { CasesApiService } from '../../../../core/api/cases-api.service';
import { submitErrorMessage } from '../../../../core/http/form-errors';
import { UiMessage, isVersionConflict } from '../../../../core/http/ui-message';
import { Clock } from '../../../../core/time/clock';
import { AlertMessage } from '../../../../shared/alert-message';
import { focusFirstInvalid } from '../../../../shared/focus-first-invalid';
import { ACCESS_ERROR_TEXTS } from '../access/access-errors';
import { CaseFields } from '../../shared/case-fields';
import { CaseFieldsValue, caseFieldControls, caseFieldsOf } from '../../shared/case-fields.model';
import { changesSomething, updateCaseRequest } from './update-case-request';

/**
 * Changes the dossier with optimistic locking. On a version conflict the newest dossier is
 * loaded and shown, the user's edits stay in the form, and the next save builds on the new version.
 */
@Component({
  selector: 'app-case-edit-form',
  imports: [ReactiveFormsModule, TranslocoDirective, AlertMessage, CaseFields],
  template: `
    <form *transloco="let t" [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="case-edit-title">
      <h3 id="case-edit-title">{{ t('cases.edit.title') }}</h3>
      <app-alert-message [message]="error()" />
      <app-case-fields
        idPrefix="edit-case"
        [controls]="form.controls"
        [municipalities]="municipalities()"
        [submitted]="submitted()"
      />
      <div class="button-row">
        <button type="submit" class="button button--primary" [attr.aria-disabled]="busy()">
          {{ busy() ? t('common.saving') : t('common.save') }}
        </button>
        <button type="button" class="button button--secondary" (click)="cancelled.emit()">
          {{ t('common.cancel') }}
        </button>
      </div>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CaseEditForm implements OnInit {
  private readonly api = inject(CasesApiService);
  private readonly clock = inject(Clock);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  private readonly fb = inject(NonNullableFormBuilder);

  readonly dossier = input.required<CaseResponse>();
  readonly municipalities = input.required<readonly MunicipalityResponse[]>();
  readonly saved = output<CaseResponse>();
  /** A colleague saved in between; the page shows their version above the form. */
  readonly conflicted = output<CaseResponse>();
  readonly cancelled = output<void>();

  readonly form = this.fb.group(caseFieldControls(this.fb, () => this.clock.today()));
  protected readonly submitted = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<UiMessage | null>(null);
  /** What the user started from: the base for both the version and the changed-fields diff. */
  private base: { version: number; fields: CaseFieldsValue } | null = null;

  ngOnInit(): void {
    const dossier = this.dossier();
    this.base = { version: dossier.version, fields: caseFieldsOf(dossier) };
    this.form.setValue(this.base.fields);
    // The form replaces the button that opened it, so focus must go somewhere deliberate.
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLInputElement>('input')?.focus(), {
      injector: this.injector,
    });
  }

  submit(): void {
    const base = this.base;
    if (this.busy() || !base) return;
    this.submitted.set(true);
    this.error.set(null);
    if (this.form.invalid) {
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    const request = updateCaseRequest(base.version, base.fields, this.form.getRawValue());
    if (!changesSomething(request)) {
      this.cancelled.emit();
      return;
    }
    this.busy.set(true);
    this.api
      .update(this.dossier().id, request)
      .pipe(
        finalize(() => this.busy.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (updated) => this.saved.emit(updated),
        error: (error: unknown) => (isVersionConflict(error) ? this.reloadAfterConflict() : this.showError(error)),
      });
  }

  private reloadAfterConflict(): void {
    this.error.set({ key: 'cases.edit.conflict' });
    this.api
      .get(this.dossier().id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (latest) => {
          // The user's edits are compared with what they saw, so only those are re-sent next time.
          this.base = { version: latest.version, fields: this.base?.fields ?? caseFieldsOf(latest) };
          this.conflicted.emit(latest);
        },
        error: (error: unknown) => this.showError(error),
      });
  }

  private showError(error: unknown): void {
    this.error.set(submitErrorMessage(this.form, error, ACCESS_ERROR_TEXTS));
    focusFirstInvalid(this.host.nativeElement, this.injector);
  }
}
