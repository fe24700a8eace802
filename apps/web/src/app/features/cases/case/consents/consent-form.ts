import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  CONSENT_BASES,
  CONSENT_PURPOSES,
  CONSENT_SCOPES,
  ConsentResponse,
  LEGAL_GROUNDS,
  OrganisationResponse,
  SECTORS,
} from '@sluitend/domain';
import { finalize, map } from 'rxjs';
import { ConsentsApiService } from '../../../../core/api/consents-api.service';
import { OrganisationsApiService } from '../../../../core/api/organisations-api.service';
import { AuthService } from '../../../../core/auth/auth.service';
import { submitErrorMessage } from '../../../../core/http/form-errors';
import { SubmitKey } from '../../../../core/http/idempotency';
import { UiMessage, errorMessage } from '../../../../core/http/ui-message';
import { Clock } from '../../../../core/time/clock';
import { AlertMessage } from '../../../../shared/alert-message';
import { byName } from '../../../../shared/by-name';
import { focusFirstInvalid } from '../../../../shared/focus-first-invalid';
import { ConsentGiversField } from '../../shared/consent-givers-field';
import { consentControlMessages, giversHint, problemMessages } from '../../shared/consent-rules-ui';
import { RuleError } from '../../shared/rule-error';
import { consentFormControls, consentFormProblems, createConsentRequest } from './consent-form.model';

type ConsentField = 'organisationId' | 'sector' | 'purpose' | 'legalGround' | 'givenOn' | 'validUntil' | 'note';

/**
 * Registers a consent (or a legal ground) for one organisation or a whole sector. The API's rule
 * (consentDraftProblems) is checked before sending, the age rule shown beside the givers.
 */
@Component({
  selector: 'app-consent-form',
  imports: [ReactiveFormsModule, TranslocoDirective, AlertMessage, RuleError, ConsentGiversField],
  templateUrl: './consent-form.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConsentForm {
  private readonly api = inject(ConsentsApiService);
  private readonly clock = inject(Clock);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  /** The same content sent again (after an error, a lost answer) is the same submission: it creates one. */
  private readonly submitKey = new SubmitKey();

  readonly caseId = input.required<string>();
  /** Null while the dossier is closed to the user: the API then checks the age rule alone. */
  readonly dateOfBirth = input<string | null>(null);
  readonly saved = output<ConsentResponse>();
  readonly cancelled = output<void>();

  protected readonly scopes = CONSENT_SCOPES;
  protected readonly purposes = CONSENT_PURPOSES;
  protected readonly bases = CONSENT_BASES;
  protected readonly legalGrounds = LEGAL_GROUNDS;
  protected readonly sectors = SECTORS;

  private readonly fb = inject(NonNullableFormBuilder);
  // Most often the consent is for the user's own organisation, so that is chosen already.
  readonly form = this.fb.group(
    consentFormControls(this.fb, this.clock.today(), inject(AuthService).user()?.organisation.id ?? ''),
  );
  protected readonly value = toSignal(this.form.valueChanges.pipe(map(() => this.form.getRawValue())), {
    initialValue: this.form.getRawValue(),
  });
  protected readonly request = computed(() => createConsentRequest(this.value()));
  protected readonly problems = computed(() =>
    consentFormProblems(this.request(), this.dateOfBirth(), this.clock.today()),
  );
  protected readonly hint = computed(() => giversHint(this.dateOfBirth(), this.clock.today()));
  protected readonly organisations = signal<OrganisationResponse[]>([]);
  protected readonly submitted = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<UiMessage | null>(null);

  constructor() {
    inject(OrganisationsApiService)
      .list()
      .pipe(takeUntilDestroyed())
      .subscribe({
        next: (organisations) =>
          this.organisations.set(organisations.filter((organisation) => organisation.active).sort(byName)),
        error: (error: unknown) => this.error.set(errorMessage(error)),
      });
    // The form replaces the button that opened it, so focus goes to its first field.
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLInputElement>('input')?.focus());
  }

  /** The rule's problems after a submit attempt, and the control's own (including the API's). */
  protected messages(field: ConsentField | 'givenBy'): UiMessage[] {
    const control = this.form.get(field);
    const own = control && (this.submitted() || control.touched) ? consentControlMessages(control.errors) : [];
    return [...(this.submitted() ? problemMessages(this.problems(), field) : []), ...own];
  }

  protected invalid(field: ConsentField): boolean {
    return this.messages(field).length > 0;
  }

  submit(): void {
    if (this.busy()) return;
    this.submitted.set(true);
    this.error.set(null);
    if (this.form.invalid || this.problems().length > 0) {
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    this.busy.set(true);
    const request = this.request();
    this.api
      .create(this.caseId(), request, this.submitKey.for([this.caseId(), request]))
      .pipe(
        finalize(() => this.busy.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (consent) => {
          this.submitKey.done();
          this.saved.emit(consent);
        },
        error: (error: unknown) => {
          this.error.set(
            submitErrorMessage(this.form, error, { 'casusregisseur-only': 'privacy.consents.errors.notAllowed' }),
          );
          focusFirstInvalid(this.host.nativeElement, this.injector);
        },
      });
  }
}
