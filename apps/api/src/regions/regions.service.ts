import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { RegionResponseDto } from './dto/region-response.dto';
import { RegionEntity } from './entities/region.entity';

@Injectable()
export class RegionsService {
  constructor(@InjectRepository(RegionEntity) private readonly regions: Repository<RegionEntity>) {}

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
