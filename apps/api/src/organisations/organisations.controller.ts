import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/guards/roles.decorator';
import { CreateOrganisationDto } from './dto/create-organisation.dto';
import { OrganisationResponseDto } from './dto/organisation-response.dto';
import { UpdateOrganisationDto } from './dto/update-organisation.dto';
import { OrganisationsService } from './organisations.service';

@ApiTags('organisations')
@Controller('organisations')
@ApiResponse({ status: 401, description: 'Not signed in.' })
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get()
  @ApiOperation({ operationId: 'listOrganisations', summary: 'All organisations, active and inactive' })
  @ApiOkResponse({ type: OrganisationResponseDto, isArray: true, description: 'The organisations.' })
  list(): Promise<OrganisationResponseDto[]> {
    return this.organisations.list();
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getOrganisation', summary: 'One organisation' })
  @ApiOkResponse({ type: OrganisationResponseDto, description: 'The organisation.' })
  @ApiResponse({ status: 404, description: 'No such organisation.' })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<OrganisationResponseDto> {
    return this.organisations.get(id);
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ operationId: 'createOrganisation', summary: 'Create an organisation (admin)' })
  @ApiCreatedResponse({ type: OrganisationResponseDto, description: 'Created.' })
  @ApiResponse({ status: 403, description: 'Not an admin, or the CSRF token is wrong.' })
  @ApiResponse({ status: 409, description: 'The name is already used in this region.' })
  create(
    @CurrentUser() actor: AuthenticatedUser,
    @Body() body: CreateOrganisationDto,
  ): Promise<OrganisationResponseDto> {
    return this.organisations.create(actor, body);
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOperation({
    operationId: 'updateOrganisation',
    summary: 'Rename, change sector, deactivate or reactivate (admin)',
  })
  @ApiOkResponse({ type: OrganisationResponseDto, description: 'Updated.' })
  @ApiResponse({ status: 403, description: 'Not an admin, or the CSRF token is wrong.' })
  @ApiResponse({ status: 404, description: 'No such organisation.' })
  @ApiResponse({ status: 409, description: 'Changed by someone else since you read it, or the name is taken.' })
  update(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateOrganisationDto,
  ): Promise<OrganisationResponseDto> {
    return this.organisations.update(actor, id, body);
  }
}
