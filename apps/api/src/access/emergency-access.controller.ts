import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/guards/roles.decorator';
import { CreateEmergencyAccessDto, EmergencyAccessResponseDto } from './dto/emergency-access.dto';
import { EmergencyAccessService } from './emergency-access.service';

@ApiTags('access')
@Controller('emergency-accesses')
@ApiResponse({ status: 401, description: 'Not signed in.' })
export class EmergencyAccessController {
  constructor(private readonly emergency: EmergencyAccessService) {}

  @Post()
  @Roles('professional')
  @ApiOperation({
    operationId: 'breakTheGlass',
    summary: 'Open a case you are not on the team of, in an emergency, stating why (read-only, for a few hours)',
  })
  @ApiCreatedResponse({ type: EmergencyAccessResponseDto, description: 'The emergency access granted.' })
  @ApiResponse({ status: 403, description: 'Only professionals may break the glass, or the CSRF token is wrong.' })
  @ApiResponse({ status: 404, description: 'No case matches.' })
  @ApiResponse({ status: 409, description: 'More than one case matches; give the BSN.' })
  grant(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: CreateEmergencyAccessDto,
  ): Promise<EmergencyAccessResponseDto> {
    return this.emergency.grant(user, body);
  }

  @Get()
  @ApiOperation({
    operationId: 'listEmergencyAccesses',
    summary: 'Emergency accesses of the last 30 days: your own, and those to cases you lead',
  })
  @ApiOkResponse({ type: EmergencyAccessResponseDto, isArray: true, description: 'Newest first.' })
  list(@CurrentUser() user: AuthenticatedUser): Promise<EmergencyAccessResponseDto[]> {
    return this.emergency.list(user);
  }
}
