import { HttpStatus, Injectable } from '@nestjs/common';
import type { LifeDomainDefinition } from '@sluitend/domain';
import { ProblemException } from '../common/problem/problem.exception';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { MunicipalityResponseDto, RegionResponseDto } from './dto/region-response.dto';
import { MunicipalityEntity } from './entities/municipality.entity';
import { RegionEntity } from './entities/region.entity';

const regionNotFound = (id: string) =>
  new ProblemException(HttpStatus.NOT_FOUND, 'not-found', 'Not Found', `Region ${id} does not exist.`);

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
      lifeDomains: region.lifeDomains,
    }));
  }

  /** Existing plans keep their domains; new plans and the editor follow the new list. */
  async setLifeDomains(id: string, lifeDomains: LifeDomainDefinition[]): Promise<RegionResponseDto> {
    const result = await this.regions.update(
      { id },
      { lifeDomains: lifeDomains.map(({ key, label }) => ({ key, label: label.trim() })) },
    );
    if (result.affected !== 1) throw regionNotFound(id);
    const region = (await this.list()).find((candidate) => candidate.id === id);
    if (!region) throw regionNotFound(id);
    return region;
  }
}
