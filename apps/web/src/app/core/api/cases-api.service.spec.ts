import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ColleaguesApiService } from './colleagues-api.service';
import { CasesApiService } from './cases-api.service';
import { MunicipalitiesApiService } from './municipalities-api.service';

describe('CasesApiService', () => {
  let http: HttpTestingController;
  let service: CasesApiService;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    service = TestBed.inject(CasesApiService);
  });

  afterEach(() => http.verify());

  it('lists a page of cases with the query in the url', () => {
    service.list({ search: 'noah', status: 'open', sort: 'lastName', page: 2, pageSize: 20 }).subscribe();
    const request = http.expectOne((r) => r.url === '/api/v1/cases');
    expect(request.request.method).toBe('GET');
    expect(request.request.urlWithParams).toBe(
      '/api/v1/cases?search=noah&status=open&sort=lastName&page=2&pageSize=20',
    );
    request.flush({ items: [], total: 0, page: 2, pageSize: 20 });
  });

  it('creates a case', () => {
    const body = { firstName: 'Noah', lastName: 'de Jong', dateOfBirth: '2009-05-14', municipalityId: 'm-1' };
    service.create(body).subscribe();
    const request = http.expectOne({ method: 'POST', url: '/api/v1/cases' });
    expect(request.request.body).toEqual(body);
    request.flush({});
  });

  it('reads, patches and lists the timeline of one case, escaping its id', () => {
    service.get('c/1').subscribe();
    http.expectOne({ method: 'GET', url: '/api/v1/cases/c%2F1' }).flush({});
    service.update('c/1', { version: 4, status: 'closed', closedReason: 'Doelen bereikt' }).subscribe();
    const patch = http.expectOne({ method: 'PATCH', url: '/api/v1/cases/c%2F1' });
    expect(patch.request.body).toEqual({ version: 4, status: 'closed', closedReason: 'Doelen bereikt' });
    patch.flush({});
    service.timeline('c/1').subscribe();
    http.expectOne({ method: 'GET', url: '/api/v1/cases/c%2F1/timeline' }).flush([]);
  });
});

describe('MunicipalitiesApiService and ColleaguesApiService', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('lists municipalities', () => {
    TestBed.inject(MunicipalitiesApiService).list().subscribe();
    http.expectOne({ method: 'GET', url: '/api/v1/municipalities' }).flush([]);
  });

  it('searches colleagues by trimmed text', () => {
    TestBed.inject(ColleaguesApiService).search(' Linda ').subscribe();
    const request = http.expectOne((r) => r.url === '/api/v1/colleagues');
    expect(request.request.params.get('search')).toBe('Linda');
    request.flush([]);
  });

  it('asks for colleagues without a search parameter when the text is empty', () => {
    TestBed.inject(ColleaguesApiService).search('  ').subscribe();
    expect(http.expectOne('/api/v1/colleagues').request.params.keys()).toEqual([]);
  });
});
