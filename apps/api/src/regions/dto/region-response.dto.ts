import { ApiProperty } from '@nestjs/swagger';
import type { MunicipalityResponse, RegionResponse } from '@sluitend/domain';
import { LifeDomainDto } from '../../toekomstplan/dto/life-domain.dto';

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

  @ApiProperty({
    type: LifeDomainDto,
    isArray: true,
    description: 'The life domains a toekomstplan in this region is organised by.',
  })
  lifeDomains!: LifeDomainDto[];
}
