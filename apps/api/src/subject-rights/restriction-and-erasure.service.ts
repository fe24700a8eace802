import { Injectable } from '@nestjs/common';
import { erasureBlockers, type CaseResponse, type ErasureRecordResponse } from '@sluitend/domain';
import { DataSource } from 'typeorm';
import { CaseAccessPolicy } from '../access/case-access.policy';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CaseTimeline } from '../cases/case-timeline.service';
import { CasesService } from '../cases/cases.service';
import { CaseEntity } from '../cases/entities/case.entity';
import { Clock } from '../common/time/clock';
import { ConsentEntity } from '../consents/entities/consent.entity';
import { eraseCase } from './case-erasure';
import { ErasureRecordEntity } from './entities/erasure-record.entity';
import { erasureRefused } from './subject-rights.errors';

/** AVG art. 17 and 18, decided by the casusregisseur on the jongere's request; rectification is the normal edit. */
@Injectable()
export class RestrictionAndErasureService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccessPolicy,
    private readonly timeline: CaseTimeline,
    private readonly cases: CasesService,
    private readonly clock: Clock,
  ) {}

  async restrict(user: AuthenticatedUser, caseId: string, reason: string): Promise<CaseResponse> {
    const audited = { action: 'update' as const, resource: 'case-restriction', fields: ['restriction'] };
    await this.access.change(
      user,
      caseId,
      'subject-rights',
      audited,
      async (manager) => {
        await manager.update(
          CaseEntity,
          { id: caseId },
          { restrictedAt: this.clock.now(), restrictedReason: reason.trim() },
        );
        await this.timeline.record(manager, {
          caseId,
          actorUserId: user.id,
          kind: 'case.restricted',
          summary: `Verwerking beperkt: ${reason.trim()}`,
          details: {},
        });
      },
      { whileRestricted: true },
    );
    return this.cases.load(this.dataSource.manager, caseId);
  }

  async lift(user: AuthenticatedUser, caseId: string): Promise<void> {
    const audited = { action: 'update' as const, resource: 'case-restriction', fields: ['restriction'] };
    await this.access.change(
      user,
      caseId,
      'subject-rights',
      audited,
      async (manager) => {
        await manager.update(CaseEntity, { id: caseId }, { restrictedAt: null, restrictedReason: null });
        await this.timeline.record(manager, {
          caseId,
          actorUserId: user.id,
          kind: 'case.restriction-lifted',
          summary: 'Beperking van de verwerking opgeheven',
          details: {},
        });
      },
      { whileRestricted: true },
    );
  }

  async erase(user: AuthenticatedUser, caseId: string, reason: string): Promise<ErasureRecordResponse> {
    const audited = { action: 'delete' as const, resource: 'case' };
    const record = await this.access.change(
      user,
      caseId,
      'subject-rights',
      audited,
      async (manager) => {
        const consents = await manager.find(ConsentEntity, { where: { caseId } });
        const blockers = erasureBlockers(
          consents.map((consent) => ({ ...consent, withdrawnAt: consent.withdrawnAt?.toISOString() ?? null })),
          this.clock.today(),
        );
        if (blockers.length > 0) throw erasureRefused([...new Set(blockers)]);
        return eraseCase(manager, {
          caseId,
          kind: 'request',
          reason: reason.trim(),
          erasedBy: user.id,
          at: this.clock.now(),
        });
      },
      { whileRestricted: true },
    );
    return { ...toErasureResponse(record), erasedBy: { userId: user.id, name: user.name } };
  }

  async records(): Promise<ErasureRecordResponse[]> {
    const records = await this.dataSource
      .getRepository(ErasureRecordEntity)
      .find({ relations: { eraser: true }, order: { erasedAt: 'DESC' }, take: 500 });
    return records.map(toErasureResponse);
  }
}

function toErasureResponse(record: ErasureRecordEntity): ErasureRecordResponse {
  return {
    id: record.id,
    caseId: record.caseId,
    reason: record.reason,
    kind: record.kind,
    erasedBy: record.eraser ? { userId: record.eraser.id, name: record.eraser.name } : null,
    erasedAt: record.erasedAt.toISOString(),
  };
}
