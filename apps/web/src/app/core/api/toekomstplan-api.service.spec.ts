import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ToekomstplanContent } from '@sluitend/domain';
import { MyActionsApiService } from './my-actions-api.service';
import { ToekomstplanApiService } from './toekomstplan-api.service';

const CONTENT: ToekomstplanContent = {
  myFuture: { whatIWant: 'Op mezelf wonen', whatIAmGoodAt: '', whoHelpsMe: '' },
  professionalView: '',
  domains: [],
  evaluationDate: null,
  transitionChecklist: [],
};

describe('ToekomstplanApiService', () => {
  let http: HttpTestingController;
  let service: ToekomstplanApiService;
  const base = '/api/v1/cases/c-1/toekomstplan';

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    service = TestBed.inject(ToekomstplanApiService);
  });

  afterEach(() => http.verify());

  it('reads the current plan', () => {
    service.current('c-1').subscribe();
    http.expectOne({ method: 'GET', url: base }).flush({});
  });

  it('saves a version with the version it was based on', () => {
    service.save('c-1', { basedOnVersion: 2, content: CONTENT }).subscribe();
    const request = http.expectOne({ method: 'PUT', url: base });
    expect(request.request.body).toEqual({ basedOnVersion: 2, content: CONTENT });
    request.flush({});
  });

  it('passes a version conflict on with the current version number', () => {
    let status: number | undefined;
    service.save('c-1', { basedOnVersion: 1, content: CONTENT }).subscribe({
      error: (error: { status: number }) => (status = error.status),
    });
    http.expectOne(base).flush(
      {
        type: 'https://sluitend.nl/problems/version-conflict',
        title: 'Conflict',
        status: 409,
        detail: 'x',
        currentVersion: 3,
      },
      { status: 409, statusText: 'Conflict' },
    );
    expect(status).toBe(409);
  });

  it('lists versions, reads one and compares two', () => {
    service.versions('c-1').subscribe();
    http.expectOne({ method: 'GET', url: `${base}/versions` }).flush([]);
    service.version('c-1', 2).subscribe();
    http.expectOne({ method: 'GET', url: `${base}/versions/2` }).flush({});
    service.compare('c-1', 1, 3).subscribe();
    http.expectOne({ method: 'GET', url: `${base}/comparison?from=1&to=3` }).flush({});
    service.scoreHistory('c-1').subscribe();
    http.expectOne({ method: 'GET', url: `${base}/score-history` }).flush([]);
  });

  it("changes only an action's status", () => {
    service.updateActionStatus('c-1', 'a-1', 'done').subscribe();
    const request = http.expectOne({ method: 'PATCH', url: `${base}/actions/a-1` });
    expect(request.request.body).toEqual({ status: 'done' });
    request.flush({});
  });

  it("lists the signed-in user's actions", () => {
    TestBed.inject(MyActionsApiService).list().subscribe();
    http.expectOne({ method: 'GET', url: '/api/v1/my-actions' }).flush([]);
  });
});
