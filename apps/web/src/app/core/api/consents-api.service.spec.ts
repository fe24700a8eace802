import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CreateConsentRequest, EmergencyAccessResponse } from '@sluitend/domain';
import { ConsentsApiService } from './consents-api.service';
import { EmergencyAccessApiService } from './emergency-access-api.service';

describe('ConsentsApiService', () => {
  let http: HttpTestingController;
  let service: ConsentsApiService;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    service = TestBed.inject(ConsentsApiService);
  });

  afterEach(() => http.verify());

  it('lists the consents of a case, escaping its id', () => {
    service.list('c/1').subscribe();
    http.expectOne({ method: 'GET', url: '/api/v1/cases/c%2F1/consents' }).flush([]);
  });

  it('registers a consent with the request as its body', () => {
    const body: CreateConsentRequest = {
      scope: 'organisation',
      organisationId: 'org-1',
      purpose: 'case-collaboration',
      basis: 'consent',
      givenBy: ['jongere'],
      givenOn: '2026-03-01',
    };
    service.create('c-1', body).subscribe();
    const request = http.expectOne({ method: 'POST', url: '/api/v1/cases/c-1/consents' });
    expect(request.request.body).toEqual(body);
    request.flush({}, { status: 201, statusText: 'Created' });
  });

  it('withdraws a consent with the reason', () => {
    service.withdraw('c-1', 'k/1', { reason: 'Jongere trekt toestemming in' }).subscribe();
    const request = http.expectOne({ method: 'POST', url: '/api/v1/cases/c-1/consents/k%2F1/withdrawal' });
    expect(request.request.body).toEqual({ reason: 'Jongere trekt toestemming in' });
    request.flush({});
  });
});

describe('EmergencyAccessApiService', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('asks for emergency access with the BSN or name and the reason', () => {
    const body = { lastName: 'de Jong', dateOfBirth: '2009-05-14', reason: 'Jongere is vermist, politie vraagt' };
    TestBed.inject(EmergencyAccessApiService).create(body).subscribe();
    const request = http.expectOne({ method: 'POST', url: '/api/v1/emergency-accesses' });
    expect(request.request.body).toEqual(body);
    request.flush({}, { status: 201, statusText: 'Created' });
  });

  it('lists the emergency accesses the user may see', () => {
    const access: EmergencyAccessResponse = {
      id: 'ea-1',
      caseId: 'case-1',
      user: { userId: 'user-9', name: 'Linda Verhoef', organisationName: 'Politie Midden-Nederland' },
      reason: 'Jongere vermist, contactgegevens nodig voor de politie',
      grantedAt: '2026-03-05T08:00:00Z',
      expiresAt: '2026-03-05T12:00:00Z',
      active: true,
    };
    let result: EmergencyAccessResponse[] | undefined;
    TestBed.inject(EmergencyAccessApiService)
      .list()
      .subscribe((answer) => (result = answer));
    http.expectOne({ method: 'GET', url: '/api/v1/emergency-accesses' }).flush([access]);
    expect(result).toEqual([access]);
  });
});
