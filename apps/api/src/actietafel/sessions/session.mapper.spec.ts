import type { MinutesResponse } from '@sluitend/domain';
import type { AgendaItemEntity } from '../entities/agenda-item.entity';
import type { AgreementEntity } from '../entities/agreement.entity';
import type { DecisionEntity } from '../entities/decision.entity';
import { renderMinutesPdf } from './pdf/minutes-pdf';
import type { LoadedAgendaItem } from './session.loader';
import { reasonLabel, toAgendaItemResponse } from './session.mapper';
import { discussedSummary, minutesFileName, sessionNotifications } from './session-texts';

const at = new Date('2026-12-03T08:30:00Z');

function loadedItem(): LoadedAgendaItem {
  const item = {
    id: 'item-1',
    position: 1,
    kind: 'escalation',
    escalationId: 'esc-1',
    minutesPlanned: 20,
    phase: 'discussed',
    startedAt: at,
    finishedAt: new Date(at.getTime() + 18 * 60_000 + 5_000),
    summary: 'Besproken',
    version: 3,
    escalation: {
      id: 'esc-1',
      caseId: 'case-1',
      state: 'scheduled',
      reasonCode: 'waiting-list',
      reasonText: 'Wachtlijst',
      whatWasTried: 'Bellen',
      question: 'Wie helpt?',
      urgency: 'urgent',
      sectorsNeeded: ['jeugdhulp'],
      ladderLevel: 'table',
      planVersion: null,
      case: { firstName: 'Noor', lastName: 'Geheim', dateOfBirth: '2009-01-02', municipality: { name: 'Tiel' } },
    },
  } as unknown as AgendaItemEntity;
  const decision = {
    id: 'd-1',
    agendaItemId: 'item-1',
    escalationId: 'esc-1',
    text: 'Doen',
    doorzettingsmacht: true,
    justification: 'Omdat het moet',
    createdAt: at,
  } as DecisionEntity;
  const agreement = {
    id: 'a-1',
    escalationId: 'esc-1',
    caseId: 'case-1',
    sessionId: 's-1',
    agendaItemId: 'item-1',
    what: 'Kamer regelen',
    ownerUserId: null,
    ownerOrganisationId: 'org-1',
    ownerUser: null,
    ownerOrganisation: { name: 'Werkzaak' },
    deadline: '2026-12-01',
    status: 'open',
    doneNote: null,
    dropReason: null,
    settledAt: null,
    settledBy: null,
    settler: null,
    createdAt: at,
    version: 1,
  } as unknown as AgreementEntity;
  return { item, decisions: [decision], agreements: [agreement], earlierAgreements: [] };
}

describe('the session mapper', () => {
  it('shows the outline without anything about the jongere', () => {
    const outline = toAgendaItemResponse(loadedItem(), 'outline', '2026-12-03');
    expect(outline).toMatchObject({
      label: 'Wachtlijst',
      urgency: 'urgent',
      escalation: null,
      summary: null,
      decisions: [],
      agreements: [],
    });
    expect(JSON.stringify(outline)).not.toContain('Geheim');
  });

  it('shows the full item with the subject, the decisions and the agreements (overdue derived)', () => {
    const full = toAgendaItemResponse(loadedItem(), 'full', '2026-12-03');
    expect(full.escalation?.subject).toEqual({
      firstName: 'Noor',
      lastName: 'Geheim',
      dateOfBirth: '2009-01-02',
      municipalityName: 'Tiel',
    });
    expect(full.decisions[0]).toMatchObject({ doorzettingsmacht: true, justification: 'Omdat het moet' });
    expect(full.agreements[0]).toMatchObject({ overdue: true, owner: { userId: null, name: 'Werkzaak' } });
  });

  it('labels unknown and missing reason codes', () => {
    expect(reasonLabel(null)).toBe('Anders');
    expect(reasonLabel('regional-code')).toBe('regional-code');
  });
});

describe('the texts of a session', () => {
  it('names dates and counts, never the jongere', () => {
    expect(discussedSummary(at, { decisions: 1, doorzettingsmacht: true, agreements: 2 })).toBe(
      'Besproken aan de Actietafel van 3 december 2026: 1 besluit (waarvan één met doorzettingsmacht), 2 afspraken',
    );
    const [assigned] = sessionNotifications.agreementsAssigned({ id: 's-1', startsAt: at }, new Map([['u-1', 1]]));
    expect(assigned).toEqual({
      userId: 'u-1',
      kind: 'agreements.assigned',
      subjectId: 's-1',
      title: 'U heeft 1 nieuwe afspraak uit de Actietafel van 3 december',
      link: '/home',
    });
    expect(sessionNotifications.minutesReady({ id: 's-1', startsAt: at }, ['u-1', 'u-1', 'u-2'])).toHaveLength(2);
    expect(minutesFileName(at)).toBe('verslag-actietafel-2026-12-03.pdf');
  });
});

describe('the minutes PDF', () => {
  it('renders a PDF for minutes without attendance or agenda', async () => {
    const minutes: MinutesResponse = {
      sessionId: 's-1',
      startsAt: at.toISOString(),
      endsAt: new Date(at.getTime() + 2 * 3_600_000).toISOString(),
      location: null,
      onlineUrl: 'https://meet.example.nl/tafel',
      chair: { userId: 'u-1', name: 'Marieke van Dijk' },
      minuteTaker: null,
      attendance: [],
      items: [],
      generatedAt: at.toISOString(),
      endedBy: { userId: 'u-1', name: 'Marieke van Dijk' },
    };
    const pdf = await renderMinutesPdf(minutes);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
