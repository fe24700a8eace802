import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CaseAccessPolicy } from '../access/case-access.policy';
import { CaseTimeline } from './case-timeline.service';
import { toNetworkMemberResponse } from './case.mapper';
import { networkMemberNotFound } from './cases.errors';
import type { NetworkMemberDto, NetworkMemberResponseDto } from './dto/network-member.dto';
import { NetworkMemberEntity } from './entities/network-member.entity';

@Injectable()
export class CaseNetworkService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccessPolicy,
    private readonly timeline: CaseTimeline,
  ) {}

  async list(user: AuthenticatedUser, caseId: string): Promise<NetworkMemberResponseDto[]> {
    await this.access.read(user, caseId, { action: 'read', resource: 'case-network' });
    const members = await this.dataSource
      .getRepository(NetworkMemberEntity)
      .find({ where: { caseId }, order: { createdAt: 'ASC' } });
    return members.map(toNetworkMemberResponse);
  }

  async add(user: AuthenticatedUser, caseId: string, request: NetworkMemberDto): Promise<NetworkMemberResponseDto> {
    const audited = { action: 'create' as const, resource: 'case-network', fields: Object.keys(request) };
    const saved = await this.access.change(user, caseId, 'change', audited, async (manager) => {
      const entity = await manager.save(manager.create(NetworkMemberEntity, { caseId, ...this.fields(request) }));
      await this.timeline.record(manager, {
        caseId,
        actorUserId: user.id,
        kind: 'network.member-added',
        summary: `Netwerk: ${entity.name} toegevoegd`,
        details: { networkMemberId: entity.id, relation: entity.relation },
      });
      return entity;
    });
    return toNetworkMemberResponse(saved);
  }

  async update(
    user: AuthenticatedUser,
    caseId: string,
    memberId: string,
    request: NetworkMemberDto,
  ): Promise<NetworkMemberResponseDto> {
    const audited = { action: 'update' as const, resource: 'case-network', fields: Object.keys(request) };
    const updated = await this.access.change(user, caseId, 'change', audited, async (manager) => {
      const result = await manager.update(NetworkMemberEntity, { id: memberId, caseId }, this.fields(request));
      if (result.affected !== 1) throw networkMemberNotFound(memberId);
      await this.timeline.record(manager, {
        caseId,
        actorUserId: user.id,
        kind: 'network.member-changed',
        summary: `Netwerk: gegevens van ${request.name.trim()} gewijzigd`,
        details: { networkMemberId: memberId },
      });
      return manager.findOneByOrFail(NetworkMemberEntity, { id: memberId });
    });
    return toNetworkMemberResponse(updated);
  }

  async remove(user: AuthenticatedUser, caseId: string, memberId: string): Promise<void> {
    const audited = { action: 'delete' as const, resource: 'case-network' };
    await this.access.change(user, caseId, 'change', audited, async (manager) => {
      const member = await manager.findOneBy(NetworkMemberEntity, { id: memberId, caseId });
      if (!member) throw networkMemberNotFound(memberId);
      await manager.delete(NetworkMemberEntity, { id: memberId });
      await this.timeline.record(manager, {
        caseId,
        actorUserId: user.id,
        kind: 'network.member-removed',
        summary: `Netwerk: ${member.name} verwijderd`,
        details: { networkMemberId: memberId },
      });
    });
  }

  private fields(request: NetworkMemberDto) {
    return {
      name: request.name.trim(),
      relation: request.relation,
      phone: request.phone ?? null,
      email: request.email ?? null,
      note: request.note ?? null,
    };
  }
}
