import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { CurrentUser } from '../../auth/current-user.decorator';
import { NotificationSettingsResponseDto, UpdateNotificationSettingsDto } from './dto/notification-settings.dto';
import { NotificationSettingsService } from './notification-settings.service';

/** Every signed-in user's own settings: there is no id in the path, so no one else's can be reached. */
@ApiTags('notifications')
@Controller('notification-settings')
@ApiResponse({ status: 401, description: 'Not signed in.' })
export class NotificationSettingsController {
  constructor(private readonly settings: NotificationSettingsService) {}

  @Get()
  @ApiOperation({ operationId: 'getNotificationSettings', summary: 'My notification settings' })
  @ApiOkResponse({ type: NotificationSettingsResponseDto, description: 'My settings.' })
  get(@CurrentUser() user: AuthenticatedUser): Promise<NotificationSettingsResponseDto> {
    return this.settings.get(user);
  }

  @Put()
  @ApiOperation({ operationId: 'updateNotificationSettings', summary: 'Change how I get notifications by e-mail' })
  @ApiOkResponse({ type: NotificationSettingsResponseDto, description: 'My settings, changed.' })
  @ApiResponse({ status: 400, description: 'Not a valid setting; nothing was changed.' })
  @ApiResponse({ status: 403, description: 'The CSRF token is missing or wrong.' })
  @ApiResponse({ status: 409, description: 'Changed since you read it (another tab, or an admin).' })
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: UpdateNotificationSettingsDto,
  ): Promise<NotificationSettingsResponseDto> {
    return this.settings.update(user, body);
  }
}
