import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { MunicipalityResponseDto, RegionResponseDto } from './dto/region-response.dto';
import { MunicipalityEntity } from './entities/municipality.entity';
import { RegionEntity } from './entities/region.entity';

@Injectable()
export class RegionsService {
  constructor(
    @InjectRepository(RegionEntity) private readonly regions: Repository<RegionEntity>,
    @InjectRepository(MunicipalityEntity) private readonly municipalitiesRepository: Repository<MunicipalityEntity>,
  ) {}

  async municipalities(): Promise<MunicipalityResponseDto[]> {
    const all = await this.municipalitiesRepository.find({ order: { name: 'ASC' } });
    return all.map(({ id, name }) => ({ id, name }));
  }

  async list(): Promise<RegionResponseDto[]> {
    const regions = await this.regions.find({
      relations: { municipalities: true },
      order: { name: 'ASC', municipalities: { name: 'ASC' } },
    });
    return regions.map((region) => ({
      id: region.id,
      name: region.name,
      municipalities: region.municipalities.map(({ id, name }) => ({ id, name })),
    }));
  }
}
