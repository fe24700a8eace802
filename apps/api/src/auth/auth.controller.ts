import { Body, Controller, Get, HttpCode, HttpStatus, Post, Req } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
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
  @ApiOperation({ operationId: 'login', summary: 'Sign in with email and password; sets the session cookie' })
  @ApiOkResponse({ type: MeResponseDto, description: 'Signed in.' })
  @ApiResponse({ status: 401, description: 'Wrong email or password (the same answer for an unknown email).' })
  @ApiResponse({ status: 403, description: 'The CSRF token is missing or wrong.' })
  @ApiResponse({ status: 429, description: 'Too many attempts for this account or from this address.' })
  login(@Req() request: Request, @Body() body: LoginRequestDto): Promise<MeResponseDto> {
    return this.auth.login(request, body.email, body.password);
  }

  @Post('logout')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ operationId: 'logout', summary: 'End the session' })
  @ApiNoContentResponse({ description: 'Signed out.' })
  @ApiResponse({ status: 401, description: 'Not signed in.' })
  @ApiResponse({ status: 403, description: 'The CSRF token is missing or wrong.' })
  logout(@Req() request: Request): Promise<void> {
    return this.auth.logout(request);
  }

  @Get('me')
  @ApiOperation({ operationId: 'getMe', summary: 'The signed-in user, their organisation and roles' })
  @ApiOkResponse({ type: MeResponseDto, description: 'The signed-in user.' })
  @ApiResponse({ status: 401, description: 'Not signed in.' })
  me(@CurrentUser() user: AuthenticatedUser): MeResponseDto {
    return user;
  }
}
