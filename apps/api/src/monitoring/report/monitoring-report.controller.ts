import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { MonitoringReportResponse } from '@sluitend/domain';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { CurrentUser } from '../../auth/current-user.decorator';
import { Roles } from '../../auth/guards/roles.decorator';
import { MonitoringQueryDto } from '../dto/monitoring-query.dto';
import { MonitoringReportDto } from './dto/monitoring-report.dto';
import { MonitoringReportService, type ReportFile } from './monitoring-report.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CSV = 'text/csv; charset=utf-8';
const FORBIDDEN = 'Only the coordinator and chairs of the Actietafel.';
const BAD_FILTER =
  'The filter is invalid: a date that is not YYYY-MM-DD, to before from, a period that is too long, or a municipality outside your region.';

@ApiTags('monitoring')
@Controller('monitoring/report')
@Roles('actietafel-coordinator', 'actietafel-chair')
@ApiResponse({ status: 401, description: 'Not signed in.' })
@ApiResponse({ status: 403, description: FORBIDDEN })
@ApiResponse({ status: 400, description: BAD_FILTER })
export class MonitoringReportController {
  constructor(private readonly reports: MonitoringReportService) {}

  @Get()
  @ApiOperation({
    operationId: 'getMonitoringReport',
    summary: 'The monitoring report of a period and municipalities: aggregates only, small counts suppressed',
  })
  @ApiOkResponse({ type: MonitoringReportDto, description: 'The report.' })
  report(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: MonitoringQueryDto,
  ): Promise<MonitoringReportResponse> {
    return this.reports.report(user, query);
  }

  @Get('xlsx')
  @ApiOperation({
    operationId: 'getMonitoringReportXlsx',
    summary: 'The monitoring report as an Excel workbook, in Dutch',
  })
  @ApiProduces(XLSX)
  @ApiOkResponse({ description: 'The workbook.', schema: { type: 'string', format: 'binary' } })
  async xlsx(@CurrentUser() user: AuthenticatedUser, @Query() query: MonitoringQueryDto): Promise<StreamableFile> {
    return attachment(await this.reports.xlsx(user, query), XLSX);
  }

  @Get('csv')
  @ApiOperation({
    operationId: 'getMonitoringReportCsv',
    summary: 'The monitoring report as one long CSV table (semicolons, UTF-8 with BOM), in Dutch',
  })
  @ApiProduces(CSV)
  @ApiOkResponse({ description: 'The CSV file.', schema: { type: 'string', format: 'binary' } })
  async csv(@CurrentUser() user: AuthenticatedUser, @Query() query: MonitoringQueryDto): Promise<StreamableFile> {
    return attachment(await this.reports.csv(user, query), CSV);
  }
}

const attachment = (file: ReportFile, type: string) =>
  new StreamableFile(file.content, { type, disposition: `attachment; filename="${file.fileName}"` });
