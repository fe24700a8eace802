import { ChangeDetectionStrategy, Component, OnInit, inject, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import { MunicipalityResponse, ageInYears, isIsoDate } from '@sluitend/domain';
import { Clock } from '../../../core/time/clock';
import { FieldError } from '../../../shared/field-error';
import { refreshOnFormEvents } from '../../../shared/refresh-on-form-events';
import { CaseFieldControls } from './case-fields.model';

type FieldName = 'firstName' | 'lastName' | 'dateOfBirth' | 'bsn' | 'municipalityId' | 'schoolOrWork';
type ContactField = 'phone' | 'email' | 'address';

/**
 * The inputs for the jongere's data. The date of birth and the BSN are checked while typing
 * (with the domain rules), because mistakes there are easy to make and costly to keep.
 */
@Component({
  selector: 'app-case-fields',
  imports: [ReactiveFormsModule, TranslocoDirective, FieldError],
  templateUrl: './case-fields.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CaseFields implements OnInit {
  private readonly clock = inject(Clock);
  private readonly refresh = refreshOnFormEvents();

  /** The controls rather than their group, so a form with more controls (the new case) fits too. */
  readonly controls = input.required<CaseFieldControls>();
  readonly municipalities = input.required<readonly MunicipalityResponse[]>();
  /** Prefix of the input ids, unique per page. */
  readonly idPrefix = input.required<string>();
  /** After a submit attempt every invalid field shows its error, touched or not. */
  readonly submitted = input(false);

  ngOnInit(): void {
    const form = this.controls().firstName.parent;
    if (form) this.refresh(form);
  }

  /** Shown beside a valid date of birth, so a typo in the year stands out at once. */
  protected age(): number | null {
    const control = this.controls().dateOfBirth;
    return control.valid && isIsoDate(control.value) ? ageInYears(control.value, this.clock.today()) : null;
  }

  protected id(field: FieldName | ContactField): string {
    return `${this.idPrefix()}-${field}`;
  }

  protected showErrors(field: FieldName): boolean {
    const control = this.controls()[field];
    if (!control.invalid) return false;
    if (this.submitted() || control.touched) return true;
    // A date input only has a value once the date is complete, and a BSN is checkable at nine digits.
    if (field === 'dateOfBirth') return control.value !== '';
    return field === 'bsn' && control.value.trim().length >= 9;
  }

  protected showContactErrors(field: ContactField): boolean {
    const control = this.controls().contact.controls[field];
    return control.invalid && (this.submitted() || control.touched);
  }
}
