import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { MunicipalityResponse } from '@sluitend/domain';
import { finalize, map } from 'rxjs';
import { CasesApiService } from '../../../core/api/cases-api.service';
import { MunicipalitiesApiService } from '../../../core/api/municipalities-api.service';
import { submitErrorMessage } from '../../../core/http/form-errors';
import { SubmitKey } from '../../../core/http/idempotency';
import { problemCode } from '../../../core/http/problem';
import { UiMessage, errorMessage } from '../../../core/http/ui-message';
import { Clock } from '../../../core/time/clock';
import { AlertMessage } from '../../../shared/alert-message';
import { byName } from '../../../shared/by-name';
import { FieldError } from '../../../shared/field-error';
import { focusFirstInvalid } from '../../../shared/focus-first-invalid';
import { requiredText } from '../../../shared/validators';
import { PART_MAX_LENGTH } from '../case/team/team-limits';
import { CaseFields } from '../shared/case-fields';
import { ConsentGiversField } from '../shared/consent-givers-field';
import {
  CONSENT_NOTE_MAX_LENGTH,
  consentControlMessages,
  giverControls,
  giversHint,
  problemMessages,
} from '../shared/consent-rules-ui';
import { RuleError } from '../shared/rule-error';
import { caseFieldControls } from '../shared/case-fields.model';
import { DEFAULT_CASUSREGISSEUR_PART, createCaseRequest, initialConsentProblems } from './new-case-request';

/** Opening a dossier: the signed-in professional becomes its casusregisseur. */
@Component({
  selector: 'app-new-case-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslocoDirective,
    AlertMessage,
    FieldError,
    CaseFields,
    ConsentGiversField,
    RuleError,
  ],
  templateUrl: './new-case-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewCasePage {
  private readonly casesApi = inject(CasesApiService);
  private readonly router = inject(Router);
  private readonly clock = inject(Clock);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  /** Sending the same case again (after an error, a lost answer) is the same submission: it opens one case. */
  private readonly submitKey = new SubmitKey();
  private readonly fb = inject(NonNullableFormBuilder);

  readonly form = this.fb.group({
    ...caseFieldControls(this.fb, () => this.clock.today()),
    casusregisseurPart: this.fb.control(DEFAULT_CASUSREGISSEUR_PART, [
      requiredText,
      Validators.maxLength(PART_MAX_LENGTH),
    ]),
    // Optional: without it the case opens, but its content stays closed even to its own team.
    consent: this.fb.group({
      givenBy: giverControls(this.fb),
      givenOn: this.fb.control(this.clock.today()),
      validUntil: this.fb.control(''),
      note: this.fb.control('', Validators.maxLength(CONSENT_NOTE_MAX_LENGTH)),
    }),
  });
  private readonly value = toSignal(this.form.valueChanges.pipe(map(() => this.form.getRawValue())), {
    initialValue: this.form.getRawValue(),
  });
  protected readonly consentProblems = computed(() => {
    const value = this.value();
    return initialConsentProblems(value.consent, value.dateOfBirth, this.clock.today());
  });
  /** The age rule for the date of birth typed so far, once it is a possible one. */
  protected readonly consentHint = computed(() => {
    const { dateOfBirth } = this.value();
    const valid = this.form.controls.dateOfBirth.valid && dateOfBirth !== '';
    return giversHint(valid ? dateOfBirth : null, this.clock.today());
  });
  protected readonly municipalities = signal<MunicipalityResponse[]>([]);
  protected readonly submitted = signal(false);
  protected readonly busy = signal(false);
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

  protected showPartErrors(): boolean {
    const control = this.form.controls.casusregisseurPart;
    return control.invalid && (this.submitted() || control.touched);
  }

  protected consentMessages(field: 'givenBy' | 'givenOn' | 'validUntil' | 'note'): UiMessage[] {
    const control = this.form.controls.consent.controls[field];
    const shown = this.submitted() || control.touched;
    return [
      ...(this.submitted() ? problemMessages(this.consentProblems(), field) : []),
      ...(shown ? consentControlMessages(control.errors) : []),
    ];
  }

  submit(): void {
    if (this.busy()) return;
    this.submitted.set(true);
    this.error.set(null);
    if (this.form.invalid || this.consentProblems().length > 0) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    this.busy.set(true);
    const request = createCaseRequest(this.form.getRawValue());
    this.casesApi
      .create(request, this.submitKey.for(request))
      .pipe(
        finalize(() => this.busy.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (created) => {
          this.submitKey.done();
          void this.router.navigate(['/cases', created.id]);
        },
        error: (error: unknown) => {
          // One dossier per jongere: the BSN is fine as typed, the case exists; the summary says what to do.
          this.error.set(
            problemCode(error) === 'case-already-exists' ? errorMessage(error) : submitErrorMessage(this.form, error),
          );
          focusFirstInvalid(this.host.nativeElement, this.injector);
        },
      });
  }
}
