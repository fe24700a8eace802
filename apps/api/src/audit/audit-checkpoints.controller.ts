import { Controller, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/guards/roles.decorator';
import { AuditCheckpoints } from './anchor/audit-checkpoints.service';
import { AuditCheckpointDto } from './dto/audit-event.dto';

@ApiTags('access log')
@Controller('audit-checkpoints')
@Roles('privacy-officer')
@ApiResponse({ status: 401, description: 'Not signed in.' })
@ApiResponse({ status: 403, description: 'Only a privacy officer; or the CSRF token is wrong.' })
export class AuditCheckpointsController {
  constructor(private readonly checkpoints: AuditCheckpoints) {}

  @Post()
  @ApiOperation({
    operationId: 'createAuditCheckpoint',
    summary: "Sign the access log's head now and write it outside the database",
  })
  @ApiCreatedResponse({
    type: AuditCheckpointDto,
    description: 'The new checkpoint, or the newest one when no event was written since (written: false).',
  })
  @ApiResponse({
    status: 409,
    description: 'Refused: the log no longer extends the previous checkpoint, or the checkpoints are damaged.',
  })
  create(): Promise<AuditCheckpointDto> {
    return this.checkpoints.write();
  }
}
