import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { CurrentUser } from '../../auth/current-user.decorator';
import { AgreementsService } from './agreements.service';
import {
  AgreementListItemDto,
  AgreementListQueryDto,
  AgreementResponseDto,
  UpdateAgreementDto,
} from './dto/agreement.dto';

@ApiTags('agreements')
@Controller('cases/:id/agreements')
@ApiResponse({ status: 401, description: 'Not signed in.' })
export class CaseAgreementsController {
  constructor(private readonly agreements: AgreementsService) {}

  @Get()
  @ApiOperation({ operationId: 'listCaseAgreements', summary: 'The agreements made at the Actietafel about the case' })
  @ApiOkResponse({ type: AgreementResponseDto, isArray: true, description: 'Oldest first, with whether overdue.' })
  @ApiResponse({ status: 403, description: 'Your organisation has no valid consent for this case.' })
  @ApiResponse({ status: 404, description: 'No such case, or you are not on its team.' })
  list(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<AgreementResponseDto[]> {
    return this.agreements.listForCase(user, id);
  }
}

@ApiTags('agreements')
@Controller('agreements')
@ApiResponse({ status: 401, description: 'Not signed in.' })
export class AgreementsController {
  constructor(private readonly agreements: AgreementsService) {}

  @Get()
  @ApiOperation({
    operationId: 'listAgreements',
    summary: "Your agreements (owner=mine), or the coordinator's list of the own region (e.g. the overdue ones)",
  })
  @ApiOkResponse({ type: AgreementListItemDto, isArray: true, description: 'By deadline, with whom each is about.' })
  @ApiResponse({ status: 403, description: 'Without owner=mine: only the Actietafel coordinator.' })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: AgreementListQueryDto): Promise<AgreementListItemDto[]> {
    return this.agreements.list(user, query);
  }

  @Patch(':id')
  @ApiOperation({
    operationId: 'updateAgreement',
    summary: 'Mark an agreement done (with a note) or open; the coordinator may also drop it or move its deadline',
  })
  @ApiOkResponse({ type: AgreementResponseDto, description: 'The changed agreement.' })
  @ApiResponse({
    status: 403,
    description: 'Only the coordinator drops agreements and moves deadlines; or the CSRF token is wrong.',
  })
  @ApiResponse({ status: 404, description: 'No such agreement, or it is not yours to change.' })
  @ApiResponse({
    status: 409,
    description: 'Changed by someone else since your version (`agreement-changed`), or its escalation is closed.',
  })
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateAgreementDto,
  ): Promise<AgreementResponseDto> {
    return this.agreements.update(user, id, body);
  }
}
