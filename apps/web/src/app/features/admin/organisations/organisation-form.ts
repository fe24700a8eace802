import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import { OrganisationResponse, RegionResponse, SECTORS, Sector, isSector } from '@sluitend/domain';
import { finalize } from 'rxjs';
import { OrganisationsApiService } from '../../../core/api/organisations-api.service';
import { submitErrorMessage } from '../../../core/http/form-errors';
import { httpStatusOf } from '../../../core/http/problem';
import { UiMessage } from '../../../core/http/ui-message';
import { AlertMessage } from '../../../shared/alert-message';
import { FieldError } from '../../../shared/field-error';
import { focusFirstInvalid } from '../../../shared/focus-first-invalid';
import { NAME_TAKEN_ERROR } from '../../../shared/validation-messages';
import { requiredText } from '../../../shared/validators';

export const ORGANISATION_NAME_MAX_LENGTH = 200;

@Component({
  selector: 'app-organisation-form',
  imports: [ReactiveFormsModule, TranslocoDirective, FieldError, AlertMessage],
  templateUrl: './organisation-form.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganisationForm {
  private readonly api = inject(OrganisationsApiService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  private readonly fb = inject(NonNullableFormBuilder);

  readonly regions = input.required<readonly RegionResponse[]>();
  readonly created = output<OrganisationResponse>();

  protected readonly sectors = SECTORS;
  protected readonly form = this.fb.group({
    name: ['', [requiredText, Validators.maxLength(ORGANISATION_NAME_MAX_LENGTH)]],
    sector: this.fb.control<Sector | ''>('', Validators.required),
    regionId: ['', Validators.required],
  });
  protected readonly submitted = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<UiMessage | null>(null);

  protected showErrors(control: 'name' | 'sector' | 'regionId'): boolean {
    const field = this.form.controls[control];
    return field.invalid && (this.submitted() || field.touched);
  }

  protected submit(): void {
    // The button stays enabled while busy (disabling it would drop keyboard focus), so guard here.
    if (this.busy()) return;
    this.submitted.set(true);
    this.error.set(null);
    const { name, sector, regionId } = this.form.getRawValue();
    if (this.form.invalid || !isSector(sector)) {
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    this.busy.set(true);
    this.api
      .create({ name: name.trim(), sector, regionId })
      .pipe(
        finalize(() => this.busy.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (organisation) => {
          this.form.reset();
          this.submitted.set(false);
          this.created.emit(organisation);
        },
        error: (error: unknown) => this.handleError(error),
      });
  }

  private handleError(error: unknown): void {
    // Creating an organisation conflicts only on its name within the region; our own text beats
    // the API's English field message.
    if (httpStatusOf(error) === 409) {
      this.form.controls.name.setErrors({ [NAME_TAKEN_ERROR]: true });
      this.error.set({ key: 'organisations.errors.nameTaken' });
    } else {
      this.error.set(submitErrorMessage(this.form, error));
    }
    focusFirstInvalid(this.host.nativeElement, this.injector);
  }
}
