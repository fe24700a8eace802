import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/guards/roles.decorator';
import { MonitoringQueryDto } from './dto/monitoring-query.dto';
import { DashboardResponseDto, SignalCasesResponseDto } from './dto/monitoring-response.dto';
import { SignalParamsDto } from './dto/signal-params.dto';
import { MonitoringService } from './monitoring.service';
import { SignalCases } from './signal-cases.service';

const BAD_FILTER =
  'The filter is invalid: a date that is not YYYY-MM-DD, to before from, a period that is too long, or a municipality outside your region.';

@ApiTags('monitoring')
@Controller('monitoring')
@Roles('actietafel-coordinator', 'actietafel-chair')
@ApiResponse({ status: 401, description: 'Not signed in.' })
@ApiResponse({ status: 403, description: 'Only the coordinator and chairs of the Actietafel.' })
export class MonitoringController {
  constructor(
    private readonly monitoring: MonitoringService,
    private readonly signalCases: SignalCases,
  ) {}

  @Get('dashboard')
  @ApiOperation({
    operationId: 'getMonitoringDashboard',
    summary: "The coordinator's dashboard: aggregate figures of your region for a period and municipalities",
  })
  @ApiOkResponse({ type: DashboardResponseDto, description: 'The figures; counts only, no personal data.' })
  @ApiResponse({ status: 400, description: BAD_FILTER })
  dashboard(@CurrentUser() user: AuthenticatedUser, @Query() query: MonitoringQueryDto): Promise<DashboardResponseDto> {
    return this.monitoring.dashboard(user, this.monitoring.filterOf(query));
  }

  @Get('signals/:signal/cases')
  @ApiOperation({
    operationId: 'listMonitoringSignalCases',
    summary: "The cases behind a signal's number: named where you may open them, counted otherwise",
  })
  @ApiOkResponse({ type: SignalCasesResponseDto, description: 'The cases behind the number.' })
  @ApiResponse({ status: 400, description: `An unknown signal. ${BAD_FILTER}` })
  signalCasesList(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: SignalParamsDto,
    @Query() query: MonitoringQueryDto,
  ): Promise<SignalCasesResponseDto> {
    return this.signalCases.list(user, params.signal, this.monitoring.filterOf(query));
  }
}
