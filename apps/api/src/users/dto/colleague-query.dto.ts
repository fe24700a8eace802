import { ApiPropertyOptional } from '@nestjs/swagger';
import { COLLEAGUE_ROLES, type ColleagueRole } from '@sluitend/domain';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

export class ColleagueQueryDto {
  @ApiPropertyOptional({
    enum: COLLEAGUE_ROLES,
    description: 'The role looked for: professionals for a case team (default), or the people of the Actietafel.',
  })
  @IsOptional()
  @IsIn(COLLEAGUE_ROLES)
  role?: ColleagueRole;

  @ApiPropertyOptional({ description: 'Part of the name or email.', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}
