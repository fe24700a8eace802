import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Patch,
  Put,
  Query,
  StreamableFile,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { ParseInt4Pipe } from '../common/validation/parse-int4.pipe';
import { ComparisonQueryDto } from './dto/plan-queries.dto';
import { PlanComparisonDto } from './dto/plan-comparison.dto';
import { DomainScoreHistoryDto } from './dto/score-history.dto';
import {
  SaveToekomstplanDto,
  ToekomstplanVersionResponseDto,
  ToekomstplanVersionSummaryDto,
  UpdateActionStatusDto,
} from './dto/toekomstplan-version.dto';
import { ToekomstplanService } from './toekomstplan.service';

@ApiTags('toekomstplan')
@Controller('cases/:id/toekomstplan')
@ApiResponse({ status: 401, description: 'Not signed in.' })
@ApiResponse({ status: 404, description: 'No such case or version, or you are not on the case team.' })
export class ToekomstplanController {
  constructor(private readonly plans: ToekomstplanService) {}

  @Get()
  @ApiOperation({ operationId: 'getToekomstplan', summary: 'The current version of the toekomstplan' })
  @ApiOkResponse({ type: ToekomstplanVersionResponseDto, description: 'The newest version.' })
  current(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<ToekomstplanVersionResponseDto> {
    return this.plans.current(user, id);
  }

  @Put()
  @HttpCode(HttpStatus.CREATED)
  @ApiOperation({ operationId: 'saveToekomstplan', summary: 'Save a new version, naming the version it was based on' })
  @ApiCreatedResponse({ type: ToekomstplanVersionResponseDto, description: 'The new version.' })
  @ApiResponse({ status: 403, description: 'The CSRF token is missing or wrong.' })
  @ApiResponse({ status: 409, description: 'Someone saved in between; `currentVersion` names the newest.' })
  save(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: SaveToekomstplanDto,
  ): Promise<ToekomstplanVersionResponseDto> {
    return this.plans.save(user, id, body);
  }

  @Get('versions')
  @ApiOperation({ operationId: 'listToekomstplanVersions', summary: 'Every saved version, newest first' })
  @ApiOkResponse({ type: ToekomstplanVersionSummaryDto, isArray: true, description: 'The versions.' })
  versions(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<ToekomstplanVersionSummaryDto[]> {
    return this.plans.versions(user, id);
  }

  @Get('versions/:number')
  @ApiOperation({ operationId: 'getToekomstplanVersion', summary: 'One earlier version, readable as it was' })
  @ApiOkResponse({ type: ToekomstplanVersionResponseDto, description: 'The version.' })
  version(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('number', ParseInt4Pipe) number: number,
  ): Promise<ToekomstplanVersionResponseDto> {
    return this.plans.version(user, id, number);
  }

  @Get('comparison')
  @ApiOperation({
    operationId: 'compareToekomstplanVersions',
    summary: 'What changed between two versions, per domain, goal and action',
  })
  @ApiOkResponse({ type: PlanComparisonDto, description: 'The comparison.' })
  compare(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: ComparisonQueryDto,
  ): Promise<PlanComparisonDto> {
    return this.plans.compare(user, id, query.from, query.to);
  }

  @Get('score-history')
  @ApiOperation({
    operationId: 'getToekomstplanScoreHistory',
    summary: 'The self-sufficiency score per life domain across versions',
  })
  @ApiOkResponse({ type: DomainScoreHistoryDto, isArray: true, description: 'One series per life domain.' })
  scoreHistory(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<DomainScoreHistoryDto[]> {
    return this.plans.scoreHistory(user, id);
  }

  @Get('pdf')
  @ApiOperation({
    operationId: 'getToekomstplanPdf',
    summary: 'The current plan as a PDF for the jongere, in plain Dutch',
  })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The PDF.', schema: { type: 'string', format: 'binary' } })
  async pdf(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<StreamableFile> {
    const file = await this.plans.pdf(user, id);
    return new StreamableFile(file.content, {
      type: 'application/pdf',
      disposition: `attachment; filename="${file.fileName}"`,
    });
  }

  @Patch('actions/:actionId')
  @ApiOperation({
    operationId: 'updateActionStatus',
    summary: "The action's owner changes its status; the rest of the plan stays",
  })
  @ApiOkResponse({ type: ToekomstplanVersionResponseDto, description: 'The new version with the changed status.' })
  @ApiResponse({
    status: 403,
    description: "Not the action's owner or the casusregisseur, or the CSRF token is wrong.",
  })
  updateActionStatus(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('actionId') actionId: string,
    @Body() body: UpdateActionStatusDto,
  ): Promise<ToekomstplanVersionResponseDto> {
    return this.plans.updateActionStatus(user, id, actionId, body.status);
  }
}
