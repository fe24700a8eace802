import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/guards/roles.decorator';
import { ErasureRecordDto, RetentionRunRequestDto, RetentionRunResponseDto } from './dto/subject-rights.dto';
import { RestrictionAndErasureService } from './restriction-and-erasure.service';
import { RetentionService } from './retention.service';

@ApiTags('AVG rights')
@Controller()
@Roles('privacy-officer')
@ApiResponse({ status: 401, description: 'Not signed in.' })
@ApiResponse({ status: 403, description: 'Only a privacy officer; or the CSRF token is wrong.' })
export class PrivacyOfficeController {
  constructor(
    private readonly rights: RestrictionAndErasureService,
    private readonly retention: RetentionService,
  ) {}

  @Get('erasure-records')
  @ApiOperation({ operationId: 'listErasureRecords', summary: 'What was erased, when, why and by whom (no content)' })
  @ApiOkResponse({ type: ErasureRecordDto, isArray: true, description: 'Newest first.' })
  records(): Promise<ErasureRecordDto[]> {
    return this.rights.records();
  }

  @Post('retention-runs')
  @ApiOperation({ operationId: 'runRetention', summary: 'Apply the retention terms now, or dry-run them' })
  @ApiCreatedResponse({ type: RetentionRunResponseDto, description: 'What went (or would go), per kind of record.' })
  run(@CurrentUser() user: AuthenticatedUser, @Body() body: RetentionRunRequestDto): Promise<RetentionRunResponseDto> {
    return this.retention.run(body.dryRun, user);
  }
}
