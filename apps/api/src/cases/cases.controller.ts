import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/guards/roles.decorator';
import { CaseTeamService } from './case-team.service';
import { CaseTimeline } from './case-timeline.service';
import { CasesService } from './cases.service';
import { CaseListQueryDto } from './dto/case-list-query.dto';
import { CasePageDto } from './dto/case-page.dto';
import { CaseResponseDto } from './dto/case-response.dto';
import { CreateCaseDto } from './dto/create-case.dto';
import { HandOverCasusregisseurDto } from './dto/team-member.dto';
import { TimelineEntryDto } from './dto/timeline-entry.dto';
import { UpdateCaseDto } from './dto/update-case.dto';

@ApiTags('cases')
@Controller('cases')
@ApiResponse({ status: 401, description: 'Not signed in.' })
export class CasesController {
  constructor(
    private readonly cases: CasesService,
    private readonly team: CaseTeamService,
    private readonly timeline: CaseTimeline,
  ) {}

  @Get()
  @Roles('professional')
  @ApiOperation({ operationId: 'listCases', summary: 'The cases you are on the team of: search, filter, sort, page' })
  @ApiOkResponse({ type: CasePageDto, description: 'One page of cases and the total count.' })
  @ApiResponse({ status: 403, description: 'Only professionals work on cases.' })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: CaseListQueryDto): Promise<CasePageDto> {
    return this.cases.list(user, query);
  }

  @Post()
  @Roles('professional')
  @ApiOperation({
    operationId: 'createCase',
    summary: 'Open a case; you become its casusregisseur unless you name another',
  })
  @ApiCreatedResponse({ type: CaseResponseDto, description: 'The new case.' })
  @ApiResponse({ status: 403, description: 'Only professionals open cases; or the CSRF token is wrong.' })
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateCaseDto): Promise<CaseResponseDto> {
    return this.cases.create(user, body);
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getCase', summary: 'One case' })
  @ApiOkResponse({ type: CaseResponseDto, description: 'The case.' })
  @ApiResponse({ status: 404, description: 'No such case, or you are not on its team.' })
  get(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<CaseResponseDto> {
    return this.cases.get(user, id);
  }

  @Patch(':id')
  @ApiOperation({ operationId: 'updateCase', summary: 'Change the dossier, close it with a reason, or reopen it' })
  @ApiOkResponse({ type: CaseResponseDto, description: 'The changed case.' })
  @ApiResponse({ status: 403, description: 'The CSRF token is missing or wrong.' })
  @ApiResponse({ status: 404, description: 'No such case, or you are not on its team.' })
  @ApiResponse({ status: 409, description: 'Changed by someone else since you read it; `currentVersion` tells which.' })
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateCaseDto,
  ): Promise<CaseResponseDto> {
    return this.cases.update(user, id, body);
  }

  @Put(':id/casusregisseur')
  @ApiOperation({
    operationId: 'handOverCasusregisseur',
    summary: 'Hand over the lead of the case to another team member',
  })
  @ApiOkResponse({ type: CaseResponseDto, description: 'The case with its new casusregisseur.' })
  @ApiResponse({ status: 403, description: 'Only the casusregisseur may hand over, or the CSRF token is wrong.' })
  @ApiResponse({ status: 404, description: 'No such case, or you are not on its team.' })
  handOver(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: HandOverCasusregisseurDto,
  ): Promise<CaseResponseDto> {
    return this.team.handOver(user, id, body.userId);
  }

  @Get(':id/timeline')
  @ApiOperation({ operationId: 'getCaseTimeline', summary: 'Every change to the case and its plan, newest first' })
  @ApiOkResponse({ type: TimelineEntryDto, isArray: true, description: 'The timeline.' })
  @ApiResponse({ status: 404, description: 'No such case, or you are not on its team.' })
  timelineOf(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<TimelineEntryDto[]> {
    return this.timeline.list(user, id);
  }
}
