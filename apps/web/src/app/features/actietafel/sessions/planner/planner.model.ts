import {
  AbstractControl,
  FormArray,
  FormControl,
  FormGroup,
  NonNullableFormBuilder,
  ValidationErrors,
  ValidatorFn,
  Validators,
} from '@angular/forms';
import { FieldError, PlanSessionRequest, Sector } from '@sluitend/domain';
import { SERVER_ERROR } from '../../../../core/http/form-errors';
import { UiMessage } from '../../../../core/http/ui-message';
import { PersonOption } from '../shared/people-directory';
import { amsterdamInstant } from '../shared/session-time';

export const LOCATION_MAX_LENGTH = 300;
export const ONLINE_URL_MAX_LENGTH = 500;

export const DATE_IN_PAST_ERROR = 'dateInPast';
export const URL_ERROR = 'url';
export const END_BEFORE_START_ERROR = 'endBeforeStart';
export const PLACE_REQUIRED_ERROR = 'placeRequired';
export const INVITEES_REQUIRED_ERROR = 'inviteesRequired';

export type InviteeGroup = FormGroup<{
  person: FormControl<PersonOption>;
  sector: FormControl<Sector | ''>;
}>;

export type PlannerField =
  'date' | 'startTime' | 'endTime' | 'location' | 'onlineUrl' | 'chair' | 'minuteTaker' | 'invitees';

/** A date today or later; `today` is read on every check, so a form left open overnight still judges right. */
function notBefore(today: () => string): ValidatorFn {
  return (control: AbstractControl<string>): ValidationErrors | null =>
    control.value && control.value < today() ? { [DATE_IN_PAST_ERROR]: true } : null;
}

/** Empty, or a secure web address (https) that a member can click to join, as the API demands. */
export const httpsUrl: ValidatorFn = (control: AbstractControl<string>): ValidationErrors | null => {
  const value = (control.value ?? '').trim();
  if (value === '') return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname !== '' ? null : { [URL_ERROR]: true };
  } catch {
    return { [URL_ERROR]: true };
  }
};

/** On the same day, the end comes after the start. */
const endAfterStart: ValidatorFn = (group: AbstractControl): ValidationErrors | null => {
  const start = group.get('startTime')?.value as string | undefined;
  const end = group.get('endTime')?.value as string | undefined;
  return start && end && end <= start ? { [END_BEFORE_START_ERROR]: true } : null;
};

/** A meeting happens somewhere: a place, an online link, or both. */
const placeGiven: ValidatorFn = (group: AbstractControl): ValidationErrors | null => {
  const location = ((group.get('location')?.value as string | undefined) ?? '').trim();
  const onlineUrl = ((group.get('onlineUrl')?.value as string | undefined) ?? '').trim();
  return location === '' && onlineUrl === '' ? { [PLACE_REQUIRED_ERROR]: true } : null;
};

const atLeastOneInvitee: ValidatorFn = (array: AbstractControl): ValidationErrors | null =>
  array instanceof FormArray && array.length === 0 ? { [INVITEES_REQUIRED_ERROR]: true } : null;

export function plannerForm(fb: NonNullableFormBuilder, today: () => string) {
  return fb.group(
    {
      date: ['', [Validators.required, notBefore(today)]],
      startTime: ['', Validators.required],
      endTime: ['', Validators.required],
      location: ['', Validators.maxLength(LOCATION_MAX_LENGTH)],
      onlineUrl: ['', [Validators.maxLength(ONLINE_URL_MAX_LENGTH), httpsUrl]],
      chair: new FormControl<PersonOption | null>(null, Validators.required),
      minuteTaker: new FormControl<PersonOption | null>(null),
      invitees: fb.array<InviteeGroup>([], atLeastOneInvitee),
    },
    { validators: [endAfterStart, placeGiven] },
  );
}

export type PlannerForm = ReturnType<typeof plannerForm>;

export function inviteeGroup(fb: NonNullableFormBuilder, person: PersonOption): InviteeGroup {
  return fb.group({
    person: fb.control(person),
    sector: fb.control<Sector | ''>(person.sector ?? '', Validators.required),
  });
}

/** What the form sends; null while the date or times do not make an instant. */
export function planSessionRequest(form: PlannerForm): PlanSessionRequest | null {
  const value = form.getRawValue();
  const startsAt = amsterdamInstant(value.date, value.startTime);
  const endsAt = amsterdamInstant(value.date, value.endTime);
  if (!startsAt || !endsAt || !value.chair) return null;
  const location = value.location.trim();
  const onlineUrl = value.onlineUrl.trim();
  return {
    startsAt,
    endsAt,
    ...(location ? { location } : {}),
    ...(onlineUrl ? { onlineUrl } : {}),
    chairUserId: value.chair.userId,
    ...(value.minuteTaker ? { minuteTakerUserId: value.minuteTaker.userId } : {}),
    invitees: value.invitees.map((invitee) => ({ userId: invitee.person.userId, sector: invitee.sector as Sector })),
  };
}

const CONTROL_ERRORS: ReadonlyArray<[string, string]> = [
  [DATE_IN_PAST_ERROR, 'actietafel.sessions.planner.errors.dateInPast'],
  [URL_ERROR, 'actietafel.sessions.planner.errors.url'],
  [INVITEES_REQUIRED_ERROR, 'actietafel.sessions.planner.errors.inviteesRequired'],
];

/** The messages of one field: its own errors, the form's rules that concern it, and the API's. */
export function plannerMessages(form: PlannerForm, field: PlannerField): UiMessage[] {
  const errors = form.controls[field].errors ?? {};
  const messages: UiMessage[] = [];
  if (errors['required']) messages.push({ key: 'validation.required' });
  const maxLength = errors['maxlength'] as { requiredLength: number } | undefined;
  if (maxLength) messages.push({ key: 'validation.maxLength', params: { max: maxLength.requiredLength } });
  for (const [error, key] of CONTROL_ERRORS) if (errors[error]) messages.push({ key });
  if (field === 'endTime' && form.hasError(END_BEFORE_START_ERROR)) {
    messages.push({ key: 'actietafel.sessions.planner.errors.endBeforeStart' });
  }
  if (field === 'location' && form.hasError(PLACE_REQUIRED_ERROR)) {
    messages.push({ key: 'actietafel.sessions.planner.errors.placeRequired' });
  }
  const server: unknown = errors[SERVER_ERROR];
  if (typeof server === 'string') messages.push({ key: 'errors.detail', params: { detail: server } });
  return messages;
}

const API_FIELDS: Readonly<Record<string, PlannerField>> = {
  startsAt: 'startTime',
  endsAt: 'endTime',
  location: 'location',
  onlineUrl: 'onlineUrl',
  chairUserId: 'chair',
  minuteTakerUserId: 'minuteTaker',
  invitees: 'invitees',
};

/** The API names request fields (`startsAt`, `invitees[0].userId`); the form has its own controls. */
export function toPlannerFieldErrors(errors: readonly FieldError[]): FieldError[] {
  return errors.map((error) => {
    const root = error.field.split(/[.[]/)[0] ?? error.field;
    const field = API_FIELDS[root];
    return field ? { ...error, field } : error;
  });
}
