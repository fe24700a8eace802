/** The dashboard's aggregate queries, one per figure: the api runs them, and so does the benchmark (as the floor). */
export * from './monitoring-query-input';
export * from './norm-cutoffs';
export * from './escalations-by-state.query';
export * from './throughput.query';
export * from './lead-times.query';
export * from './by-municipality.query';
export * from './by-sector.query';
export * from './reason-codes.query';
export * from './overdue-by-organisation.query';
export * from './signals.query';

import { byMunicipalityQuery } from './by-municipality.query';
import { bySectorQuery } from './by-sector.query';
import { escalationsByStateQuery } from './escalations-by-state.query';
import { leadTimesQuery } from './lead-times.query';
import type { MonitoringQuery, MonitoringQueryInput } from './monitoring-query-input';
import { overdueByOrganisationQuery } from './overdue-by-organisation.query';
import { reasonCodesQuery } from './reason-codes.query';
import { signalsQuery } from './signals.query';
import { throughputQuery } from './throughput.query';

/** Every query of one dashboard view, by figure. */
export function dashboardQueries(input: MonitoringQueryInput) {
  return {
    escalationsByState: escalationsByStateQuery(input),
    throughput: throughputQuery(input),
    leadTimes: leadTimesQuery(input),
    byMunicipality: byMunicipalityQuery(input),
    bySector: bySectorQuery(input),
    reasonCodes: reasonCodesQuery(input),
    overdueByOrganisation: overdueByOrganisationQuery(input),
    signals: signalsQuery(input),
  } satisfies Record<string, MonitoringQuery>;
}
