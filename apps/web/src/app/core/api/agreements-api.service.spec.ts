import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { AgreementsApiService } from './agreements-api.service';

describe('AgreementsApiService', () => {
  let http: HttpTestingController;
  let service: AgreementsApiService;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    service = TestBed.inject(AgreementsApiService);
  });

  afterEach(() => http.verify());

  it('lists my agreements', () => {
    service.listMine().subscribe();
    http.expectOne({ method: 'GET', url: '/api/v1/agreements?owner=mine' }).flush([]);
  });

  it('lists my open agreements only when asked', () => {
    service.listMine({ status: 'open' }).subscribe();
    http.expectOne({ method: 'GET', url: '/api/v1/agreements?owner=mine&status=open' }).flush([]);
  });

  it("lists a case's agreements, escaping its id", () => {
    service.listForCase('c/1').subscribe();
    http.expectOne({ method: 'GET', url: '/api/v1/cases/c%2F1/agreements' }).flush([]);
  });

  it("lists the region's overdue agreements for the coordinator", () => {
    service.listOverdue().subscribe();
    http.expectOne({ method: 'GET', url: '/api/v1/agreements?status=open&overdue=true' }).flush([]);
  });

  it('marks an agreement done with the note and the version', () => {
    service.update('a/1', { version: 2, status: 'done', doneNote: 'Plek geregeld' }).subscribe();
    const request = http.expectOne({ method: 'PATCH', url: '/api/v1/agreements/a%2F1' });
    expect(request.request.body).toEqual({ version: 2, status: 'done', doneNote: 'Plek geregeld' });
    request.flush({});
  });
});
