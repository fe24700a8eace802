import { Injectable } from '@nestjs/common';
import type { MonitoringFilter, MonitoringReportResponse } from '@sluitend/domain';
import { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import type { MonitoringFilterRequest } from '../monitoring-scope';
import { MonitoringService } from '../monitoring.service';
import { reportCsv } from './report-csv';
import { reportWorkbook } from './report-workbook';
import { toReport, type ReportContext } from './to-report';

export interface ReportFile {
  content: Buffer;
  fileName: string;
}

/** The monitoring report: the dashboard's figures of a period and municipalities, fit to leave the region. */
@Injectable()
export class MonitoringReportService {
  constructor(
    private readonly monitoring: MonitoringService,
    private readonly dataSource: DataSource,
  ) {}

  async report(user: AuthenticatedUser, request: MonitoringFilterRequest): Promise<MonitoringReportResponse> {
    // The dashboard refuses a municipality of another region before any name is looked up.
    const dashboard = await this.monitoring.dashboard(user, this.monitoring.filterOf(request));
    return toReport(dashboard, await this.context(user.organisation.regionId, dashboard.filter));
  }

  async xlsx(user: AuthenticatedUser, request: MonitoringFilterRequest): Promise<ReportFile> {
    const report = await this.report(user, request);
    return { content: await reportWorkbook(report), fileName: fileName(report, 'xlsx') };
  }

  async csv(user: AuthenticatedUser, request: MonitoringFilterRequest): Promise<ReportFile> {
    const report = await this.report(user, request);
    return { content: reportCsv(report), fileName: fileName(report, 'csv') };
  }

  private async context(regionId: string, filter: MonitoringFilter): Promise<ReportContext> {
    const rows: Array<{ region: string; municipalities: string[] }> = await this.dataSource.query(
      `SELECT r.name AS region,
              coalesce(array_agg(m.name ORDER BY m.name) FILTER (WHERE m.id IS NOT NULL), '{}') AS municipalities
         FROM region r
         LEFT JOIN municipality m ON m.region_id = r.id AND (cardinality($2::uuid[]) = 0 OR m.id = ANY($2::uuid[]))
        WHERE r.id = $1
        GROUP BY r.id`,
      [regionId, filter.municipalityIds],
    );
    const row = rows[0];
    if (!row) throw new Error('The viewer’s organisation has no region');
    return { regionName: row.region, municipalityNames: row.municipalities };
  }
}

/** `monitoring-2026-01-01-2026-12-31.xlsx`: the period only, like every file name we hand out. */
const fileName = (report: MonitoringReportResponse, extension: 'xlsx' | 'csv') =>
  `monitoring-${report.filter.from}-${report.filter.to}.${extension}`;
