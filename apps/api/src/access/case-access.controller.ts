import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { AuditQueries } from '../audit/audit-queries.service';
import { AuditEventPageDto, AuditPageQueryDto } from '../audit/dto/audit-event.dto';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { CaseAccessPolicy } from './case-access.policy';
import { CaseAccessResponseDto } from './dto/case-access.dto';

@ApiTags('access')
@Controller('cases/:id')
@ApiResponse({ status: 401, description: 'Not signed in.' })
@ApiResponse({ status: 404, description: 'No such case, or it is not shared with you.' })
export class CaseAccessController {
  constructor(
    private readonly policy: CaseAccessPolicy,
    private readonly queries: AuditQueries,
  ) {}

  @Get('access')
  @ApiOperation({ operationId: 'getCaseAccess', summary: 'What you may do with this case, and on what ground' })
  @ApiOkResponse({ type: CaseAccessResponseDto, description: 'Your access to the case.' })
  access(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<CaseAccessResponseDto> {
    return this.policy.describe(user, id);
  }

  @Get('access-log')
  @ApiOperation({
    operationId: 'getCaseAccessLog',
    summary: 'Who saw or changed what in this case, when, on what ground',
  })
  @ApiOkResponse({ type: AuditEventPageDto, description: 'One page of access-log events, newest first.' })
  @ApiResponse({ status: 403, description: 'Only the casusregisseur reads the access log of a case.' })
  async accessLog(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: AuditPageQueryDto,
  ): Promise<AuditEventPageDto> {
    await this.policy.read(user, id, { action: 'read', resource: 'access-log' }, 'view-access-log');
    return this.queries.forCase(id, query.page, query.pageSize);
  }
}
