import { EnvironmentProviders } from '@angular/core';
import { DashboardResponse, MonitoringReportResponse } from '@sluitend/domain';
import { provideEchartsCore } from 'ngx-echarts';

/** The options each chart was last given, in the order the charts were created. */
export interface ChartRecorder {
  options: unknown[];
}

/**
 * jsdom has no canvas and no ResizeObserver: the charts get a recording chart instead of ECharts' canvas
 * one, so a test can check what a chart was asked to draw. The tables next to the charts are real.
 */
export function provideRecordingCharts(recorder: ChartRecorder): EnvironmentProviders {
  const global = window as unknown as { ResizeObserver?: unknown };
  // Never fires: the charts are drawn once, at their first size.
  global.ResizeObserver ??= class {
    observe = () => undefined;
    unobserve = () => undefined;
    disconnect = () => undefined;
  };
  const echarts = {
    init: () => {
      const index = recorder.options.length;
      recorder.options.push(null);
      return {
        setOption: (option: unknown) => (recorder.options[index] = option),
        isDisposed: () => false,
        dispose: () => undefined,
        resize: () => undefined,
        on: () => undefined,
        off: () => undefined,
      };
    },
  };
  return provideEchartsCore({ echarts: echarts as never });
}

export const TIEL = '7d0b6c1e-4a8e-4c55-9d8f-0a1b2c3d4e5f';
export const BUREN = '0f1e2d3c-4b5a-4697-8887-766554433221';
export const BETUWE = '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d';

export function aDashboard(overrides: Partial<DashboardResponse> = {}): DashboardResponse {
  return {
    filter: { from: '2025-04-01', to: '2026-03-05', municipalityIds: [] },
    generatedAt: '2026-03-05T09:15:00.000Z',
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
        month: '2026-02',
        submitted: 18,
        closed: 7,
        outcomes: { resolved: 5, 'partly-resolved': 2, 'not-resolved': 0 },
      },
      { month: '2026-03', submitted: 3, closed: 0, outcomes: { resolved: 0, 'partly-resolved': 0, 'not-resolved': 0 } },
    ],
    leadTimes: [
      { stage: 'submission-to-triage', count: 5, medianDays: 2.5, p90Days: 6.25 },
      { stage: 'submission-to-first-session', count: 4, medianDays: 20.04, p90Days: 33.1 },
      { stage: 'submission-to-close', count: 0, medianDays: null, p90Days: null },
    ],
    byMunicipality: [
      { municipalityId: BUREN, name: 'Buren', submitted: 4 },
      { municipalityId: TIEL, name: 'Tiel', submitted: 17 },
    ],
    bySector: [
      { sector: 'jeugdhulp', count: 9 },
      { sector: 'onderwijs', count: 1 },
    ],
    reasonCodes: [
      { code: 'waiting-list', label: 'Wachtlijst', count: 11 },
      { code: null, label: 'Geen reden opgegeven', count: 7 },
      { code: 'housing', label: 'Huisvesting', count: 3 },
    ],
    overdueByOrganisation: [{ organisationId: BETUWE, name: 'Jeugdhulp Betuwe', overdueAgreements: 5 }],
    signals: { 'sixteen-plus-without-plan': 8, 'turning-eighteen-open-checklist': 3, stagnating: 0 },
    ...overrides,
  };
}

export function aReport(overrides: Partial<MonitoringReportResponse> = {}): MonitoringReportResponse {
  return {
    title: 'Monitoring sluitende aanpak — Regio Rivierenland',
    filter: { from: '2025-01-01', to: '2025-12-31', municipalityIds: [TIEL], municipalityNames: ['Tiel'] },
    generatedAt: '2026-03-05T09:15:00.000Z',
    suppressionThreshold: 5,
    escalationsByState: [
      { state: 'submitted', count: 12, pastNorm: null },
      { state: 'accepted', count: 0, pastNorm: 0 },
    ],
    throughput: [
      {
        month: '2025-01',
        submitted: 7,
        closed: null,
        outcomes: { resolved: null, 'partly-resolved': 0, 'not-resolved': 0 },
      },
    ],
    leadTimes: [
      { stage: 'submission-to-triage', count: 12, medianDays: 3.25, p90Days: 8 },
      { stage: 'submission-to-close', count: null, medianDays: null, p90Days: null },
    ],
    byMunicipality: [{ name: 'Tiel', submitted: 19 }],
    bySector: [{ sector: 'jeugdhulp', count: null }],
    reasonCodes: [{ label: 'Wachtlijst', count: 6 }],
    overdueByOrganisation: [{ name: 'Jeugdhulp Betuwe', overdueAgreements: null }],
    signals: { 'sixteen-plus-without-plan': 5, 'turning-eighteen-open-checklist': null, stagnating: 0 },
    ...overrides,
  };
}
