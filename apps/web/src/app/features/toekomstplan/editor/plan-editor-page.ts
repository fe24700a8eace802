import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  computed,
  effect,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  ToekomstplanContent,
  ToekomstplanVersionResponse,
  daysUntilEighteenth,
  defaultTransitionChecklist,
  emptyToekomstplan,
  isTransitionAge,
  toekomstplanProblems,
} from '@sluitend/domain';
import { catchError, finalize, map, of, throwError } from 'rxjs';
import { HasUnsavedChanges } from '../../../core/guards/unsaved-changes.guard';
import { PLAN_NOT_STARTED, ToekomstplanApiService } from '../../../core/api/toekomstplan-api.service';
import { fieldErrorsOf, problemCode } from '../../../core/http/problem';
import { UiMessage, errorMessage, isVersionConflict } from '../../../core/http/ui-message';
import { Clock } from '../../../core/time/clock';
import { AlertMessage } from '../../../shared/alert-message';
import { DateTimePipe } from '../../../shared/dates';
import { FieldError } from '../../../shared/field-error';
import { focusFirstInvalid } from '../../../shared/focus-first-invalid';
import { ACCESS_ERROR_TEXTS } from '../../cases/case/access/access-errors';
import { CaseContext } from '../../cases/case/case-context';
import { ConflictDialog, PlanConflict } from '../conflict/conflict-dialog';
import { mergePlans } from '../conflict/plan-merge';
import { DomainSection } from './domain-section';
import { MyFutureSection } from './my-future-section';
import { PlanForm, planContentOf, planForm, transitionItemForm } from './plan-form.model';
import { applyPlanProblems } from './plan-problems';
import { TransitionChecklist } from './transition-checklist';

/** What the edits build on: the saved version, or the empty plan before the first save. */
interface PlanBase {
  number: number | null;
  content: ToekomstplanContent;
  savedAt: string | null;
  savedBy: string | null;
}

/** Refusals of a write that mean the access changed meanwhile: ask for it again. */
const ACCESS_REFUSALS = new Set(['read-only-access', 'case-restricted']);

/**
 * The toekomstplan editor. Every save is a new version named after the version it was based on;
 * when a colleague saved in between, the conflict dialog offers to merge. Without the right to
 * change the case (emergency access, a restriction) the plan is shown read-only.
 */
@Component({
  selector: 'app-plan-editor-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslocoDirective,
    AlertMessage,
    FieldError,
    DateTimePipe,
    MyFutureSection,
    DomainSection,
    TransitionChecklist,
    ConflictDialog,
  ],
  templateUrl: './plan-editor-page.html',
  host: { '(window:beforeunload)': 'warnBeforeUnload($event)' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlanEditorPage implements HasUnsavedChanges {
  private readonly api = inject(ToekomstplanApiService);
  private readonly context = inject(CaseContext);
  private readonly clock = inject(Clock);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly dossier = this.context.dossier;
  protected readonly team = computed(() => this.context.team() ?? []);
  protected readonly people = computed(() => new Map(this.team().map((member) => [member.userId, member.name])));
  protected readonly lifeDomains = computed(() => this.dossier()?.lifeDomains ?? []);
  protected readonly form = signal<PlanForm | null>(null);
  protected readonly base = signal<PlanBase | null>(null);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<UiMessage | null>(null);
  protected readonly saving = signal(false);
  protected readonly submitted = signal(false);
  protected readonly error = signal<UiMessage | null>(null);
  protected readonly status = signal<UiMessage | null>(null);
  protected readonly conflict = signal<PlanConflict | null>(null);
  /** Emergency access and a restriction (AVG art. 18) only let the plan be read; the API refuses writes. */
  protected readonly readOnly = computed(() => !this.context.canChange());
  protected readonly readOnlyReason = computed<UiMessage | null>(() => {
    if (!this.readOnly()) return null;
    if (this.context.emergency()) return { key: 'privacy.plan.readOnly.emergency' };
    if (this.context.restricted()) return { key: 'privacy.plan.readOnly.restricted' };
    return { key: 'privacy.plan.readOnly.noRights' };
  });
  protected readonly daysUntilEighteen = computed(() => {
    const dossier = this.dossier();
    const today = this.clock.today();
    return dossier && isTransitionAge(dossier.dateOfBirth, today)
      ? daysUntilEighteenth(dossier.dateOfBirth, today)
      : null;
  });

  constructor() {
    // A disabled form keeps every input, select and radio from being changed, also by keyboard;
    // the access can change while the page is open (e.g. a restriction set by the casusregisseur).
    effect(() => {
      const form = this.form();
      const readOnly = this.readOnly();
      if (!form) return;
      if (readOnly && form.enabled) form.disable();
      if (!readOnly && form.disabled) form.enable();
    });
    const dossier = this.dossier();
    if (!dossier) return;
    if (this.context.team() === null) {
      // Owners are chosen from the team; without it the plan can still be read and saved.
      this.context
        .loadTeam(dossier.id)
        .pipe(takeUntilDestroyed())
        .subscribe({ error: () => undefined });
    }
    this.api
      .current(dossier.id)
      .pipe(
        map((version): ToekomstplanVersionResponse | null => version),
        catchError((error: unknown) => (problemCode(error) === PLAN_NOT_STARTED ? of(null) : throwError(() => error))),
        finalize(() => this.loading.set(false)),
        takeUntilDestroyed(),
      )
      .subscribe({
        next: (version) => {
          if (version) {
            this.startFrom(version);
          } else {
            const empty = emptyToekomstplan(dossier.lifeDomains, dossier.dateOfBirth, this.clock.today());
            this.start({ number: null, content: empty, savedAt: null, savedBy: null }, empty);
          }
        },
        error: (error: unknown) => this.loadError.set(errorMessage(error)),
      });
  }

  hasUnsavedChanges(): boolean {
    return this.form()?.dirty ?? false;
  }

  /** Closing the tab or reloading would lose the edits too; the browser then asks in its own words. */
  protected warnBeforeUnload(event: BeforeUnloadEvent): void {
    if (this.hasUnsavedChanges()) event.preventDefault();
  }

  protected domainLabel(key: string): string {
    return this.lifeDomains().find((definition) => definition.key === key)?.label ?? key;
  }

  protected showChecklist(): boolean {
    return (this.form()?.controls.transitionChecklist.length ?? 0) > 0;
  }

  protected showEvaluationErrors(): boolean {
    const control = this.form()?.controls.evaluationDate;
    return !!control && control.invalid && (this.submitted() || control.touched);
  }

  save(): void {
    const form = this.form();
    const base = this.base();
    const dossier = this.dossier();
    if (this.saving() || this.readOnly() || !form || !base || !dossier) return;
    this.submitted.set(true);
    this.error.set(null);
    this.status.set(null);
    const content = planContentOf(form);
    if (!this.isValid(form, content)) return;
    this.saving.set(true);
    this.api
      .save(dossier.id, { basedOnVersion: base.number, content })
      .pipe(
        finalize(() => this.saving.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (saved) => {
          this.startFrom(saved);
          this.status.set({ key: 'plan.saved', params: { number: saved.number } });
        },
        error: (error: unknown) => this.saveFailed(error, content),
      });
  }

  /** Take the newest version as the base and put the user's own changes back on top of it. */
  protected reapply(): void {
    const conflict = this.conflict();
    if (!conflict) return;
    const { content, overlaps } = mergePlans(conflict.base.content, conflict.mine, conflict.latest.content);
    this.conflict.set(null);
    this.start(this.baseOf(conflict.latest), content);
    this.form()?.markAsDirty();
    this.status.set({
      key: overlaps.length > 0 ? 'plan.conflict.reappliedWithOverlaps' : 'plan.conflict.reapplied',
      params: { number: conflict.latest.number, count: overlaps.length },
    });
  }

  protected reload(): void {
    const conflict = this.conflict();
    if (!conflict) return;
    this.conflict.set(null);
    this.startFrom(conflict.latest);
    this.status.set({ key: 'plan.conflict.reloaded', params: { number: conflict.latest.number } });
  }

  protected closeConflict(): void {
    this.conflict.set(null);
    this.error.set({ key: 'plan.conflict.stillOpen' });
  }

  private isValid(form: PlanForm, content: ToekomstplanContent): boolean {
    form.markAllAsTouched();
    const problems = toekomstplanProblems(
      content,
      this.lifeDomains().map((definition) => definition.key),
      this.clock.today(),
    );
    const unmatched = applyPlanProblems(form, problems);
    if (form.valid && problems.length === 0) return true;
    this.error.set({ key: unmatched.length > 0 ? 'plan.errors.rules' : 'errors.checkFields' });
    focusFirstInvalid(this.host.nativeElement, this.injector);
    return false;
  }

  private saveFailed(error: unknown, mine: ToekomstplanContent): void {
    if (isVersionConflict(error)) {
      this.openConflict(mine);
      return;
    }
    if (ACCESS_REFUSALS.has(problemCode(error) ?? '')) {
      // The access changed while editing: the new access turns the editor read-only.
      this.error.set(errorMessage(error, ACCESS_ERROR_TEXTS));
      this.context
        .refreshAccess()
        .pipe(takeUntilDestroyed(this.destroyRef))
        .subscribe({ error: () => undefined });
      return;
    }
    const form = this.form();
    const fieldErrors = fieldErrorsOf(error);
    if (form && fieldErrors.length > 0) {
      const unmatched = applyPlanProblems(form, fieldErrors);
      this.error.set(unmatched.length > 0 ? errorMessage(error, ACCESS_ERROR_TEXTS) : { key: 'errors.checkFields' });
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    this.error.set(errorMessage(error, ACCESS_ERROR_TEXTS));
  }

  private openConflict(mine: ToekomstplanContent): void {
    const base = this.base();
    const dossier = this.dossier();
    if (!base || !dossier) return;
    this.api
      .current(dossier.id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (latest) => this.conflict.set({ base: { number: base.number, content: base.content }, mine, latest }),
        error: (error: unknown) => this.error.set(errorMessage(error)),
      });
  }

  private startFrom(version: ToekomstplanVersionResponse): void {
    this.start(this.baseOf(version), version.content);
  }

  private baseOf(version: ToekomstplanVersionResponse): PlanBase {
    return {
      number: version.number,
      content: version.content,
      savedAt: version.createdAt,
      savedBy: version.createdBy.name,
    };
  }

  private start(base: PlanBase, content: ToekomstplanContent): void {
    const form = planForm(this.fb, content, this.lifeDomains(), () => this.clock.today());
    // From 16½ the checklist belongs in the plan even if it was saved before that age.
    if (this.daysUntilEighteen() !== null && form.controls.transitionChecklist.length === 0) {
      for (const item of defaultTransitionChecklist()) {
        form.controls.transitionChecklist.push(transitionItemForm(this.fb, item));
      }
    }
    this.base.set(base);
    this.form.set(form);
    this.submitted.set(false);
    this.error.set(null);
  }
}
