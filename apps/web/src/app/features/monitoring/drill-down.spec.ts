import { MonitoringFilter } from '@sluitend/domain';
import {
  closedInMonthDrillDown,
  municipalityDrillDown,
  overdueAgreementsDrillDown,
  pastNormDrillDown,
  reasonCodeDrillDown,
  sectorDrillDown,
  signalDrillDown,
  stateDrillDown,
  submittedInMonthDrillDown,
} from './drill-down';

describe('drill-down links', () => {
  const filter: MonitoringFilter = { from: '2025-04-15', to: '2026-03-05', municipalityIds: ['m-1', 'm-2'] };
  const queue = '/actietafel/escalations';

  it('opens a state figure as the escalations submitted in the period with that state, in the chosen municipalities', () => {
    expect(stateDrillDown(filter, { state: 'accepted' })).toEqual({
      path: queue,
      queryParams: {
        state: 'accepted',
        submittedFrom: '2025-04-15',
        submittedTo: '2026-03-05',
        municipalityId: ['m-1', 'm-2'],
      },
    });
  });

  it('opens a norm figure as the escalations of that state past the norm', () => {
    expect(pastNormDrillDown(filter, 'triage-waiting').queryParams).toMatchObject({
      state: 'submitted',
      pastNorm: 'triage-waiting',
    });
    expect(pastNormDrillDown(filter, 'accepted-unscheduled').queryParams).toMatchObject({
      state: 'accepted',
      pastNorm: 'accepted-unscheduled',
    });
  });

  it('opens a month of the throughput over that month only, clipped to the period', () => {
    expect(submittedInMonthDrillDown(filter, '2025-04').queryParams).toEqual({
      state: 'all',
      submittedFrom: '2025-04-15',
      submittedTo: '2025-04-30',
      municipalityId: ['m-1', 'm-2'],
    });
    expect(closedInMonthDrillDown(filter, '2025-06', 'partly-resolved').queryParams).toEqual({
      state: 'all',
      closedFrom: '2025-06-01',
      closedTo: '2025-06-30',
      outcome: 'partly-resolved',
      municipalityId: ['m-1', 'm-2'],
    });
  });

  it('opens one municipality, sector or reason code with the period', () => {
    expect(municipalityDrillDown(filter, 'm-9').queryParams['municipalityId']).toEqual(['m-9']);
    expect(sectorDrillDown(filter, 'onderwijs').queryParams).toMatchObject({ state: 'all', sector: 'onderwijs' });
    expect(reasonCodeDrillDown(filter, 'housing')?.queryParams).toMatchObject({
      state: 'all',
      reasonCode: 'housing',
      submittedFrom: '2025-04-15',
    });
  });

  it('has no list behind escalations without a reason code', () => {
    expect(reasonCodeDrillDown(filter, null)).toBeNull();
  });

  it('opens the overdue agreements made in the period, of one organisation when given', () => {
    expect(overdueAgreementsDrillDown(filter, 'org-1')).toEqual({
      path: '/monitoring/overdue-agreements',
      queryParams: { from: '2025-04-15', to: '2026-03-05', municipalityId: ['m-1', 'm-2'], organisationId: 'org-1' },
    });
  });

  it('opens a signal with the municipalities only: the period does not apply to it', () => {
    expect(signalDrillDown(filter, 'stagnating')).toEqual({
      path: '/monitoring/signals/stagnating',
      queryParams: { municipalityId: ['m-1', 'm-2'] },
    });
    expect(signalDrillDown({ ...filter, municipalityIds: [] }, 'stagnating').queryParams).toEqual({});
  });
});
