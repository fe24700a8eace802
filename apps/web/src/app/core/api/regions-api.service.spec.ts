import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { RegionWithLifeDomains, RegionsApiService } from './regions-api.service';

const REGION: RegionWithLifeDomains = {
  id: 'region/1',
  name: 'Jeugdregio Utrecht',
  municipalities: [],
  lifeDomains: [{ key: 'wonen', label: 'Wonen' }],
};

describe('RegionsApiService', () => {
  let service: RegionsApiService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    service = TestBed.inject(RegionsApiService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('lists the regions with their life domains', () => {
    let regions: RegionWithLifeDomains[] | undefined;
    service.list().subscribe((result) => (regions = result));
    const request = http.expectOne('/api/v1/regions');
    expect(request.request.method).toBe('GET');
    request.flush([REGION]);
    expect(regions).toEqual([REGION]);
  });

  it('puts the ordered life domains of one region, escaping the id', () => {
    const body = {
      lifeDomains: [
        { key: 'geld', label: 'Geld' },
        { key: 'wonen', label: 'Wonen' },
      ],
    };
    let updated: RegionWithLifeDomains | undefined;
    service.updateLifeDomains('region/1', body).subscribe((result) => (updated = result));
    const request = http.expectOne({ method: 'PUT', url: '/api/v1/regions/region%2F1/life-domains' });
    expect(request.request.body).toEqual(body);
    request.flush({ ...REGION, ...body });
    expect(updated?.lifeDomains).toEqual(body.lifeDomains);
  });
});
