import { Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { NotificationResponseDto } from './dto/notification.dto';
import { NotificationSummaryResponseDto } from './dto/notification-summary.dto';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@Controller('notifications')
@ApiResponse({ status: 401, description: 'Not signed in.' })
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @ApiOperation({ operationId: 'listNotifications', summary: 'My notifications, newest first (at most 50)' })
  @ApiOkResponse({ type: NotificationResponseDto, isArray: true, description: 'My notifications.' })
  list(@CurrentUser() user: AuthenticatedUser): Promise<NotificationResponseDto[]> {
    return this.notifications.list(user);
  }

  @Get('summary')
  @ApiOperation({ operationId: 'getNotificationSummary', summary: 'How many of my notifications are unread' })
  @ApiOkResponse({ type: NotificationSummaryResponseDto, description: 'My unread count.' })
  summary(@CurrentUser() user: AuthenticatedUser): Promise<NotificationSummaryResponseDto> {
    return this.notifications.summary(user);
  }

  @Post('read-all')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ operationId: 'markAllNotificationsRead', summary: 'Mark all my notifications as read' })
  @ApiOkResponse({ type: NotificationSummaryResponseDto, description: 'My unread count afterwards.' })
  @ApiResponse({ status: 403, description: 'The CSRF token is missing or wrong.' })
  markAllRead(@CurrentUser() user: AuthenticatedUser): Promise<NotificationSummaryResponseDto> {
    return this.notifications.markAllRead(user);
  }

  @Post(':id/read')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ operationId: 'markNotificationRead', summary: 'Mark one of my notifications as read' })
  @ApiOkResponse({ type: NotificationResponseDto, description: 'The notification, read.' })
  @ApiResponse({ status: 403, description: 'The CSRF token is missing or wrong.' })
  @ApiResponse({ status: 404, description: 'No such notification of yours.' })
  markRead(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<NotificationResponseDto> {
    return this.notifications.markRead(user, id);
  }
}
