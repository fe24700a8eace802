import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { isUniqueViolation } from '../common/persistence/unique-violation';
import { UserEntity } from '../users/entities/user.entity';
import { CaseAccessPolicy } from '../access/case-access.policy';
import { ReminderPlanner } from '../reminders/reminder-planner';
import { CaseActivity } from './case-activity';
import { CaseTimeline } from './case-timeline.service';
import { toTeamMemberResponse } from './case.mapper';
import { CasesService } from './cases.service';
import {
  alreadyOnTeam,
  cannotRemoveCasusregisseur,
  invalidCaseInput,
  notOnTeam,
  teamMemberNotFound,
} from './cases.errors';
import type { CaseResponseDto } from './dto/case-response.dto';
import type { AddTeamMemberDto, TeamMemberResponseDto, UpdateTeamMemberDto } from './dto/team-member.dto';
import { TeamMemberEntity } from './entities/team-member.entity';

const WITH_USER = { user: { organisation: true } } as const;

@Injectable()
export class CaseTeamService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccessPolicy,
    private readonly timeline: CaseTimeline,
    private readonly cases: CasesService,
    private readonly activity: CaseActivity,
    private readonly reminders: ReminderPlanner,
  ) {}

  async list(user: AuthenticatedUser, caseId: string): Promise<TeamMemberResponseDto[]> {
    await this.access.read(user, caseId, { action: 'read', resource: 'case-team' });
    const members = await this.dataSource.getRepository(TeamMemberEntity).find({
      where: { caseId },
      relations: WITH_USER,
      order: { isCasusregisseur: 'DESC', addedAt: 'ASC' },
    });
    return members.map(toTeamMemberResponse);
  }

  async add(user: AuthenticatedUser, caseId: string, request: AddTeamMemberDto): Promise<TeamMemberResponseDto> {
    const audited = { action: 'create' as const, resource: 'case-team', fields: ['userId', 'part'] };
    try {
      const id = await this.access.change(user, caseId, 'lead', audited, async (manager) => {
        const colleague = await manager.findOne(UserEntity, { where: { id: request.userId, active: true } });
        if (!colleague) throw invalidCaseInput([{ field: 'userId', message: 'userId must refer to an active user' }]);
        const inserted = await manager.insert(TeamMemberEntity, {
          caseId,
          userId: request.userId,
          part: request.part.trim(),
        });
        await this.timeline.record(manager, {
          caseId,
          actorUserId: user.id,
          kind: 'team.member-added',
          summary: `${colleague.name} toegevoegd aan het team (${request.part.trim()})`,
          details: { userId: request.userId },
        });
        await this.activity.record(manager, caseId);
        return inserted.identifiers[0]['id'] as string;
      });
      return this.one(caseId, id);
    } catch (error) {
      if (isUniqueViolation(error, 'uq_case_team_member_user')) throw alreadyOnTeam();
      throw error;
    }
  }

  async update(
    user: AuthenticatedUser,
    caseId: string,
    memberId: string,
    request: UpdateTeamMemberDto,
  ): Promise<TeamMemberResponseDto> {
    const audited = { action: 'update' as const, resource: 'case-team', fields: ['part'] };
    await this.access.change(user, caseId, 'lead', audited, async (manager) => {
      const member = await this.one(caseId, memberId, manager);
      await manager.update(TeamMemberEntity, { id: memberId, caseId }, { part: request.part.trim() });
      await this.timeline.record(manager, {
        caseId,
        actorUserId: user.id,
        kind: 'team.member-changed',
        summary: `Rol van ${member.name} gewijzigd in ${request.part.trim()}`,
        details: { userId: member.userId },
      });
    });
    return this.one(caseId, memberId);
  }

  async remove(user: AuthenticatedUser, caseId: string, memberId: string): Promise<void> {
    const audited = { action: 'delete' as const, resource: 'case-team' };
    await this.access.change(user, caseId, 'lead', audited, async (manager) => {
      const member = await this.one(caseId, memberId, manager);
      if (member.isCasusregisseur) throw cannotRemoveCasusregisseur();
      await manager.delete(TeamMemberEntity, { id: memberId, caseId });
      await this.timeline.record(manager, {
        caseId,
        actorUserId: user.id,
        kind: 'team.member-removed',
        summary: `${member.name} uit het team gehaald`,
        details: { userId: member.userId },
      });
      await this.activity.record(manager, caseId);
    });
  }

  /** One transaction: the old lead steps down before the new one steps up (the unique index allows one). */
  async handOver(user: AuthenticatedUser, caseId: string, newLeadUserId: string): Promise<CaseResponseDto> {
    const audited = { action: 'update' as const, resource: 'case-team', fields: ['casusregisseur'] };
    await this.access.change(user, caseId, 'lead', audited, async (manager) => {
      const current = await manager.findOneByOrFail(TeamMemberEntity, { caseId, userId: user.id });
      if (current.userId === newLeadUserId) return;
      const next = await manager.findOne(TeamMemberEntity, {
        where: { caseId, userId: newLeadUserId },
        relations: WITH_USER,
      });
      if (!next) throw notOnTeam('userId');
      await manager.update(TeamMemberEntity, { id: current.id }, { isCasusregisseur: false });
      await manager.update(TeamMemberEntity, { id: next.id }, { isCasusregisseur: true });
      await this.timeline.record(manager, {
        caseId,
        actorUserId: user.id,
        kind: 'team.casusregisseur-handed-over',
        summary: `Casusregie overgedragen aan ${next.user.name}`,
        details: { from: current.userId, to: newLeadUserId },
      });
      await this.activity.record(manager, caseId);
      // The casusregisseur's reminders move to the new one: pending ones go over, delivered ones stay history.
      await this.reminders.planCase(manager, caseId);
    });
    return this.cases.load(this.dataSource.manager, caseId);
  }

  private async one(
    caseId: string,
    memberId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<TeamMemberResponseDto> {
    const member = await manager.findOne(TeamMemberEntity, { where: { id: memberId, caseId }, relations: WITH_USER });
    if (!member) throw teamMemberNotFound(memberId);
    return toTeamMemberResponse(member);
  }
}
