import { Body, Controller, Get, HttpCode, HttpStatus, Post, Req, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AuthService } from './auth.service';
import { CurrentUser } from './current-user.decorator';
import type { AuthenticatedUser } from './authenticated-user';
import { LoginRequestDto } from './dto/login-request.dto';
import { MeResponseDto } from './dto/me-response.dto';
import { Public } from './guards/public.decorator';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    operationId: 'login',
    summary: 'Sign in with email and password',
    description:
      'Sets the session cookie, a new XSRF-TOKEN cookie bound to the new session, and a device cookie: later attempts from this browser are counted apart from unknown browsers, so a lock set by someone else guessing does not stop its owner.',
  })
  @ApiOkResponse({ type: MeResponseDto, description: 'Signed in.' })
  @ApiResponse({ status: 401, description: 'Wrong email or password (the same answer for an unknown email).' })
  @ApiResponse({ status: 403, description: 'The CSRF token is missing or wrong.' })
  @ApiResponse({
    status: 429,
    description: 'Too many wrong passwords for this account or from this address (from browsers it does not know).',
  })
  login(
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @Body() body: LoginRequestDto,
  ): Promise<MeResponseDto> {
    return this.auth.login(request, response, body.email, body.password);
  }

  @Post('logout')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    operationId: 'logout',
    summary: 'End the session',
    description: 'Clears the session cookie and hands out a new XSRF-TOKEN cookie.',
  })
  @ApiNoContentResponse({ description: 'Signed out.' })
  @ApiResponse({ status: 401, description: 'Not signed in.' })
  @ApiResponse({ status: 403, description: 'The CSRF token is missing or wrong.' })
  logout(
    @CurrentUser() user: AuthenticatedUser,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    return this.auth.logout(user, request, response);
  }

  @Get('me')
  @ApiOperation({ operationId: 'getMe', summary: 'The signed-in user, their organisation and roles' })
  @ApiOkResponse({ type: MeResponseDto, description: 'The signed-in user.' })
  @ApiResponse({ status: 401, description: 'Not signed in.' })
  me(@CurrentUser() user: AuthenticatedUser): MeResponseDto {
    return user;
  }
}
