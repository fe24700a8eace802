import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  NETWORK_RELATIONS,
  type NetworkMemberRequest,
  type NetworkMemberResponse,
  type NetworkRelation,
} from '@sluitend/domain';
import { IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';

export class NetworkMemberResponseDto implements NetworkMemberResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Fatima de Jong' })
  name!: string;

  @ApiProperty({ enum: NETWORK_RELATIONS })
  relation!: NetworkRelation;

  @ApiProperty({ type: String, nullable: true })
  phone!: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'email' })
  email!: string | null;

  @ApiProperty({ type: String, nullable: true })
  note!: string | null;
}

export class NetworkMemberDto implements NetworkMemberRequest {
  @ApiProperty({ maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ enum: NETWORK_RELATIONS })
  @IsIn(NETWORK_RELATIONS)
  relation!: NetworkRelation;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 40 })
  @ValidateIf((_, value) => value !== undefined && value !== null)
  @IsString()
  @MaxLength(40)
  phone?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'email' })
  @ValidateIf((_, value) => value !== undefined && value !== null)
  @IsEmail()
  email?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 1000 })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(1000)
  note?: string | null;
}
