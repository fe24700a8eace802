import { Body, Controller, Get, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/guards/roles.decorator';
import { UpdateLifeDomainsDto } from './dto/life-domains.dto';
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

  @Put(':id/life-domains')
  @Roles('admin')
  @ApiOperation({ operationId: 'setRegionLifeDomains', summary: "Set the region's life domains, in order (admin)" })
  @ApiOkResponse({ type: RegionResponseDto, description: 'The region with its new life domains.' })
  @ApiResponse({ status: 401, description: 'Not signed in.' })
  @ApiResponse({ status: 403, description: 'Not an admin, or the CSRF token is wrong.' })
  @ApiResponse({ status: 404, description: 'No such region.' })
  setLifeDomains(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateLifeDomainsDto,
  ): Promise<RegionResponseDto> {
    return this.regions.setLifeDomains(actor, id, body.lifeDomains);
  }
}
