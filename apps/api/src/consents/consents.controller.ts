import { Body, Controller, Get, Param, ParseUUIDPipe, Post, HttpCode, HttpStatus } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { ConsentsService } from './consents.service';
import { ConsentResponseDto, CreateConsentDto, WithdrawConsentDto } from './dto/consent.dto';

@ApiTags('consents')
@Controller('cases/:id/consents')
@ApiResponse({ status: 401, description: 'Not signed in.' })
@ApiResponse({ status: 404, description: 'No such case (or consent), or it is not shared with you.' })
export class ConsentsController {
  constructor(private readonly consents: ConsentsService) {}

  @Get()
  @ApiOperation({ operationId: 'listConsents', summary: 'The consent registry of the case, newest first' })
  @ApiOkResponse({
    type: ConsentResponseDto,
    isArray: true,
    description: 'Every consent and legal ground, with its status.',
  })
  @ApiResponse({ status: 403, description: 'Your organisation has no valid consent for this case.' })
  list(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<ConsentResponseDto[]> {
    return this.consents.list(user, id);
  }

  @Post()
  @ApiOperation({
    operationId: 'registerConsent',
    summary: 'Register a consent or a legal ground for an organisation or sector',
  })
  @ApiCreatedResponse({ type: ConsentResponseDto, description: 'The registered consent.' })
  @ApiResponse({
    status: 403,
    description: 'Only the casusregisseur or a team member with access, or the CSRF token is wrong.',
  })
  register(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CreateConsentDto,
  ): Promise<ConsentResponseDto> {
    return this.consents.create(user, id, body);
  }

  @Post(':consentId/withdrawal')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ operationId: 'withdrawConsent', summary: 'Withdraw a consent; it stops counting at once' })
  @ApiOkResponse({ type: ConsentResponseDto, description: 'The withdrawn consent.' })
  @ApiResponse({
    status: 403,
    description: 'Only the casusregisseur or a team member with access, or the CSRF token is wrong.',
  })
  @ApiResponse({ status: 409, description: 'Already withdrawn.' })
  withdraw(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('consentId', ParseUUIDPipe) consentId: string,
    @Body() body: WithdrawConsentDto,
  ): Promise<ConsentResponseDto> {
    return this.consents.withdraw(user, id, consentId, body);
  }
}
