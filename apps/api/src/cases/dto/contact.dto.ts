import { ApiPropertyOptional } from '@nestjs/swagger';
import type { CaseContact } from '@sluitend/domain';
import { IsEmail, IsOptional, IsString, MaxLength } from 'class-validator';

export class ContactInputDto implements Partial<CaseContact> {
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 40 })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  phone?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'email' })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 300 })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  address?: string | null;
}
