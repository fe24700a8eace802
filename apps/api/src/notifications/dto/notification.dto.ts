import { ApiProperty } from '@nestjs/swagger';
import { NOTIFICATION_KINDS, type NotificationKind, type NotificationResponse } from '@sluitend/domain';

export class NotificationResponseDto implements NotificationResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: NOTIFICATION_KINDS })
  kind!: NotificationKind;

  @ApiProperty({ description: 'Holds no personal data of a jongere.', maxLength: 300 })
  title!: string;

  @ApiProperty({ description: 'A path of the web app.', example: '/actietafel/sessions/0b7c…/minutes' })
  link!: string;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Null while unread.' })
  readAt!: string | null;
}
