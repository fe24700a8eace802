import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { caseNotFound, onlyCasusregisseur } from './cases.errors';
import { TeamMemberEntity } from './entities/team-member.entity';

/**
 * Who may touch a case, decided in one place: for now, membership of its team.
 * (Consent and break-the-glass extend this policy; controllers never decide access themselves.)
 */
@Injectable()
export class CaseAccess {
  constructor(private readonly dataSource: DataSource) {}

  async requireMember(
    user: AuthenticatedUser,
    caseId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<TeamMemberEntity> {
    const membership = await manager.findOneBy(TeamMemberEntity, { caseId, userId: user.id });
    if (!membership) throw caseNotFound(caseId);
    return membership;
  }

  async requireCasusregisseur(
    user: AuthenticatedUser,
    caseId: string,
    manager?: EntityManager,
  ): Promise<TeamMemberEntity> {
    const membership = await this.requireMember(user, caseId, manager);
    if (!membership.isCasusregisseur) throw onlyCasusregisseur();
    return membership;
  }
}
