import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { Min } from 'class-validator';
import { IsInt4 } from '../../common/validation/domain-validators';

export class ComparisonQueryDto {
  @ApiProperty({ minimum: 1, description: 'The older version.' })
  @Type(() => Number)
  @IsInt4()
  @Min(1)
  from!: number;

  @ApiProperty({ minimum: 1, description: 'The newer version.' })
  @Type(() => Number)
  @IsInt4()
  @Min(1)
  to!: number;
}
