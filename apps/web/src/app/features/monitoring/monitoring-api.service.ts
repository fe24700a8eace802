import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API_BASE_PATH,
  AgreementListItem,
  DashboardResponse,
  MonitoringFilter,
  MonitoringReportResponse,
  MonitoringSignal,
  SignalCasesResponse,
} from '@sluitend/domain';
import { Observable } from 'rxjs';

export const MONITORING_URL = `${API_BASE_PATH}/monitoring`;

/** The one filter of every monitoring endpoint: `from`, `to` and `municipalityId` once per municipality. */
export function monitoringParams(
  filter: Pick<MonitoringFilter, 'municipalityIds'> & Partial<MonitoringFilter>,
): HttpParams {
  let params = new HttpParams();
  if (filter.from) params = params.set('from', filter.from);
  if (filter.to) params = params.set('to', filter.to);
  for (const id of filter.municipalityIds) params = params.append('municipalityId', id);
  return params;
}

/** The report as a file: a plain link, so the browser downloads it with the session cookie. */
export function reportDownloadUrl(format: 'xlsx' | 'csv', filter: MonitoringFilter): string {
  return `${MONITORING_URL}/report/${format}?${monitoringParams(filter).toString()}`;
}

/** The coordinator's dashboard and the region's monitoring report: aggregates, never case content. */
@Injectable({ providedIn: 'root' })
export class MonitoringApiService {
  private readonly http = inject(HttpClient);

  dashboard(filter: MonitoringFilter): Observable<DashboardResponse> {
    return this.http.get<DashboardResponse>(`${MONITORING_URL}/dashboard`, { params: monitoringParams(filter) });
  }

  /** The cases behind a signal the viewer may open; the rest only counted. The period does not apply. */
  signalCases(signal: MonitoringSignal, municipalityIds: string[]): Observable<SignalCasesResponse> {
    return this.http.get<SignalCasesResponse>(`${MONITORING_URL}/signals/${encodeURIComponent(signal)}/cases`, {
      params: monitoringParams({ municipalityIds }),
    });
  }

  /**
   * The open agreements past their deadline made in the period (for the cases of the municipalities), of one
   * organisation when given: the list behind the dashboard's overdue figures.
   */
  overdueAgreements(filter: MonitoringFilter, organisationId: string | null): Observable<AgreementListItem[]> {
    let params = new HttpParams()
      .set('status', 'open')
      .set('overdue', 'true')
      .set('createdFrom', filter.from)
      .set('createdTo', filter.to);
    if (organisationId) params = params.set('organisationId', organisationId);
    for (const id of filter.municipalityIds) params = params.append('municipalityId', id);
    return this.http.get<AgreementListItem[]>(`${API_BASE_PATH}/agreements`, { params });
  }

  report(filter: MonitoringFilter): Observable<MonitoringReportResponse> {
    return this.http.get<MonitoringReportResponse>(`${MONITORING_URL}/report`, { params: monitoringParams(filter) });
  }
}
