import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/guards/public.decorator';
import { HealthResponseDto } from './dto/health-response.dto';
import { HealthService } from './health.service';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Public()
  @Get()
  @ApiOperation({ operationId: 'getHealth', summary: 'State of the API and of Postgres and Redis' })
  @ApiOkResponse({ type: HealthResponseDto, description: 'Postgres and Redis both answer.' })
  @ApiResponse({ status: 503, description: 'Postgres or Redis does not answer; the detail names which.' })
  check(): Promise<HealthResponseDto> {
    return this.health.check();
  }
}
