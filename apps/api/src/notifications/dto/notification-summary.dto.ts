import { ApiProperty } from '@nestjs/swagger';
import type { NotificationSummaryResponse } from '@sluitend/domain';

export class NotificationSummaryResponseDto implements NotificationSummaryResponse {
  @ApiProperty({ description: 'How many of my notifications are unread.', minimum: 0 })
  unreadCount!: number;
}
