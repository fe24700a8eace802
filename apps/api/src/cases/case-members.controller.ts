import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { CaseNetworkService } from './case-network.service';
import { CaseTeamService } from './case-team.service';
import { NetworkMemberDto, NetworkMemberResponseDto } from './dto/network-member.dto';
import { AddTeamMemberDto, TeamMemberResponseDto, UpdateTeamMemberDto } from './dto/team-member.dto';

@ApiTags('cases')
@Controller('cases/:id')
@ApiResponse({ status: 401, description: 'Not signed in.' })
@ApiResponse({ status: 404, description: 'No such case (or member), or you are not on its team.' })
export class CaseMembersController {
  constructor(
    private readonly team: CaseTeamService,
    private readonly network: CaseNetworkService,
  ) {}

  @Get('team-members')
  @ApiOperation({ operationId: 'listTeamMembers', summary: 'The professionals on the case team' })
  @ApiOkResponse({ type: TeamMemberResponseDto, isArray: true, description: 'The team, casusregisseur first.' })
  listTeam(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<TeamMemberResponseDto[]> {
    return this.team.list(user, id);
  }

  @Post('team-members')
  @ApiOperation({ operationId: 'addTeamMember', summary: 'Add a professional to the team (casusregisseur)' })
  @ApiCreatedResponse({ type: TeamMemberResponseDto, description: 'The new team member.' })
  @ApiResponse({ status: 403, description: 'Only the casusregisseur may change the team, or the CSRF token is wrong.' })
  @ApiResponse({ status: 409, description: 'Already on the team.' })
  addTeamMember(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: AddTeamMemberDto,
  ): Promise<TeamMemberResponseDto> {
    return this.team.add(user, id, body);
  }

  @Patch('team-members/:memberId')
  @ApiOperation({ operationId: 'updateTeamMember', summary: "Change a team member's part (casusregisseur)" })
  @ApiOkResponse({ type: TeamMemberResponseDto, description: 'The changed team member.' })
  @ApiResponse({ status: 403, description: 'Only the casusregisseur may change the team, or the CSRF token is wrong.' })
  updateTeamMember(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('memberId', ParseUUIDPipe) memberId: string,
    @Body() body: UpdateTeamMemberDto,
  ): Promise<TeamMemberResponseDto> {
    return this.team.update(user, id, memberId, body);
  }

  @Delete('team-members/:memberId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ operationId: 'removeTeamMember', summary: 'Take a professional off the team (casusregisseur)' })
  @ApiNoContentResponse({ description: 'Removed.' })
  @ApiResponse({ status: 403, description: 'Only the casusregisseur may change the team, or the CSRF token is wrong.' })
  @ApiResponse({ status: 409, description: 'The casusregisseur cannot be removed; hand over first.' })
  removeTeamMember(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('memberId', ParseUUIDPipe) memberId: string,
  ): Promise<void> {
    return this.team.remove(user, id, memberId);
  }

  @Get('network-members')
  @ApiOperation({ operationId: 'listNetworkMembers', summary: "The jongere's informal network" })
  @ApiOkResponse({ type: NetworkMemberResponseDto, isArray: true, description: 'The network.' })
  listNetwork(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<NetworkMemberResponseDto[]> {
    return this.network.list(user, id);
  }

  @Post('network-members')
  @ApiOperation({ operationId: 'addNetworkMember', summary: 'Add a parent, guardian, JIM, family member or friend' })
  @ApiCreatedResponse({ type: NetworkMemberResponseDto, description: 'The new network member.' })
  @ApiResponse({ status: 403, description: 'The CSRF token is missing or wrong.' })
  addNetworkMember(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: NetworkMemberDto,
  ): Promise<NetworkMemberResponseDto> {
    return this.network.add(user, id, body);
  }

  @Patch('network-members/:memberId')
  @ApiOperation({ operationId: 'updateNetworkMember', summary: 'Change a network member' })
  @ApiOkResponse({ type: NetworkMemberResponseDto, description: 'The changed network member.' })
  @ApiResponse({ status: 403, description: 'The CSRF token is missing or wrong.' })
  updateNetworkMember(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('memberId', ParseUUIDPipe) memberId: string,
    @Body() body: NetworkMemberDto,
  ): Promise<NetworkMemberResponseDto> {
    return this.network.update(user, id, memberId, body);
  }

  @Delete('network-members/:memberId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ operationId: 'removeNetworkMember', summary: 'Remove a network member' })
  @ApiNoContentResponse({ description: 'Removed.' })
  @ApiResponse({ status: 403, description: 'The CSRF token is missing or wrong.' })
  removeNetworkMember(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('memberId', ParseUUIDPipe) memberId: string,
  ): Promise<void> {
    return this.network.remove(user, id, memberId);
  }
}
