import { ApiProperty } from '@nestjs/swagger';
import type { MunicipalityResponse, RegionResponse } from '@sluitend/domain';

export class MunicipalityResponseDto implements MunicipalityResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Tiel' })
  name!: string;
}

export class RegionResponseDto implements RegionResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Rivierenland' })
  name!: string;

  @ApiProperty({ type: MunicipalityResponseDto, isArray: true })
  municipalities!: MunicipalityResponseDto[];
}
