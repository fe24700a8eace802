import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CaseNetworkApiService } from './case-network-api.service';
import { CaseTeamApiService } from './case-team-api.service';

describe('CaseTeamApiService and CaseNetworkApiService', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('manages the team members of a case', () => {
    const team = TestBed.inject(CaseTeamApiService);
    team.list('c-1').subscribe();
    http.expectOne({ method: 'GET', url: '/api/v1/cases/c-1/team-members' }).flush([]);

    team.add('c-1', { userId: 'u-2', part: 'jeugdhulp' }).subscribe();
    const add = http.expectOne({ method: 'POST', url: '/api/v1/cases/c-1/team-members' });
    expect(add.request.body).toEqual({ userId: 'u-2', part: 'jeugdhulp' });
    add.flush({});

    team.update('c-1', 'tm-2', { part: 'schuldhulp' }).subscribe();
    const patch = http.expectOne({ method: 'PATCH', url: '/api/v1/cases/c-1/team-members/tm-2' });
    expect(patch.request.body).toEqual({ part: 'schuldhulp' });
    patch.flush({});

    let removed = false;
    team.remove('c-1', 'tm-2').subscribe(() => (removed = true));
    http
      .expectOne({ method: 'DELETE', url: '/api/v1/cases/c-1/team-members/tm-2' })
      .flush(null, { status: 204, statusText: 'No Content' });
    expect(removed).toBe(true);
  });

  it('hands over the casusregisseur role in one request', () => {
    TestBed.inject(CaseTeamApiService).handOver('c-1', 'u-2').subscribe();
    const request = http.expectOne({ method: 'PUT', url: '/api/v1/cases/c-1/casusregisseur' });
    expect(request.request.body).toEqual({ userId: 'u-2' });
    request.flush({});
  });

  it('manages the network members of a case', () => {
    const network = TestBed.inject(CaseNetworkApiService);
    const member = { name: 'Fatima de Jong', relation: 'parent' as const, phone: null, email: null, note: null };
    network.list('c-1').subscribe();
    http.expectOne({ method: 'GET', url: '/api/v1/cases/c-1/network-members' }).flush([]);
    network.add('c-1', member).subscribe();
    expect(http.expectOne({ method: 'POST', url: '/api/v1/cases/c-1/network-members' }).request.body).toEqual(member);
    network.update('c-1', 'n-1', member).subscribe();
    http.expectOne({ method: 'PATCH', url: '/api/v1/cases/c-1/network-members/n-1' }).flush({});
    network.remove('c-1', 'n-1').subscribe();
    http.expectOne({ method: 'DELETE', url: '/api/v1/cases/c-1/network-members/n-1' }).flush(null);
  });
});
