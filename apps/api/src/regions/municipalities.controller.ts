import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { MunicipalityResponseDto } from './dto/region-response.dto';
import { RegionsService } from './regions.service';

@ApiTags('regions')
@Controller('municipalities')
export class MunicipalitiesController {
  constructor(private readonly regions: RegionsService) {}

  @Get()
  @ApiOperation({ operationId: 'listMunicipalities', summary: 'The municipalities a case can belong to' })
  @ApiOkResponse({ type: MunicipalityResponseDto, isArray: true, description: 'All municipalities, by name.' })
  @ApiResponse({ status: 401, description: 'Not signed in.' })
  list(): Promise<MunicipalityResponseDto[]> {
    return this.regions.municipalities();
  }
}
