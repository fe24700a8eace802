import { ApiProperty } from '@nestjs/swagger';
import {
  MAIL_PREFERENCES,
  type MailPreference,
  type NotificationSettingsResponse,
  type UpdateNotificationSettingsRequest,
} from '@sluitend/domain';
import { IsIn, Min } from 'class-validator';
import { IsInt4 } from '../../../common/validation/domain-validators';

const MAIL_DESCRIPTION =
  'immediate: an e-mail per notification; daily-digest: one e-mail a day at 08:30 (Dutch time); off: none.';

export class NotificationSettingsResponseDto implements NotificationSettingsResponse {
  @ApiProperty({ enum: MAIL_PREFERENCES, description: MAIL_DESCRIPTION })
  mail!: MailPreference;

  @ApiProperty({ format: 'email', description: 'Where e-mail goes: my own address.' })
  email!: string;

  @ApiProperty({ minimum: 1, description: 'Send it back with a change; a stale one is answered 409.' })
  version!: number;
}

export class UpdateNotificationSettingsDto implements UpdateNotificationSettingsRequest {
  @ApiProperty({ enum: MAIL_PREFERENCES, description: MAIL_DESCRIPTION })
  @IsIn(MAIL_PREFERENCES)
  mail!: MailPreference;

  @ApiProperty({ minimum: 1, description: 'The version you read; a stale version is answered 409.' })
  @IsInt4()
  @Min(1)
  version!: number;
}
