import { ApiProperty } from '@nestjs/swagger';
import {
  SECTORS,
  type AddTeamMemberRequest,
  type HandOverCasusregisseurRequest,
  type Sector,
  type TeamMemberResponse,
  type UpdateTeamMemberRequest,
} from '@sluitend/domain';
import { IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';

export class TeamMemberResponseDto implements TeamMemberResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  userId!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ format: 'email' })
  email!: string;

  @ApiProperty({ format: 'uuid' })
  organisationId!: string;

  @ApiProperty()
  organisationName!: string;

  @ApiProperty({ enum: SECTORS })
  sector!: Sector;

  @ApiProperty({ example: 'mentor school' })
  part!: string;

  @ApiProperty()
  isCasusregisseur!: boolean;

  @ApiProperty({ format: 'date-time' })
  addedAt!: string;
}

export class AddTeamMemberDto implements AddTeamMemberRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  userId!: string;

  @ApiProperty({ maxLength: 100, example: 'consulent Participatiewet' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  part!: string;
}

export class UpdateTeamMemberDto implements UpdateTeamMemberRequest {
  @ApiProperty({ maxLength: 100 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  part!: string;
}

export class HandOverCasusregisseurDto implements HandOverCasusregisseurRequest {
  @ApiProperty({ format: 'uuid', description: 'A current team member who becomes the casusregisseur.' })
  @IsUUID()
  userId!: string;
}
