import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { PlanSessionRequest, SessionSummary } from '@sluitend/domain';
import { aSession, aSessionSummary, someMinutes } from '../../../testing/sessions';
import { SessionsApiService } from './sessions-api.service';

describe('SessionsApiService', () => {
  let http: HttpTestingController;
  let service: SessionsApiService;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    service = TestBed.inject(SessionsApiService);
  });

  afterEach(() => http.verify());

  it('lists the upcoming sessions by default, and the past ones when asked', () => {
    let result: SessionSummary[] | undefined;
    service.list().subscribe((sessions) => (result = sessions));
    http.expectOne({ method: 'GET', url: '/api/v1/actietafel-sessions?when=upcoming' }).flush([aSessionSummary()]);
    expect(result).toEqual([aSessionSummary()]);

    service.list('past').subscribe();
    http.expectOne({ method: 'GET', url: '/api/v1/actietafel-sessions?when=past' }).flush([]);
  });

  it('reads one session, escaping its id', () => {
    service.get('s/1').subscribe();
    http.expectOne({ method: 'GET', url: '/api/v1/actietafel-sessions/s%2F1' }).flush(aSession());
  });

  it('plans a session with the request as its body', () => {
    const body: PlanSessionRequest = {
      startsAt: '2026-03-12T13:00:00.000Z',
      endsAt: '2026-03-12T15:00:00.000Z',
      location: 'Stadhuis Tiel',
      chairUserId: 'user-chair',
      invitees: [{ userId: 'user-member', sector: 'jeugdhulp' }],
    };
    service.plan(body).subscribe();
    const request = http.expectOne({ method: 'POST', url: '/api/v1/actietafel-sessions' });
    expect(request.request.body).toEqual(body);
    request.flush(aSession(), { status: 201, statusText: 'Created' });
  });

  it('changes the planning and takes transitions with the version seen', () => {
    service.update('session-1', { version: 2, location: 'Online' }).subscribe();
    const patch = http.expectOne({ method: 'PATCH', url: '/api/v1/actietafel-sessions/session-1' });
    expect(patch.request.body).toEqual({ version: 2, location: 'Online' });
    patch.flush(aSession());

    service.transition('session-1', { transition: 'send-agenda', version: 3 }).subscribe();
    const post = http.expectOne({ method: 'POST', url: '/api/v1/actietafel-sessions/session-1/transitions' });
    expect(post.request.body).toEqual({ transition: 'send-agenda', version: 3 });
    post.flush(aSession());
  });

  it('records attendance of one invitee', () => {
    service
      .updateAttendance('session-1', 'user-2', { attendance: 'substitute', substituteName: 'Eva Smit' })
      .subscribe();
    const request = http.expectOne({
      method: 'PATCH',
      url: '/api/v1/actietafel-sessions/session-1/invitees/user-2',
    });
    expect(request.request.body).toEqual({ attendance: 'substitute', substituteName: 'Eva Smit' });
    request.flush({});
  });

  it('changes an agenda item', () => {
    service.updateAgendaItem('session-1', 'item-1', { version: 1, phase: 'running' }).subscribe();
    const request = http.expectOne({
      method: 'PATCH',
      url: '/api/v1/actietafel-sessions/session-1/agenda-items/item-1',
    });
    expect(request.request.body).toEqual({ version: 1, phase: 'running' });
    request.flush({});
  });

  it('adds and removes decisions and agreements of an agenda item', () => {
    const item = '/api/v1/actietafel-sessions/session-1/agenda-items/item-1';
    service.addDecision('session-1', 'item-1', { text: 'Besluit', doorzettingsmacht: false }).subscribe();
    expect(http.expectOne({ method: 'POST', url: `${item}/decisions` }).request.body).toEqual({
      text: 'Besluit',
      doorzettingsmacht: false,
    });

    let deleted = false;
    service.deleteDecision('session-1', 'item-1', 'd-1').subscribe(() => (deleted = true));
    http
      .expectOne({ method: 'DELETE', url: `${item}/decisions/d-1` })
      .flush(null, { status: 204, statusText: 'No Content' });
    expect(deleted).toBe(true);

    const agreement = { what: 'Bellen', ownerUserId: 'user-2', deadline: '2026-03-20' };
    service.addAgreement('session-1', 'item-1', agreement).subscribe();
    expect(http.expectOne({ method: 'POST', url: `${item}/agreements` }).request.body).toEqual(agreement);

    service.deleteAgreement('session-1', 'item-1', 'a-1').subscribe();
    http
      .expectOne({ method: 'DELETE', url: `${item}/agreements/a-1` })
      .flush(null, { status: 204, statusText: 'No Content' });
  });

  it('reads the agreements, the minutes and the attached plan version, and names the PDF', () => {
    service.agreements('session-1').subscribe();
    http.expectOne({ method: 'GET', url: '/api/v1/actietafel-sessions/session-1/agreements' }).flush([]);

    service.minutes('session-1').subscribe();
    http.expectOne({ method: 'GET', url: '/api/v1/actietafel-sessions/session-1/minutes' }).flush(someMinutes());

    service.agendaItemPlanVersion('session-1', 'item-1').subscribe();
    http
      .expectOne({ method: 'GET', url: '/api/v1/actietafel-sessions/session-1/agenda-items/item-1/plan-version' })
      .flush({});

    expect(service.minutesPdfUrl('session-1')).toBe('/api/v1/actietafel-sessions/session-1/minutes/pdf');
  });
});
