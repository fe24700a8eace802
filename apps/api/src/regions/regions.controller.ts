import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { RegionResponseDto } from './dto/region-response.dto';
import { RegionsService } from './regions.service';

@ApiTags('regions')
@Controller('regions')
export class RegionsController {
  constructor(private readonly regions: RegionsService) {}

  @Get()
  @ApiOperation({ operationId: 'listRegions', summary: 'Regions (jeugdregio’s) with their municipalities' })
  @ApiOkResponse({ type: RegionResponseDto, isArray: true, description: 'All regions.' })
  @ApiResponse({ status: 401, description: 'Not signed in.' })
  list(): Promise<RegionResponseDto[]> {
    return this.regions.list();
  }
}
