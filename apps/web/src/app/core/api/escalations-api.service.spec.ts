import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CreateEscalationRequest, EscalationRequestContent } from '@sluitend/domain';
import { CaseAccessProblems } from './case-access-problems';
import { EscalationsApiService, escalationListParams } from './escalations-api.service';

const REQUEST: EscalationRequestContent = {
  reasonCode: 'waiting-list',
  reasonText: 'Geen plek bij de GGZ',
  whatWasTried: 'Drie aanbieders gebeld',
  question: 'Wie regelt een overbruggingsplek?',
  urgency: 'urgent',
  sectorsNeeded: ['jeugdhulp', 'gemeente'],
};

describe('EscalationsApiService', () => {
  let http: HttpTestingController;
  let service: EscalationsApiService;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    service = TestBed.inject(EscalationsApiService);
  });

  afterEach(() => http.verify());

  it('creates an escalation on a case, escaping its id', () => {
    const body: CreateEscalationRequest = { request: REQUEST, submit: true };
    service.create('c/1', body).subscribe();
    const request = http.expectOne({ method: 'POST', url: '/api/v1/cases/c%2F1/escalations' });
    expect(request.request.body).toEqual(body);
    request.flush({}, { status: 201, statusText: 'Created' });
  });

  it("lists a case's escalations and notes a consent-required refusal for the case page", () => {
    service.listForCase('case-1').subscribe({ error: () => undefined });
    http.expectOne({ method: 'GET', url: '/api/v1/cases/case-1/escalations' }).flush(
      {
        type: 'https://sluitend.nl/problems/consent-required',
        title: 'Forbidden',
        status: 403,
        detail: 'no consent',
      },
      { status: 403, statusText: 'Forbidden' },
    );
    expect(TestBed.inject(CaseAccessProblems).consentRefusal()?.caseId).toBe('case-1');
  });

  it('lists the escalations with the query as parameters, states comma-joined', () => {
    service
      .list({ state: ['submitted', 'returned'], urgency: 'urgent', municipalityId: 'm-1', sort: 'triage', page: 2 })
      .subscribe();
    const request = http.expectOne((candidate) => candidate.url === '/api/v1/escalations');
    expect(request.request.method).toBe('GET');
    expect(request.request.params.toString()).toBe(
      'state=submitted,returned&urgency=urgent&municipalityId=m-1&sort=triage&page=2',
    );
    request.flush({ items: [], total: 0, page: 2, pageSize: 20 });
  });

  it('leaves empty filters out of the query', () => {
    expect(escalationListParams({ state: [], reasonCode: '  ' }).keys()).toEqual([]);
    expect(escalationListParams({ reasonCode: 'housing', pageSize: 50 }).toString()).toBe(
      'reasonCode=housing&pageSize=50',
    );
  });

  it('sends the filters of a monitoring figure, one municipalityId per municipality', () => {
    const params = escalationListParams({
      municipalityIds: ['m-1', 'm-2'],
      submittedFrom: '2025-01-01',
      submittedTo: '2025-12-31',
      closedFrom: '2025-02-01',
      closedTo: '2025-02-28',
      sector: 'onderwijs',
      outcome: 'partly-resolved',
      pastNorm: 'accepted-unscheduled',
    });
    expect(params.getAll('municipalityId')).toEqual(['m-1', 'm-2']);
    expect(params.toString()).toBe(
      'municipalityId=m-1&municipalityId=m-2&submittedFrom=2025-01-01&submittedTo=2025-12-31&closedFrom=2025-02-01' +
        '&closedTo=2025-02-28&sector=onderwijs&outcome=partly-resolved&pastNorm=accepted-unscheduled',
    );
  });

  it('reads, saves and deletes one escalation', () => {
    service.get('e/1').subscribe();
    http.expectOne({ method: 'GET', url: '/api/v1/escalations/e%2F1' }).flush({});

    service.saveDraft('e-1', { request: REQUEST, version: 3 }).subscribe();
    const put = http.expectOne({ method: 'PUT', url: '/api/v1/escalations/e-1' });
    expect(put.request.body).toEqual({ request: REQUEST, version: 3 });
    put.flush({});

    service.delete('e-1').subscribe();
    http.expectOne({ method: 'DELETE', url: '/api/v1/escalations/e-1' }).flush(null, {
      status: 204,
      statusText: 'No Content',
    });
  });

  it('sends a transition with the version the user saw', () => {
    service.transition('e-1', { transition: 'return', question: 'Wat zegt de jongere?', version: 4 }).subscribe();
    const request = http.expectOne({ method: 'POST', url: '/api/v1/escalations/e-1/transitions' });
    expect(request.request.body).toEqual({ transition: 'return', question: 'Wat zegt de jongere?', version: 4 });
    request.flush({});
  });

  it('reads the attached plan version', () => {
    service.planVersion('e-1').subscribe();
    http.expectOne({ method: 'GET', url: '/api/v1/escalations/e-1/plan-version' }).flush({});
  });
});
