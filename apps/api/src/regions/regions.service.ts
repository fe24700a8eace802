import { HttpStatus, Injectable } from '@nestjs/common';
import type { LifeDomainDefinition } from '@sluitend/domain';
import { ProblemException } from '../common/problem/problem.exception';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, type Repository } from 'typeorm';
import { adminChangeEvents } from '../audit/admin-audit-events';
import { AuditLog } from '../audit/audit-log.service';
import type { AuthenticatedUser } from '../auth/authenticated-user';
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
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
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
  async setLifeDomains(
    actor: AuthenticatedUser,
    id: string,
    lifeDomains: LifeDomainDefinition[],
  ): Promise<RegionResponseDto> {
    const changes = { lifeDomains: lifeDomains.map(({ key, label }) => ({ key, label: label.trim() })) };
    await this.dataSource.transaction(async (manager) => {
      // Locked, so the access log compares with exactly the list this change replaces.
      const before = await manager.findOne(RegionEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!before) throw regionNotFound(id);
      await manager.update(RegionEntity, { id }, changes);
      await this.audit.writeAll(manager, adminChangeEvents(actor, { resource: 'region', id }, before, changes));
    });
    const region = (await this.list()).find((candidate) => candidate.id === id);
    if (!region) throw regionNotFound(id);
    return region;
  }
}
