import { Provider } from '@angular/core';
import {
  CaseResponse,
  DEFAULT_LIFE_DOMAINS,
  TeamMemberResponse,
  ToekomstplanContent,
  ToekomstplanVersionResponse,
  emptyToekomstplan,
} from '@sluitend/domain';
import { Clock } from '../app/core/time/clock';

/** The day every test lives on, so ages and deadlines do not change with the calendar. */
export const TODAY = '2026-03-05';

class FixedClock extends Clock {
  override now(): Date {
    return new Date(`${TODAY}T10:00:00Z`);
  }
}

export function provideFixedClock(): Provider {
  return { provide: Clock, useValue: new FixedClock() };
}

export function aCase(overrides: Partial<CaseResponse> = {}): CaseResponse {
  return {
    id: 'case-1',
    firstName: 'Noah',
    lastName: 'de Jong',
    // 16 years and 10 months on TODAY: in the transition age.
    dateOfBirth: '2009-05-14',
    bsn: null,
    municipalityId: 'm-1',
    municipalityName: 'Tiel',
    schoolOrWork: 'Praktijkschool Tiel',
    contact: { phone: '0612345678', email: null, address: null },
    status: 'open',
    closedReason: null,
    closedAt: null,
    casusregisseur: { userId: 'user-1', name: 'Anne de Vries' },
    restriction: null,
    lifeDomains: DEFAULT_LIFE_DOMAINS,
    version: 3,
    createdAt: '2026-01-10T09:00:00Z',
    updatedAt: '2026-03-01T09:00:00Z',
    ...overrides,
  };
}

export function aTeamMember(overrides: Partial<TeamMemberResponse> = {}): TeamMemberResponse {
  return {
    id: 'tm-1',
    userId: 'user-1',
    name: 'Anne de Vries',
    email: 'anne@jeugdregio.nl',
    organisationId: 'org-1',
    organisationName: 'Gemeente Utrecht',
    sector: 'gemeente',
    part: 'casusregisseur',
    isCasusregisseur: true,
    addedAt: '2026-01-10T09:00:00Z',
    ...overrides,
  };
}

export function aPlan(change: (content: ToekomstplanContent) => void = () => undefined): ToekomstplanContent {
  const content = emptyToekomstplan(DEFAULT_LIFE_DOMAINS, '2009-05-14', TODAY);
  change(content);
  return content;
}

export function aVersion(number: number, content: ToekomstplanContent = aPlan()): ToekomstplanVersionResponse {
  return {
    caseId: 'case-1',
    number,
    basedOn: number > 1 ? number - 1 : null,
    content,
    createdAt: '2026-03-04T14:30:00Z',
    createdBy: { userId: 'user-2', name: 'Linda Verhoef' },
    lifeDomains: DEFAULT_LIFE_DOMAINS,
  };
}
