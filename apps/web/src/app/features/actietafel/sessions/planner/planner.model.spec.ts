import { TestBed } from '@angular/core/testing';
import { NonNullableFormBuilder } from '@angular/forms';
import { inviteeGroup, planSessionRequest, plannerForm, plannerMessages, toPlannerFieldErrors } from './planner.model';

const TODAY = '2026-03-05';

function aForm() {
  const fb = TestBed.inject(NonNullableFormBuilder);
  const form = plannerForm(fb, () => TODAY);
  return { fb, form };
}

const keys = (messages: { key: string }[]) => messages.map((message) => message.key);

describe('planner model', () => {
  it('requires a date, both times, a place or link, a chair and at least one member', () => {
    const { form } = aForm();
    expect(form.valid).toBe(false);
    expect(keys(plannerMessages(form, 'date'))).toEqual(['validation.required']);
    expect(keys(plannerMessages(form, 'startTime'))).toEqual(['validation.required']);
    expect(keys(plannerMessages(form, 'endTime'))).toEqual(['validation.required']);
    expect(keys(plannerMessages(form, 'location'))).toEqual(['actietafel.sessions.planner.errors.placeRequired']);
    expect(keys(plannerMessages(form, 'chair'))).toEqual(['validation.required']);
    expect(keys(plannerMessages(form, 'invitees'))).toEqual(['actietafel.sessions.planner.errors.inviteesRequired']);
    expect(plannerMessages(form, 'minuteTaker')).toEqual([]);
  });

  it('refuses a date in the past, an end before the start and a link that is not a web address', () => {
    const { form } = aForm();
    form.patchValue({ date: '2026-03-04', startTime: '14:00', endTime: '14:00', onlineUrl: 'teams' });
    expect(keys(plannerMessages(form, 'date'))).toEqual(['actietafel.sessions.planner.errors.dateInPast']);
    expect(keys(plannerMessages(form, 'endTime'))).toEqual(['actietafel.sessions.planner.errors.endBeforeStart']);
    expect(keys(plannerMessages(form, 'onlineUrl'))).toEqual(['actietafel.sessions.planner.errors.url']);
    // A link alone is enough of a place.
    expect(plannerMessages(form, 'location')).toEqual([]);

    // The API accepts secure links only.
    form.patchValue({ onlineUrl: 'http://teams.example/meet/1' });
    expect(keys(plannerMessages(form, 'onlineUrl'))).toEqual(['actietafel.sessions.planner.errors.url']);

    form.patchValue({ date: TODAY, endTime: '16:00', onlineUrl: 'https://teams.example/meet/1' });
    expect(plannerMessages(form, 'date')).toEqual([]);
    expect(plannerMessages(form, 'endTime')).toEqual([]);
    expect(plannerMessages(form, 'onlineUrl')).toEqual([]);
  });

  it('builds the request in instants of Dutch time, leaving out what is empty', () => {
    const { fb, form } = aForm();
    form.patchValue({
      date: '2026-03-12',
      startTime: '14:00',
      endTime: '16:00',
      location: '  Stadhuis Tiel  ',
      chair: { userId: 'user-chair', name: 'Marieke van Dijk', organisationName: null, sector: null },
    });
    form.controls.invitees.push(
      inviteeGroup(fb, {
        userId: 'user-2',
        name: 'Peter Hol',
        organisationName: 'Jeugdbescherming',
        sector: 'jeugdhulp',
      }),
    );
    expect(form.valid).toBe(true);
    expect(planSessionRequest(form)).toEqual({
      startsAt: '2026-03-12T13:00:00.000Z',
      endsAt: '2026-03-12T15:00:00.000Z',
      location: 'Stadhuis Tiel',
      chairUserId: 'user-chair',
      invitees: [{ userId: 'user-2', sector: 'jeugdhulp' }],
    });
  });

  it('needs a sector for a member whose organisation is not known', () => {
    const { fb } = aForm();
    const group = inviteeGroup(fb, { userId: 'u', name: 'u', organisationName: null, sector: null });
    expect(group.controls.sector.hasError('required')).toBe(true);
  });

  it("names the API's fields after the form's controls", () => {
    expect(
      toPlannerFieldErrors([
        { field: 'startsAt', message: 'a' },
        { field: 'chairUserId', message: 'b' },
        { field: 'invitees[1].userId', message: 'c' },
        { field: 'somethingElse', message: 'd' },
      ]).map((error) => error.field),
    ).toEqual(['startTime', 'chair', 'invitees', 'somethingElse']);
  });
});
