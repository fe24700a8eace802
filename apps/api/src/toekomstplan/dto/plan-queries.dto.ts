import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Min } from 'class-validator';

export class ComparisonQueryDto {
  @ApiProperty({ minimum: 1, description: 'The older version.' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  from!: number;

  @ApiProperty({ minimum: 1, description: 'The newer version.' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  to!: number;
}
