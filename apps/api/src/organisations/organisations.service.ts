import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, type Repository } from 'typeorm';
import { adminChangeEvents, adminCreateEvents } from '../audit/admin-audit-events';
import { AuditLog } from '../audit/audit-log.service';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { updateWithVersion } from '../common/persistence/versioned-update';
import { isForeignKeyViolation, isUniqueViolation } from '../common/persistence/unique-violation';
import { UserEntity } from '../users/entities/user.entity';
import { SessionService } from '../auth/session.service';
import type { CreateOrganisationDto } from './dto/create-organisation.dto';
import type { OrganisationResponseDto } from './dto/organisation-response.dto';
import type { UpdateOrganisationDto } from './dto/update-organisation.dto';
import { OrganisationEntity } from './entities/organisation.entity';
import { toOrganisationResponse } from './organisation.mapper';
import { organisationNameTaken, organisationNotFound, unknownRegion } from './organisations.errors';

@Injectable()
export class OrganisationsService {
  constructor(
    @InjectRepository(OrganisationEntity) private readonly organisations: Repository<OrganisationEntity>,
    private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly audit: AuditLog,
  ) {}

  async list(): Promise<OrganisationResponseDto[]> {
    const all = await this.organisations.find({ order: { name: 'ASC' } });
    return all.map(toOrganisationResponse);
  }

  async get(id: string): Promise<OrganisationResponseDto> {
    const organisation = await this.organisations.findOneBy({ id });
    if (!organisation) throw organisationNotFound(id);
    return toOrganisationResponse(organisation);
  }

  async create(actor: AuthenticatedUser, request: CreateOrganisationDto): Promise<OrganisationResponseDto> {
    try {
      const saved = await this.dataSource.transaction(async (manager) => {
        const organisation = await manager.save(
          manager.create(OrganisationEntity, {
            name: request.name.trim(),
            sector: request.sector,
            regionId: request.regionId,
          }),
        );
        const target = { resource: 'organisation', id: organisation.id } as const;
        await this.audit.writeAll(manager, adminCreateEvents(actor, target, ['name', 'sector', 'regionId']));
        return organisation;
      });
      return toOrganisationResponse(saved);
    } catch (error) {
      if (isUniqueViolation(error, 'uq_organisation_region_name')) throw organisationNameTaken(request.name);
      if (isForeignKeyViolation(error, 'fk_organisation_region')) throw unknownRegion();
      throw error;
    }
  }

  async update(actor: AuthenticatedUser, id: string, request: UpdateOrganisationDto): Promise<OrganisationResponseDto> {
    const { version, ...changes } = request;
    try {
      const updated = await this.dataSource.transaction(async (manager) => {
        // Locked, so the access log compares with exactly the row this change replaces.
        const before = await manager.findOne(OrganisationEntity, {
          where: { id },
          lock: { mode: 'pessimistic_write' },
        });
        const result = await updateWithVersion(manager, OrganisationEntity, id, version, changes, 'Organisation');
        if (changes.active === false) {
          const members = await manager.find(UserEntity, { where: { organisationId: id }, select: { id: true } });
          for (const member of members) await this.sessions.endAllFor(member.id, manager);
        }
        if (before) {
          const target = { resource: 'organisation', id } as const;
          await this.audit.writeAll(manager, adminChangeEvents(actor, target, before, changes));
        }
        return result;
      });
      return toOrganisationResponse(updated);
    } catch (error) {
      if (isUniqueViolation(error, 'uq_organisation_region_name')) throw organisationNameTaken(changes.name ?? '');
      throw error;
    }
  }
}
