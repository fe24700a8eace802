import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/guards/roles.decorator';
import { CreateUserDto } from './dto/create-user.dto';
import { UpdateUserDto } from './dto/update-user.dto';
import { UserResponseDto } from './dto/user-response.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
@Roles('admin')
@ApiResponse({ status: 401, description: 'Not signed in.' })
@ApiResponse({ status: 403, description: 'Not an admin, or the CSRF token is wrong.' })
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ operationId: 'listUsers', summary: 'All users (admin)' })
  @ApiOkResponse({ type: UserResponseDto, isArray: true, description: 'The users.' })
  list(): Promise<UserResponseDto[]> {
    return this.users.list();
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getUser', summary: 'One user (admin)' })
  @ApiOkResponse({ type: UserResponseDto, description: 'The user.' })
  @ApiResponse({ status: 404, description: 'No such user.' })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<UserResponseDto> {
    return this.users.get(id);
  }

  @Post()
  @ApiOperation({ operationId: 'createUser', summary: 'Create a user with an initial password (admin)' })
  @ApiCreatedResponse({ type: UserResponseDto, description: 'Created.' })
  @ApiResponse({ status: 409, description: 'The email address is already in use.' })
  create(@CurrentUser() actor: AuthenticatedUser, @Body() body: CreateUserDto): Promise<UserResponseDto> {
    return this.users.create(actor, body);
  }

  @Patch(':id')
  @ApiOperation({
    operationId: 'updateUser',
    summary: 'Rename, change roles or organisation, deactivate or reactivate (admin)',
  })
  @ApiOkResponse({ type: UserResponseDto, description: 'Updated.' })
  @ApiResponse({
    status: 403,
    description:
      'Not an admin, the CSRF token is wrong, or these are your own roles (`own-roles`): another admin changes them.',
  })
  @ApiResponse({ status: 404, description: 'No such user.' })
  @ApiResponse({
    status: 409,
    description: 'Changed by someone else since you read it, or you would deactivate yourself.',
  })
  update(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateUserDto,
  ): Promise<UserResponseDto> {
    return this.users.update(actor, id, body);
  }
}
