import { Injectable } from '@nestjs/common';
import type { DashboardResponse, MonitoringFilter } from '@sluitend/domain';
import { DataSource } from 'typeorm';
import { AuditLog } from '../audit/audit-log.service';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import {
  leadTimeFigures,
  organisationFigures,
  reasonCodeFigures,
  sectorFigures,
  signalFigures,
  stateFigures,
  throughputFigures,
} from './dashboard-figures';
import { MonitoringScopes, type MonitoringFilterRequest } from './monitoring-scope';
import {
  dashboardQueries,
  type ByMunicipalityRow,
  type BySectorRow,
  type EscalationsByStateRow,
  type LeadTimesRow,
  type MonitoringQuery,
  type OverdueByOrganisationRow,
  type ReasonCodeRow,
  type SignalsRow,
  type ThroughputRow,
} from './queries';

export const DASHBOARD_RESOURCE = 'monitoring-dashboard';

/**
 * The coordinator's dashboard: aggregate figures of the viewer's region, computed in the database. No case
 * is loaded, so no case read is logged; the view itself is one access-log event without case ids.
 */
@Injectable()
export class MonitoringService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scopes: MonitoringScopes,
    private readonly audit: AuditLog,
  ) {}

  /** The filter of a request's query parameters: the default period when it names none. */
  filterOf(request: MonitoringFilterRequest): MonitoringFilter {
    return this.scopes.filterOf(request);
  }

  /**
   * The figures for a filter. `filter.municipalityIds` empty: the whole region; a municipality of another
   * region is answered 400. The monitoring report (report/) builds on this; it names its own resource for
   * the one access-log event of the view (default `monitoring-dashboard`).
   */
  async dashboard(
    user: AuthenticatedUser,
    filter: MonitoringFilter,
    audited: { resource: string } = { resource: DASHBOARD_RESOURCE },
  ): Promise<DashboardResponse> {
    const scope = await this.scopes.resolve(user, filter);
    const queries = dashboardQueries(scope.input);
    const run = <T>(query: MonitoringQuery): Promise<T[]> => this.dataSource.query(query.text, query.values);
    // Independent aggregates, and the access-log event: side by side on the pool, so the answer takes as long
    // as the slowest of them; none of it is answered unless all succeed.
    const [states, throughput, leadTimes, municipalities, sectors, reasonCodes, overdue, signals] = await Promise.all([
      run<EscalationsByStateRow>(queries.escalationsByState),
      run<ThroughputRow>(queries.throughput),
      run<LeadTimesRow>(queries.leadTimes),
      run<ByMunicipalityRow>(queries.byMunicipality),
      run<BySectorRow>(queries.bySector),
      run<ReasonCodeRow>(queries.reasonCodes),
      run<OverdueByOrganisationRow>(queries.overdueByOrganisation),
      run<SignalsRow>(queries.signals),
      this.audit.write(this.dataSource.manager, {
        actor: user,
        caseIds: [],
        action: 'read',
        resource: audited.resource,
        fields: filter.municipalityIds.length > 0 ? ['from', 'to', 'municipalityId'] : ['from', 'to'],
        ground: 'role',
      }),
    ]);
    const escalationsByState = stateFigures(states);
    const overdueByOrganisation = organisationFigures(overdue);
    const pastNorm = (state: string) => escalationsByState.find((figure) => figure.state === state)?.pastNorm ?? 0;
    return {
      filter: scope.filter,
      generatedAt: scope.input.now.toISOString(),
      escalationsByState,
      norms: {
        triageWaiting: pastNorm('submitted'),
        acceptedUnscheduled: pastNorm('accepted'),
        overdueAgreements: overdueByOrganisation.reduce((sum, figure) => sum + figure.overdueAgreements, 0),
      },
      throughput: throughputFigures(throughput, scope.input.from, scope.input.to),
      leadTimes: leadTimeFigures(leadTimes[0]),
      byMunicipality: municipalities.map((row) => ({
        municipalityId: row.id,
        name: row.name,
        submitted: row.submitted,
      })),
      bySector: sectorFigures(sectors),
      reasonCodes: reasonCodeFigures(reasonCodes),
      overdueByOrganisation,
      signals: signalFigures(signals[0]),
    };
  }
}
