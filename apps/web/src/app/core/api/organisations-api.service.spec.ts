import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { OrganisationsApiService } from './organisations-api.service';
import { RegionsApiService } from './regions-api.service';

describe('OrganisationsApiService and RegionsApiService', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('lists organisations', () => {
    TestBed.inject(OrganisationsApiService).list().subscribe();
    http.expectOne({ method: 'GET', url: '/api/v1/organisations' }).flush([]);
  });

  it('creates an organisation', () => {
    const body = { name: 'Buurtteam Noord', sector: 'welzijn' as const, regionId: 'region-1' };
    TestBed.inject(OrganisationsApiService).create(body).subscribe();
    const request = http.expectOne({ method: 'POST', url: '/api/v1/organisations' });
    expect(request.request.body).toEqual(body);
    request.flush({});
  });

  it('patches an organisation with its version', () => {
    TestBed.inject(OrganisationsApiService).update('org-1', { version: 7, active: true }).subscribe();
    const request = http.expectOne({ method: 'PATCH', url: '/api/v1/organisations/org-1' });
    expect(request.request.body).toEqual({ version: 7, active: true });
    request.flush({});
  });

  it('lists regions', () => {
    TestBed.inject(RegionsApiService).list().subscribe();
    http.expectOne({ method: 'GET', url: '/api/v1/regions' }).flush([]);
  });
});
