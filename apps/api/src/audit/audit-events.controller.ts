import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/guards/roles.decorator';
import { AuditChainVerifier } from './audit-chain-verifier';
import { AuditLog } from './audit-log.service';
import { AuditQueries } from './audit-queries.service';
import { AuditChainVerificationDto, AuditEventPageDto, AuditEventQueryDto } from './dto/audit-event.dto';

@ApiTags('access log')
@Controller('audit-events')
@Roles('privacy-officer')
@ApiResponse({ status: 401, description: 'Not signed in.' })
@ApiResponse({ status: 403, description: 'Only a privacy officer reads the whole access log.' })
export class AuditEventsController {
  constructor(
    private readonly queries: AuditQueries,
    private readonly verifier: AuditChainVerifier,
    private readonly audit: AuditLog,
    private readonly dataSource: DataSource,
  ) {}

  @Get()
  @ApiOperation({ operationId: 'searchAuditEvents', summary: 'Search the whole access log, newest first' })
  @ApiOkResponse({ type: AuditEventPageDto, description: 'One page of events and the total count.' })
  async search(@CurrentUser() user: AuthenticatedUser, @Query() query: AuditEventQueryDto): Promise<AuditEventPageDto> {
    const page = await this.queries.search(query);
    // Reading the log is itself an access worth accounting for.
    await this.audit.write(this.dataSource.manager, {
      actor: user,
      caseIds: query.caseId ? [query.caseId] : [],
      action: 'search',
      resource: 'access-log',
      fields: Object.keys(query),
      ground: 'role',
    });
    return page;
  }

  @Get('verification')
  @ApiOperation({ operationId: 'verifyAuditChain', summary: 'Recompute the hash chain of the access log' })
  @ApiOkResponse({ type: AuditChainVerificationDto, description: 'Whether the log is intact, and where not.' })
  verify(): Promise<AuditChainVerificationDto> {
    return this.verifier.verify();
  }
}
