import { Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../authenticated-user';
import { CurrentUser } from '../current-user.decorator';
import { Roles } from '../guards/roles.decorator';
import { SignInLockResponseDto } from './sign-in-lock-response.dto';
import { SignInLocksService } from './sign-in-locks.service';

@ApiTags('users')
@Controller('sign-in-locks')
@Roles('admin')
@ApiResponse({ status: 401, description: 'Not signed in.' })
@ApiResponse({ status: 403, description: 'Not an admin, or the CSRF token is wrong.' })
@ApiResponse({ status: 503, description: 'The sign-in throttle (Redis) is unavailable.' })
export class SignInLocksController {
  constructor(private readonly locks: SignInLocksService) {}

  @Get()
  @ApiOperation({
    operationId: 'listSignInLocks',
    summary: 'Accounts locked for unknown browsers after too many wrong passwords (admin)',
  })
  @ApiOkResponse({ type: SignInLockResponseDto, isArray: true, description: 'The locked accounts.' })
  list(): Promise<SignInLockResponseDto[]> {
    return this.locks.list();
  }

  @Delete(':userId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ operationId: 'unlockSignIn', summary: "Lift a user's sign-in lock (admin); logged" })
  @ApiNoContentResponse({ description: 'The user can sign in from any browser again.' })
  @ApiResponse({ status: 404, description: 'No such user.' })
  unlock(@CurrentUser() admin: AuthenticatedUser, @Param('userId', ParseUUIDPipe) userId: string): Promise<void> {
    return this.locks.unlock(admin, userId);
  }
}
