import type { DashboardResponse } from '@sluitend/domain';

/**
 * A dashboard with counts on both sides of the suppression threshold (0, 1, 4, 5 and more) in every section,
 * for the unit tests of the monitoring report. The ids are the kind a dashboard carries (municipality,
 * organisation); none of them may reach the report.
 */
export function exampleDashboard(): DashboardResponse {
  return {
    filter: { from: '2026-01-01', to: '2026-02-28', municipalityIds: ['7d0b6c1e-4a8e-4c55-9d8f-0a1b2c3d4e5f'] },
    generatedAt: '2026-03-02T09:15:00.000Z',
    escalationsByState: [
      { state: 'submitted', count: 5, pastNorm: 4, longestDaysInState: 31 },
      { state: 'accepted', count: 4, pastNorm: 1, longestDaysInState: 40 },
      { state: 'scheduled', count: 0, pastNorm: 0, longestDaysInState: null },
      { state: 'agreements-running', count: 12, pastNorm: 0, longestDaysInState: 55 },
      { state: 'closed', count: 1, pastNorm: 0, longestDaysInState: 9 },
      { state: 'returned', count: 6, pastNorm: 0, longestDaysInState: 3 },
      { state: 'rejected', count: 2, pastNorm: 0, longestDaysInState: 17 },
    ],
    norms: { triageWaiting: 4, acceptedUnscheduled: 1, overdueAgreements: 7 },
    throughput: [
      {
        month: '2026-01',
        submitted: 18,
        closed: 7,
        outcomes: { resolved: 5, 'partly-resolved': 2, 'not-resolved': 0 },
      },
      {
        month: '2026-02',
        submitted: 3,
        closed: 0,
        outcomes: { resolved: 0, 'partly-resolved': 0, 'not-resolved': 0 },
      },
    ],
    leadTimes: [
      { stage: 'submission-to-triage', count: 5, medianDays: 2.5, p90Days: 6.25 },
      { stage: 'submission-to-first-session', count: 4, medianDays: 20.5, p90Days: 33.1 },
      { stage: 'submission-to-close', count: 0, medianDays: null, p90Days: null },
    ],
    byMunicipality: [
      { municipalityId: '7d0b6c1e-4a8e-4c55-9d8f-0a1b2c3d4e5f', name: 'Tiel', submitted: 17 },
      { municipalityId: '0f1e2d3c-4b5a-4697-8887-766554433221', name: 'Buren', submitted: 4 },
    ],
    bySector: [
      { sector: 'jeugdhulp', count: 9 },
      { sector: 'onderwijs', count: 1 },
      { sector: 'welzijn', count: 0 },
    ],
    reasonCodes: [
      { code: 'waiting-list', label: 'Wachtlijst', count: 11 },
      { code: 'housing', label: 'Huisvesting', count: 3 },
      { code: null, label: 'Geen reden opgegeven', count: 7 },
    ],
    overdueByOrganisation: [
      { organisationId: '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d', name: 'Jeugdhulp Betuwe', overdueAgreements: 5 },
      { organisationId: '9f8e7d6c-5b4a-4392-8190-a0b1c2d3e4f5', name: 'Werkzaak Rivierenland', overdueAgreements: 2 },
    ],
    signals: { 'sixteen-plus-without-plan': 8, 'turning-eighteen-open-checklist': 3, stagnating: 0 },
  };
}
