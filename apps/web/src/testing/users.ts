import { TestBed } from '@angular/core/testing';
import { HttpTestingController } from '@angular/common/http/testing';
import { MeResponse, Role } from '@sluitend/domain';
import { AuthService } from '../app/core/auth/auth.service';

export function aUser(roles: Role[], overrides: Partial<MeResponse> = {}): MeResponse {
  return {
    id: 'user-1',
    email: 'anne@jeugdregio.nl',
    name: 'Anne de Vries',
    roles,
    organisation: { id: 'org-1', name: 'Gemeente Utrecht', sector: 'gemeente' },
    ...overrides,
  };
}

/** Signs in the way the app does at start-up; needs provideHttpClientTesting. */
export function signIn(roles: Role[], overrides: Partial<MeResponse> = {}): MeResponse {
  const user = aUser(roles, overrides);
  TestBed.inject(AuthService).restoreSession().subscribe();
  TestBed.inject(HttpTestingController).expectOne('/api/v1/auth/me').flush(user);
  return user;
}
