import { Injectable } from '@nestjs/common';
import { consentDraftProblems, type ConsentResponse } from '@sluitend/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { CaseAccessPolicy } from '../access/case-access.policy';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CaseTimeline } from '../cases/case-timeline.service';
import { invalidCaseInput } from '../cases/cases.errors';
import { CaseEntity } from '../cases/entities/case.entity';
import { Clock } from '../common/time/clock';
import { OrganisationEntity } from '../organisations/entities/organisation.entity';
import { ReminderPlanner } from '../reminders/reminder-planner';
import { toConsentResponse } from './consent.mapper';
import { consentAlreadyWithdrawn, consentNotFound } from './consents.errors';
import type { CreateConsentDto, WithdrawConsentDto } from './dto/consent.dto';
import { ConsentEntity } from './entities/consent.entity';

const RELATIONS = { organisation: true, recorder: true, withdrawer: true } as const;

const SUBJECT_LABEL = (consent: ConsentEntity, organisationName: string | null) =>
  consent.scope === 'organisation' ? (organisationName ?? 'organisatie') : `sector ${consent.sector}`;

/** The consent registry of a case. Withdrawal is a change of the row, never a deletion: the history stays. */
@Injectable()
export class ConsentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccessPolicy,
    private readonly timeline: CaseTimeline,
    private readonly clock: Clock,
    private readonly reminders: ReminderPlanner,
  ) {}

  async list(user: AuthenticatedUser, caseId: string): Promise<ConsentResponse[]> {
    await this.access.read(user, caseId, { action: 'read', resource: 'consents' }, 'read-consents');
    const consents = await this.dataSource
      .getRepository(ConsentEntity)
      .find({ where: { caseId }, relations: RELATIONS, order: { recordedAt: 'DESC' } });
    const today = this.clock.today();
    return consents.map((consent) => toConsentResponse(consent, today));
  }

  async create(user: AuthenticatedUser, caseId: string, request: CreateConsentDto): Promise<ConsentResponse> {
    const audited = { action: 'create' as const, resource: 'consent', fields: Object.keys(request) };
    const id = await this.access.change(user, caseId, 'manage-consents', audited, async (manager) => {
      const jongere = await manager.findOneByOrFail(CaseEntity, { id: caseId });
      const problems = consentDraftProblems(request, jongere.dateOfBirth, this.clock.today());
      const organisation = request.organisationId
        ? await manager.findOneBy(OrganisationEntity, { id: request.organisationId })
        : null;
      if (request.scope === 'organisation' && request.organisationId && !organisation)
        problems.push({ field: 'organisationId', message: 'organisationId must refer to an existing organisation' });
      if (problems.length > 0) throw invalidCaseInput(problems);
      const inserted = await manager.insert(ConsentEntity, {
        caseId,
        scope: request.scope,
        organisationId: request.scope === 'organisation' ? (request.organisationId ?? null) : null,
        sector: request.scope === 'sector' ? (request.sector ?? null) : null,
        purpose: request.purpose,
        basis: request.basis,
        givenBy: request.basis === 'consent' ? (request.givenBy ?? []) : [],
        legalGround: request.basis === 'legal-ground' ? (request.legalGround ?? null) : null,
        note: request.note?.trim() || null,
        givenOn: request.givenOn,
        validUntil: request.validUntil ?? null,
        recordedBy: user.id,
        version: 1,
      });
      const consentId = inserted.identifiers[0]['id'] as string;
      const entity = await manager.findOneByOrFail(ConsentEntity, { id: consentId });
      await this.reminders.planConsent(manager, caseId, consentId, entity.validUntil, entity.withdrawnAt);
      await this.timeline.record(manager, {
        caseId,
        actorUserId: user.id,
        kind: 'consent.registered',
        summary: `${request.basis === 'consent' ? 'Toestemming' : 'Wettelijke grondslag'} geregistreerd voor ${SUBJECT_LABEL(entity, organisation?.name ?? null)}`,
        details: { consentId, purpose: request.purpose, basis: request.basis },
      });
      return consentId;
    });
    return this.one(this.dataSource.manager, caseId, id);
  }

  /** Takes effect on the very next request: the policy reads the registry on every decision. */
  async withdraw(
    user: AuthenticatedUser,
    caseId: string,
    consentId: string,
    request: WithdrawConsentDto,
  ): Promise<ConsentResponse> {
    const audited = { action: 'update' as const, resource: 'consent', fields: ['withdrawnAt', 'withdrawnReason'] };
    await this.access.change(user, caseId, 'manage-consents', audited, async (manager) => {
      const consent = await manager.findOne(ConsentEntity, {
        where: { id: consentId, caseId },
        relations: RELATIONS,
        lock: { mode: 'pessimistic_write', tables: ['consent'] },
      });
      if (!consent) throw consentNotFound(consentId);
      if (consent.withdrawnAt) throw consentAlreadyWithdrawn();
      const withdrawnAt = this.clock.now();
      await manager.update(
        ConsentEntity,
        { id: consentId },
        {
          withdrawnAt,
          withdrawnReason: request.reason.trim(),
          withdrawnBy: user.id,
          version: consent.version + 1,
        },
      );
      await this.reminders.planConsent(manager, caseId, consentId, consent.validUntil, withdrawnAt);
      await this.timeline.record(manager, {
        caseId,
        actorUserId: user.id,
        kind: 'consent.withdrawn',
        summary: `Toestemming ingetrokken voor ${SUBJECT_LABEL(consent, consent.organisation?.name ?? null)}`,
        details: { consentId },
      });
    });
    return this.one(this.dataSource.manager, caseId, consentId);
  }

  private async one(manager: EntityManager, caseId: string, id: string): Promise<ConsentResponse> {
    const consent = await manager.findOne(ConsentEntity, { where: { id, caseId }, relations: RELATIONS });
    if (!consent) throw consentNotFound(id);
    return toConsentResponse(consent, this.clock.today());
  }
}
