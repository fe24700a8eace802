import {
  ESCALATION_OUTCOMES,
  MONITORING_SIGNALS,
  SMALL_COUNT_THRESHOLD,
  suppressSmallCount,
  suppressWithCount,
  type DashboardResponse,
  type EscalationOutcome,
  type MonitoringReportResponse,
  type MonitoringSignal,
  type ReportedCount,
} from '@sluitend/domain';

export interface ReportContext {
  regionName: string;
  /** The municipalities the figures cover: the chosen ones, or every municipality of the region. */
  municipalityNames: string[];
}

/**
 * The dashboard's figures as they may leave the region: counts of 1 to 4 suppressed, a lead time suppressed
 * with the count it is taken over, and only region, municipality, organisation and reason names besides the
 * figures. What the dashboard shows that points at one case is left out on purpose: the longest time one
 * escalation has been in its state is a fact about that escalation, not an aggregate.
 */
export function toReport(dashboard: DashboardResponse, context: ReportContext): MonitoringReportResponse {
  const count = (n: number): ReportedCount => suppressSmallCount(n, SMALL_COUNT_THRESHOLD);
  return {
    title: `Monitoring sluitende aanpak — Regio ${context.regionName}`,
    filter: {
      from: dashboard.filter.from,
      to: dashboard.filter.to,
      municipalityIds: [...dashboard.filter.municipalityIds],
      municipalityNames: [...context.municipalityNames],
    },
    generatedAt: dashboard.generatedAt,
    suppressionThreshold: SMALL_COUNT_THRESHOLD,
    escalationsByState: dashboard.escalationsByState.map((figure) => ({
      state: figure.state,
      count: count(figure.count),
      pastNorm: count(figure.pastNorm),
    })),
    throughput: dashboard.throughput.map((figure) => ({
      month: figure.month,
      submitted: count(figure.submitted),
      closed: count(figure.closed),
      outcomes: Object.fromEntries(
        ESCALATION_OUTCOMES.map((outcome) => [outcome, count(figure.outcomes[outcome])]),
      ) as Record<EscalationOutcome, ReportedCount>,
    })),
    leadTimes: dashboard.leadTimes.map((figure) => ({
      stage: figure.stage,
      count: count(figure.count),
      medianDays: suppressWithCount(figure.count, figure.medianDays),
      p90Days: suppressWithCount(figure.count, figure.p90Days),
    })),
    byMunicipality: dashboard.byMunicipality.map((figure) => ({
      name: figure.name,
      submitted: count(figure.submitted),
    })),
    bySector: dashboard.bySector.map((figure) => ({ sector: figure.sector, count: count(figure.count) })),
    reasonCodes: dashboard.reasonCodes.map((figure) => ({ label: figure.label, count: count(figure.count) })),
    overdueByOrganisation: dashboard.overdueByOrganisation.map((figure) => ({
      name: figure.name,
      overdueAgreements: count(figure.overdueAgreements),
    })),
    signals: Object.fromEntries(
      MONITORING_SIGNALS.map((signal) => [signal, count(dashboard.signals[signal])]),
    ) as Record<MonitoringSignal, ReportedCount>,
  };
}
