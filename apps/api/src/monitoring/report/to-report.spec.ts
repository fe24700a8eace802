import type { DashboardResponse } from '@sluitend/domain';
import { exampleDashboard } from '../../testing/monitoring-dashboard.example';
import { toReport } from './to-report';

const CONTEXT = { regionName: 'Rivierenland', municipalityNames: ['Tiel'] };
const report = (dashboard: DashboardResponse = exampleDashboard()) => toReport(dashboard, CONTEXT);

describe('toReport', () => {
  it('shows 0, hides 1 and 4, and shows 5 and more in every count', () => {
    const result = report();
    expect(result.escalationsByState.map(({ state, count, pastNorm }) => [state, count, pastNorm])).toEqual([
      ['submitted', 5, null],
      ['accepted', null, null],
      ['scheduled', 0, 0],
      ['agreements-running', 12, 0],
      ['closed', null, 0],
      ['returned', 6, 0],
      ['rejected', null, 0],
    ]);
    expect(result.throughput).toEqual([
      {
        month: '2026-01',
        submitted: 18,
        closed: 7,
        outcomes: { resolved: 5, 'partly-resolved': null, 'not-resolved': 0 },
      },
      {
        month: '2026-02',
        submitted: null,
        closed: 0,
        outcomes: { resolved: 0, 'partly-resolved': 0, 'not-resolved': 0 },
      },
    ]);
    expect(result.byMunicipality).toEqual([
      { name: 'Tiel', submitted: 17 },
      { name: 'Buren', submitted: null },
    ]);
    expect(result.bySector).toEqual([
      { sector: 'jeugdhulp', count: 9 },
      { sector: 'onderwijs', count: null },
      { sector: 'welzijn', count: 0 },
    ]);
    expect(result.reasonCodes).toEqual([
      { label: 'Wachtlijst', count: 11 },
      { label: 'Huisvesting', count: null },
      { label: 'Geen reden opgegeven', count: 7 },
    ]);
    expect(result.overdueByOrganisation).toEqual([
      { name: 'Jeugdhulp Betuwe', overdueAgreements: 5 },
      { name: 'Werkzaak Rivierenland', overdueAgreements: null },
    ]);
    expect(result.signals).toEqual({
      'sixteen-plus-without-plan': 8,
      'turning-eighteen-open-checklist': null,
      stagnating: 0,
    });
  });

  it('hides the median and the 90th percentile of a lead time taken over fewer than 5 escalations', () => {
    expect(report().leadTimes).toEqual([
      { stage: 'submission-to-triage', count: 5, medianDays: 2.5, p90Days: 6.25 },
      { stage: 'submission-to-first-session', count: null, medianDays: null, p90Days: null },
      { stage: 'submission-to-close', count: 0, medianDays: null, p90Days: null },
    ]);
  });

  it('states its title, period, municipalities, threshold and when the figures were made', () => {
    const result = report();
    expect(result.title).toBe('Monitoring sluitende aanpak — Regio Rivierenland');
    expect(result.filter).toEqual({
      from: '2026-01-01',
      to: '2026-02-28',
      municipalityIds: ['7d0b6c1e-4a8e-4c55-9d8f-0a1b2c3d4e5f'],
      municipalityNames: ['Tiel'],
    });
    expect(result.generatedAt).toBe('2026-03-02T09:15:00.000Z');
    expect(result.suppressionThreshold).toBe(5);
  });

  it('has every section of the contract, and no other', () => {
    expect(Object.keys(report()).sort()).toEqual(
      [
        'title',
        'filter',
        'generatedAt',
        'suppressionThreshold',
        'escalationsByState',
        'throughput',
        'leadTimes',
        'byMunicipality',
        'bySector',
        'reasonCodes',
        'overdueByOrganisation',
        'signals',
      ].sort(),
    );
  });

  it('keeps every section present when the period has no escalations at all', () => {
    const empty: DashboardResponse = {
      ...exampleDashboard(),
      escalationsByState: exampleDashboard().escalationsByState.map((figure) => ({
        ...figure,
        count: 0,
        pastNorm: 0,
        longestDaysInState: null,
      })),
      byMunicipality: [],
      bySector: [],
      reasonCodes: [],
      overdueByOrganisation: [],
      signals: { 'sixteen-plus-without-plan': 0, 'turning-eighteen-open-checklist': 0, stagnating: 0 },
    };
    const result = report(empty);
    expect(result.escalationsByState.every((figure) => figure.count === 0)).toBe(true);
    expect(result.throughput).toHaveLength(2);
    expect(result.byMunicipality).toEqual([]);
    expect(result.signals).toEqual({
      'sixteen-plus-without-plan': 0,
      'turning-eighteen-open-checklist': 0,
      stagnating: 0,
    });
  });

  it('carries no id but the chosen municipalities, and nothing about one single case', () => {
    const dashboard = exampleDashboard();
    const serialised = JSON.stringify(report(dashboard));
    const uuids = serialised.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi) ?? [];
    expect(uuids).toEqual(dashboard.filter.municipalityIds);
    for (const organisation of dashboard.overdueByOrganisation)
      expect(serialised).not.toContain(organisation.organisationId);
    expect(serialised).not.toContain(dashboard.byMunicipality[1]?.municipalityId);
    for (const field of ['caseId', 'displayName', 'bsn', 'dateOfBirth', 'birthDate', 'longestDaysInState', '"code"'])
      expect(serialised).not.toContain(field);
  });

  it('does not let a change to the report reach back into the dashboard', () => {
    const dashboard = exampleDashboard();
    toReport(dashboard, CONTEXT).filter.municipalityIds.push('x');
    expect(dashboard.filter.municipalityIds).toHaveLength(1);
  });
});
