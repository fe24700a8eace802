import { HttpErrorResponse, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CaseAccessProblems, consentRequiredLead, isConsentRequired } from './case-access-problems';
import { CaseNetworkApiService } from './case-network-api.service';
import { CaseTeamApiService } from './case-team-api.service';
import { CasesApiService } from './cases-api.service';
import { ToekomstplanApiService } from './toekomstplan-api.service';

const LEAD = { userId: 'user-1', name: 'Anne de Vries', organisationName: 'Gemeente Utrecht' };
const CONSENT_REQUIRED = {
  type: 'https://sluitend.nl/problems/consent-required',
  title: 'Forbidden',
  status: 403,
  detail: 'x',
  casusregisseur: LEAD,
};
const FORBIDDEN = { status: 403, statusText: 'Forbidden' };

describe('consent-required problems', () => {
  it('recognises a consent-required refusal and reads the casusregisseur from it', () => {
    const error = new HttpErrorResponse({ status: 403, error: CONSENT_REQUIRED });
    expect(isConsentRequired(error)).toBe(true);
    expect(consentRequiredLead(error)).toEqual(LEAD);
  });

  it('ignores other refusals', () => {
    const readOnly = new HttpErrorResponse({
      status: 403,
      error: { ...CONSENT_REQUIRED, type: 'https://sluitend.nl/problems/read-only-access' },
    });
    expect(isConsentRequired(readOnly)).toBe(false);
    expect(consentRequiredLead(new Error('x'))).toBeNull();
  });
});

describe('CaseAccessProblems', () => {
  let http: HttpTestingController;
  let problems: CaseAccessProblems;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    problems = TestBed.inject(CaseAccessProblems);
  });

  afterEach(() => http.verify());

  it('notes a consent-required refusal from any call about a case, and still passes the error on', () => {
    let failed = false;
    TestBed.inject(CaseTeamApiService)
      .list('case-1')
      .subscribe({ error: () => (failed = true) });
    http.expectOne('/api/v1/cases/case-1/team-members').flush(CONSENT_REQUIRED, FORBIDDEN);
    expect(failed).toBe(true);
    expect(problems.consentRefusal()).toEqual({ caseId: 'case-1', casusregisseur: LEAD });

    problems.forget('case-2');
    expect(problems.consentRefusal()).not.toBeNull();
    problems.forget('case-1');
    expect(problems.consentRefusal()).toBeNull();
  });

  it('watches the dossier, its timeline, network and toekomstplan calls', () => {
    const calls: Array<[() => void, string]> = [
      [
        () =>
          TestBed.inject(CasesApiService)
            .get('c-1')
            .subscribe({ error: () => undefined }),
        '/api/v1/cases/c-1',
      ],
      [
        () =>
          TestBed.inject(CasesApiService)
            .timeline('c-2')
            .subscribe({ error: () => undefined }),
        '/api/v1/cases/c-2/timeline',
      ],
      [
        () =>
          TestBed.inject(CaseNetworkApiService)
            .list('c-3')
            .subscribe({ error: () => undefined }),
        '/api/v1/cases/c-3/network-members',
      ],
      [
        () =>
          TestBed.inject(ToekomstplanApiService)
            .current('c-4')
            .subscribe({ error: () => undefined }),
        '/api/v1/cases/c-4/toekomstplan',
      ],
    ];
    calls.forEach(([call, url], index) => {
      call();
      http.expectOne(url).flush(CONSENT_REQUIRED, FORBIDDEN);
      expect(problems.consentRefusal()?.caseId).toBe(`c-${index + 1}`);
    });
  });

  it('ignores every other error', () => {
    TestBed.inject(CasesApiService)
      .get('c-1')
      .subscribe({ error: () => undefined });
    http
      .expectOne('/api/v1/cases/c-1')
      .flush(
        { type: 'https://sluitend.nl/problems/case-not-found', title: 'Not Found', status: 404, detail: 'x' },
        { status: 404, statusText: 'Not Found' },
      );
    expect(problems.consentRefusal()).toBeNull();
  });
});
