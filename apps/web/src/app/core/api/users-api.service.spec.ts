import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { UserResponse } from '@sluitend/domain';
import { UsersApiService } from './users-api.service';

const USER: UserResponse = {
  id: 'u/1',
  email: 'anne@jeugdregio.nl',
  name: 'Anne',
  organisationId: 'org-1',
  roles: ['admin'],
  active: true,
  version: 3,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

describe('UsersApiService', () => {
  let service: UsersApiService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    service = TestBed.inject(UsersApiService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('lists users from a relative /api/v1 url, so the XSRF header is added', () => {
    let users: UserResponse[] | undefined;
    service.list().subscribe((result) => (users = result));
    const request = http.expectOne('/api/v1/users');
    expect(request.request.method).toBe('GET');
    request.flush([USER]);
    expect(users).toEqual([USER]);
  });

  it('creates a user with a POST of the request body', () => {
    const body = {
      email: 'a@b.nl',
      name: 'A',
      organisationId: 'org-1',
      roles: ['professional' as const],
      password: 'x'.repeat(12),
    };
    service.create(body).subscribe();
    const request = http.expectOne({ method: 'POST', url: '/api/v1/users' });
    expect(request.request.body).toEqual(body);
    request.flush(USER);
  });

  it('patches one user with the version it was read at, escaping the id', () => {
    service.update('u/1', { version: 3, active: false }).subscribe();
    const request = http.expectOne({ method: 'PATCH', url: '/api/v1/users/u%2F1' });
    expect(request.request.body).toEqual({ version: 3, active: false });
    request.flush({ ...USER, active: false, version: 4 });
  });

  it('passes a 409 on to the caller', () => {
    let status: number | undefined;
    service
      .update('u/1', { version: 2, active: false })
      .subscribe({ error: (error: { status: number }) => (status = error.status) });
    http
      .expectOne('/api/v1/users/u%2F1')
      .flush({ status: 409, title: 'Conflict' }, { status: 409, statusText: 'Conflict' });
    expect(status).toBe(409);
  });
});
