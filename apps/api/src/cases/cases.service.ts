import { Injectable } from '@nestjs/common';
import { dateOfBirthProblem, type LifeDomainDefinition } from '@sluitend/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { isForeignKeyViolation, isUniqueViolation } from '../common/persistence/unique-violation';
import { updateWithVersion } from '../common/persistence/versioned-update';
import { Clock } from '../common/time/clock';
import { UserEntity } from '../users/entities/user.entity';
import { AuditLog } from '../audit/audit-log.service';
import { CaseAccessPolicy } from '../access/case-access.policy';
import { ConsentEntity } from '../consents/entities/consent.entity';
import { consentDraftProblems } from '@sluitend/domain';
import { caseSearchSql } from './case-search';
import { CaseTimeline } from './case-timeline.service';
import { toCaseResponse } from './case.mapper';
import { caseAlreadyExists, caseNotFound, invalidCaseInput } from './cases.errors';
import type { CaseListQueryDto } from './dto/case-list-query.dto';
import type { CasePageDto } from './dto/case-page.dto';
import type { CaseResponseDto } from './dto/case-response.dto';
import type { CreateCaseDto } from './dto/create-case.dto';
import type { UpdateCaseDto } from './dto/update-case.dto';
import { ReminderPlanner } from '../reminders/reminder-planner';
import { CaseEntity } from './entities/case.entity';
import { TeamMemberEntity } from './entities/team-member.entity';

interface CaseRow {
  id: string;
  full_access: boolean;
  first_name: string | null;
  last_name: string | null;
  date_of_birth: string | null;
  municipality_id: string | null;
  municipality_name: string | null;
  status: 'open' | 'closed';
  casusregisseur_name: string;
  updated_at: Date;
  total: string;
}

const DEFAULT_PART = 'casusregisseur';
/** One dossier per jongere (migration 1764040000001). */
const BSN_UNIQUE = 'uq_case_file_bsn';

@Injectable()
export class CasesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccessPolicy,
    private readonly timeline: CaseTimeline,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly reminders: ReminderPlanner,
  ) {}

  async list(user: AuthenticatedUser, query: CaseListQueryDto): Promise<CasePageDto> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const { sql, parameters } = caseSearchSql({
      ...query,
      userId: user.id,
      organisationId: user.organisation.id,
      sector: user.organisation.sector,
      today: this.clock.today(),
      sort: query.sort ?? 'lastName',
      page,
      pageSize,
    });
    const rows: CaseRow[] = await this.dataSource.query(sql, parameters);
    const shown = rows.filter((row) => row.full_access).map((row) => row.id);
    // A list shows names: it is a read of every case on the page, logged before the answer leaves.
    await this.audit.write(this.dataSource.manager, {
      actor: user,
      caseIds: shown,
      action: 'search',
      resource: 'case-list',
      fields: Object.keys(query).filter((key) => query[key as keyof CaseListQueryDto] !== undefined),
      ground: 'consent',
    });
    return {
      items: rows.map((row) => ({
        id: row.id,
        access: row.full_access ? ('full' as const) : ('existence-only' as const),
        firstName: row.first_name,
        lastName: row.last_name,
        dateOfBirth: row.date_of_birth,
        municipalityId: row.municipality_id,
        municipalityName: row.municipality_name,
        status: row.status,
        casusregisseurName: row.casusregisseur_name,
        updatedAt: row.updated_at.toISOString(),
      })),
      total: rows.length > 0 ? Number(rows[0].total) : await this.countBeyondLastPage(user, query, page),
      page,
      pageSize,
    };
  }

  async create(user: AuthenticatedUser, request: CreateCaseDto): Promise<CaseResponseDto> {
    this.checkDateOfBirth(request.dateOfBirth);
    if (request.consent) this.checkInitialConsent(request);
    const leadId = request.casusregisseurUserId ?? user.id;
    try {
      const id = await this.dataSource.transaction(async (manager) => {
        if (leadId !== user.id) await this.requireActiveUser(manager, leadId, 'casusregisseurUserId');
        const inserted = await manager.insert(CaseEntity, {
          firstName: request.firstName.trim(),
          lastName: request.lastName.trim(),
          dateOfBirth: request.dateOfBirth,
          bsn: request.bsn ?? null,
          municipalityId: request.municipalityId,
          schoolOrWork: request.schoolOrWork?.trim() || null,
          contactPhone: request.contact?.phone ?? null,
          contactEmail: request.contact?.email ?? null,
          contactAddress: request.contact?.address ?? null,
          createdBy: user.id,
          lastActivityAt: this.clock.now(),
          version: 1,
        });
        const caseId = inserted.identifiers[0]['id'] as string;
        const part = request.casusregisseurPart?.trim() || DEFAULT_PART;
        await manager.insert(TeamMemberEntity, { caseId, userId: leadId, part, isCasusregisseur: true });
        // The one who opens the case stays on its team, also when naming someone else as lead.
        if (leadId !== user.id) await manager.insert(TeamMemberEntity, { caseId, userId: user.id, part: 'melder' });
        const consentId = request.consent ? await this.registerInitialConsent(manager, caseId, user, request) : null;
        await this.reminders.planAgeClock(manager, caseId);
        await this.reminders.planStagnation(manager, caseId);
        await this.timeline.record(manager, {
          caseId,
          actorUserId: user.id,
          kind: 'case.opened',
          summary: 'Dossier geopend',
          details: { casusregisseurUserId: leadId },
        });
        await this.audit.write(manager, {
          actor: user,
          caseIds: [caseId],
          action: 'create',
          resource: 'case',
          fields: Object.keys(request),
          ground: consentId ? 'consent' : 'role',
          groundReference: consentId,
        });
        return caseId;
      });
      // The opener sees what they just entered, also before any consent: the create itself is logged above.
      return this.load(this.dataSource.manager, id);
    } catch (error) {
      if (isUniqueViolation(error, BSN_UNIQUE)) throw await this.refuseDuplicateBsn(user, request.bsn, 'create');
      if (isForeignKeyViolation(error, 'fk_case_file_municipality')) {
        throw invalidCaseInput([
          { field: 'municipalityId', message: 'municipalityId must refer to an existing municipality' },
        ]);
      }
      throw error;
    }
  }

  async get(user: AuthenticatedUser, id: string): Promise<CaseResponseDto> {
    await this.access.read(user, id, { action: 'read', resource: 'case' });
    return this.load(this.dataSource.manager, id);
  }

  async update(user: AuthenticatedUser, id: string, request: UpdateCaseDto): Promise<CaseResponseDto> {
    if (request.dateOfBirth) this.checkDateOfBirth(request.dateOfBirth);
    if (request.status === 'closed' && !request.closedReason) {
      throw invalidCaseInput([{ field: 'closedReason', message: 'closedReason is required to close a case' }]);
    }
    const { version, contact, status, closedReason, ...fields } = request;
    const changes: Partial<CaseEntity> = { ...fields };
    if (fields.firstName) changes.firstName = fields.firstName.trim();
    if (fields.lastName) changes.lastName = fields.lastName.trim();
    if (contact?.phone !== undefined) changes.contactPhone = contact.phone;
    if (contact?.email !== undefined) changes.contactEmail = contact.email;
    if (contact?.address !== undefined) changes.contactAddress = contact.address;
    if (status === 'closed') Object.assign(changes, { status, closedReason, closedAt: this.clock.now() });
    if (status === 'open') Object.assign(changes, { status, closedReason: null, closedAt: null });
    const audited = {
      action: 'update' as const,
      resource: 'case',
      fields: Object.keys(request).filter((key) => key !== 'version'),
    };
    try {
      await this.access.change(user, id, 'change', audited, async (manager) => {
        await updateWithVersion(manager, CaseEntity, id, version, changes, 'Case');
        // Closing cancels every reminder of the case; reopening derives them all again from its data.
        if (status === 'closed') await this.reminders.cancelCase(manager, id);
        else if (status === 'open') await this.reminders.planCase(manager, id);
        else if (fields.dateOfBirth) await this.reminders.planAgeClock(manager, id);
        const fieldNames = Object.keys(changes).filter(
          (name) => !['status', 'closedReason', 'closedAt'].includes(name),
        );
        if (fieldNames.length > 0) {
          await this.timeline.record(manager, {
            caseId: id,
            actorUserId: user.id,
            kind: 'case.updated',
            summary: 'Dossiergegevens gewijzigd',
            details: { fields: fieldNames },
          });
        }
        if (status) {
          await this.timeline.record(manager, {
            caseId: id,
            actorUserId: user.id,
            kind: status === 'closed' ? 'case.closed' : 'case.reopened',
            summary: status === 'closed' ? 'Dossier gesloten' : 'Dossier heropend',
            details: status === 'closed' ? { reason: closedReason } : {},
          });
        }
      });
    } catch (error) {
      if (isUniqueViolation(error, BSN_UNIQUE)) throw await this.refuseDuplicateBsn(user, request.bsn, 'update');
      if (isForeignKeyViolation(error, 'fk_case_file_municipality')) {
        throw invalidCaseInput([
          { field: 'municipalityId', message: 'municipalityId must refer to an existing municipality' },
        ]);
      }
      throw error;
    }
    return this.load(this.dataSource.manager, id);
  }

  /** The case with its municipality, casusregisseur and the life domains of its region. */
  async load(manager: EntityManager, id: string): Promise<CaseResponseDto> {
    const entity = await manager.findOne(CaseEntity, { where: { id }, relations: { municipality: { region: true } } });
    if (!entity) throw caseNotFound(id);
    const lead = await manager.findOne(TeamMemberEntity, {
      where: { caseId: id, isCasusregisseur: true },
      relations: { user: true },
    });
    const lifeDomains: LifeDomainDefinition[] = entity.municipality.region.lifeDomains;
    return toCaseResponse(entity, { userId: lead?.userId ?? '', name: lead?.user.name ?? '' }, lifeDomains);
  }

  /** The refused attempt is logged against the existing case (ids only), as a refused break-the-glass is. */
  private async refuseDuplicateBsn(user: AuthenticatedUser, bsn: string | null | undefined, attempt: string) {
    const existing: Array<{ id: string }> = await this.dataSource.query(`SELECT id FROM case_file WHERE bsn = $1`, [
      bsn,
    ]);
    await this.audit.write(this.dataSource.manager, {
      actor: user,
      caseIds: existing.map((row) => row.id),
      action: 'denied',
      resource: 'case',
      fields: ['bsn'],
      ground: 'none',
      reason: `${attempt}: a case with this BSN exists`,
    });
    return caseAlreadyExists();
  }

  private checkDateOfBirth(dateOfBirth: string): void {
    const problem = dateOfBirthProblem(dateOfBirth, this.clock.today());
    if (problem === 'in-future')
      throw invalidCaseInput([{ field: 'dateOfBirth', message: 'dateOfBirth must not be in the future' }]);
    if (problem === 'too-old')
      throw invalidCaseInput([{ field: 'dateOfBirth', message: 'dateOfBirth must be of someone aged 27 or younger' }]);
    if (problem)
      throw invalidCaseInput([{ field: 'dateOfBirth', message: 'dateOfBirth must be a date as YYYY-MM-DD' }]);
  }

  private checkInitialConsent(request: CreateCaseDto): void {
    const consent = request.consent;
    if (!consent) return;
    const problems = consentDraftProblems(
      { scope: 'organisation', organisationId: 'self', basis: 'consent', ...consent },
      request.dateOfBirth,
      this.clock.today(),
    );
    if (problems.length > 0)
      throw invalidCaseInput(problems.map((problem) => ({ ...problem, field: `consent.${problem.field}` })));
  }

  /** The opening professional's organisation, for working on the case: the consent most cases start with. */
  private async registerInitialConsent(
    manager: EntityManager,
    caseId: string,
    user: AuthenticatedUser,
    request: CreateCaseDto,
  ): Promise<string> {
    const consent = request.consent;
    if (!consent) throw new Error('registerInitialConsent needs a consent');
    const inserted = await manager.insert(ConsentEntity, {
      caseId,
      scope: 'organisation',
      organisationId: user.organisation.id,
      purpose: 'case-collaboration',
      basis: 'consent',
      givenBy: consent.givenBy,
      note: consent.note?.trim() || null,
      givenOn: consent.givenOn,
      validUntil: consent.validUntil ?? null,
      recordedBy: user.id,
      version: 1,
    });
    const consentId = inserted.identifiers[0]['id'] as string;
    await this.reminders.planConsent(manager, caseId, consentId, consent.validUntil ?? null, null);
    return consentId;
  }

  private async requireActiveUser(manager: EntityManager, userId: string, field: string): Promise<void> {
    const user = await manager.findOne(UserEntity, { where: { id: userId, active: true } });
    if (!user) throw invalidCaseInput([{ field, message: `${field} must refer to an active user` }]);
  }

  /** A page past the end has no rows to carry the total; count separately only then. */
  private async countBeyondLastPage(user: AuthenticatedUser, query: CaseListQueryDto, page: number): Promise<number> {
    if (page === 1) return 0;
    const { sql, parameters } = caseSearchSql({
      ...query,
      userId: user.id,
      organisationId: user.organisation.id,
      sector: user.organisation.sector,
      today: this.clock.today(),
      sort: 'lastName',
      page: 1,
      pageSize: 1,
    });
    const rows: CaseRow[] = await this.dataSource.query(sql, parameters);
    return rows.length > 0 ? Number(rows[0].total) : 0;
  }
}
