import { Params } from '@angular/router';
import {
  EscalationNorm,
  EscalationOutcome,
  EscalationStateFigure,
  MonitoringFilter,
  MonitoringSignal,
  Sector,
} from '@sluitend/domain';
import { monthWithinPeriod } from './monitoring-filter';

/** Where a figure leads: a router path and its query parameters. */
export interface DrillDown {
  path: string;
  queryParams: Params;
}

export const ESCALATION_QUEUE_PATH = '/actietafel/escalations';

/**
 * The coordinator's escalation queue narrowed to the escalations behind a figure. The same semantics as the
 * dashboard's (submitted in the period, their state now), so the list is as long as the number clicked.
 */
function escalations(filter: MonitoringFilter, narrow: Params, period: 'submitted' | 'none' = 'submitted'): DrillDown {
  return {
    path: ESCALATION_QUEUE_PATH,
    queryParams: {
      state: 'all',
      ...(period === 'submitted' ? { submittedFrom: filter.from, submittedTo: filter.to } : {}),
      ...(filter.municipalityIds.length > 0 ? { municipalityId: filter.municipalityIds } : {}),
      ...narrow,
    },
  };
}

export function stateDrillDown(filter: MonitoringFilter, figure: Pick<EscalationStateFigure, 'state'>): DrillDown {
  return escalations(filter, { state: figure.state });
}

export function pastNormDrillDown(filter: MonitoringFilter, norm: EscalationNorm): DrillDown {
  return escalations(filter, { state: norm === 'triage-waiting' ? 'submitted' : 'accepted', pastNorm: norm });
}

export function submittedInMonthDrillDown(filter: MonitoringFilter, month: string): DrillDown {
  const period = monthWithinPeriod(month, filter);
  return escalations(filter, { submittedFrom: period.from, submittedTo: period.to }, 'none');
}

export function closedInMonthDrillDown(
  filter: MonitoringFilter,
  month: string,
  outcome?: EscalationOutcome,
): DrillDown {
  const period = monthWithinPeriod(month, filter);
  return escalations(filter, { closedFrom: period.from, closedTo: period.to, ...(outcome ? { outcome } : {}) }, 'none');
}

/** One municipality's figure opens that municipality's list, whatever else the filter selects. */
export function municipalityDrillDown(filter: MonitoringFilter, municipalityId: string): DrillDown {
  return escalations(filter, { municipalityId: [municipalityId] });
}

export function sectorDrillDown(filter: MonitoringFilter, sector: Sector): DrillDown {
  return escalations(filter, { sector });
}

/** Escalations without a reason code cannot be asked for by code, so that row has no list behind it. */
export function reasonCodeDrillDown(filter: MonitoringFilter, code: string | null): DrillDown | null {
  return code === null ? null : escalations(filter, { reasonCode: code });
}

/** The open agreements past their deadline, made in the period; of one organisation when given. */
export function overdueAgreementsDrillDown(filter: MonitoringFilter, organisationId?: string): DrillDown {
  return {
    path: '/monitoring/overdue-agreements',
    queryParams: {
      from: filter.from,
      to: filter.to,
      ...(filter.municipalityIds.length > 0 ? { municipalityId: filter.municipalityIds } : {}),
      ...(organisationId ? { organisationId } : {}),
    },
  };
}

/** The signals are about today: only the municipalities travel along. */
export function signalDrillDown(filter: MonitoringFilter, signal: MonitoringSignal): DrillDown {
  return {
    path: `/monitoring/signals/${signal}`,
    queryParams: filter.municipalityIds.length > 0 ? { municipalityId: filter.municipalityIds } : {},
  };
}
