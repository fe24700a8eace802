import { Injectable } from '@nestjs/common';
import {
  caseFileName,
  compareMyActions,
  comparePlans,
  daysUntilEighteenth,
  isOverdue,
  planActions,
  toekomstplanProblems,
  type ActionStatus,
  type FieldError,
  type LifeDomainDefinition,
  type ToekomstplanContent,
} from '@sluitend/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CaseAccessPolicy, type CaseAccessDecision } from '../access/case-access.policy';
import { AuditLog } from '../audit/audit-log.service';
import { activeConsentExists } from '../access/consent-sql';
import { CaseTimeline } from '../cases/case-timeline.service';
import { caseNotFound, invalidCaseInput } from '../cases/cases.errors';
import { CaseEntity } from '../cases/entities/case.entity';
import { TeamMemberEntity } from '../cases/entities/team-member.entity';
import { isUniqueViolation } from '../common/persistence/unique-violation';
import { ProblemException } from '../common/problem/problem.exception';
import { Clock } from '../common/time/clock';
import type { DomainScoreHistoryDto } from './dto/score-history.dto';
import type { MyActionResponseDto } from './dto/my-action.dto';
import type { PlanComparisonDto } from './dto/plan-comparison.dto';
import type {
  SaveToekomstplanDto,
  ToekomstplanVersionResponseDto,
  ToekomstplanVersionSummaryDto,
} from './dto/toekomstplan-version.dto';
import { PlanActionEntity } from './entities/plan-action.entity';
import { ToekomstplanVersionEntity } from './entities/toekomstplan-version.entity';
import { renderPlanPdf } from './pdf/plan-pdf';
import { ReminderPlanner } from '../reminders/reminder-planner';
import { CaseActivity } from '../cases/case-activity';
import { projectPlanActions } from './plan-actions.projection';
import { toVersionResponse, toVersionSummary } from './plan-version.mapper';
import {
  actionNotFound,
  notActionOwner,
  planNotStarted,
  planVersionConflict,
  planVersionNotFound,
} from './toekomstplan.errors';

/** An action-status change is re-applied on the newest version when a save slipped in between. */
const ACTION_STATUS_ATTEMPTS = 3;

interface NewVersion {
  basedOn: number | null;
  content: ToekomstplanContent;
  summary: string;
  details: Record<string, unknown>;
}

@Injectable()
export class ToekomstplanService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccessPolicy,
    private readonly audit: AuditLog,
    private readonly timeline: CaseTimeline,
    private readonly clock: Clock,
    private readonly reminders: ReminderPlanner,
    private readonly activity: CaseActivity,
  ) {}

  async current(user: AuthenticatedUser, caseId: string): Promise<ToekomstplanVersionResponseDto> {
    await this.access.read(user, caseId, { action: 'read', resource: 'toekomstplan' });
    const latest = await this.find(caseId);
    if (!latest) throw planNotStarted(caseId);
    return toVersionResponse(latest, await this.lifeDomains(caseId));
  }

  async save(
    user: AuthenticatedUser,
    caseId: string,
    request: SaveToekomstplanDto,
  ): Promise<ToekomstplanVersionResponseDto> {
    const number = await this.append(user, 'save', caseId, async () => {
      const lifeDomains = await this.lifeDomains(caseId);
      const problems: FieldError[] = [
        ...toekomstplanProblems(
          request.content,
          lifeDomains.map((domain) => domain.key),
          this.clock.today(),
        ),
        ...(await this.ownersOutsideTeam(caseId, request.content)),
      ].map((problem) => ({ field: `content.${problem.field}`, message: problem.message }));
      if (problems.length > 0) throw invalidCaseInput(problems);
      return {
        basedOn: request.basedOnVersion,
        content: request.content,
        summary: 'Toekomstplan opgeslagen',
        details: {},
      };
    });
    const lifeDomains = await this.lifeDomains(caseId);
    return toVersionResponse(await this.findOrFail(caseId, number), lifeDomains);
  }

  async versions(user: AuthenticatedUser, caseId: string): Promise<ToekomstplanVersionSummaryDto[]> {
    await this.access.read(user, caseId, { action: 'read', resource: 'toekomstplan-versions' });
    const versions = await this.dataSource.getRepository(ToekomstplanVersionEntity).find({
      where: { caseId },
      relations: { creator: true },
      select: {
        id: true,
        caseId: true,
        number: true,
        basedOn: true,
        reason: true,
        createdAt: true,
        createdBy: true,
        creator: { id: true, name: true },
      },
      order: { number: 'DESC' },
    });
    return versions.map(toVersionSummary);
  }

  async version(user: AuthenticatedUser, caseId: string, number: number): Promise<ToekomstplanVersionResponseDto> {
    await this.access.read(user, caseId, { action: 'read', resource: 'toekomstplan-version' });
    return toVersionResponse(await this.findOrFail(caseId, number), await this.lifeDomains(caseId));
  }

  async compare(user: AuthenticatedUser, caseId: string, from: number, to: number): Promise<PlanComparisonDto> {
    await this.access.read(user, caseId, { action: 'read', resource: 'toekomstplan-comparison' });
    const [older, newer] = await Promise.all([this.findOrFail(caseId, from), this.findOrFail(caseId, to)]);
    return comparePlans(
      { number: older.number, content: older.content },
      { number: newer.number, content: newer.content },
    );
  }

  async scoreHistory(user: AuthenticatedUser, caseId: string): Promise<DomainScoreHistoryDto[]> {
    await this.access.read(user, caseId, { action: 'read', resource: 'toekomstplan-score-history' });
    const versions = await this.dataSource
      .getRepository(ToekomstplanVersionEntity)
      .find({ where: { caseId }, order: { number: 'ASC' } });
    const lifeDomains = await this.lifeDomains(caseId);
    return lifeDomains.map(({ key }) => ({
      domain: key,
      points: versions.map((version) => ({
        version: version.number,
        createdAt: version.createdAt.toISOString(),
        score: version.content.domains.find((assessment) => assessment.domain === key)?.score ?? null,
      })),
    }));
  }

  /** The current plan as a PDF for the jongere; the file name carries the case reference, version and day. */
  async pdf(user: AuthenticatedUser, caseId: string): Promise<{ fileName: string; content: Buffer }> {
    await this.access.read(user, caseId, { action: 'print', resource: 'toekomstplan-pdf' });
    const latest = await this.find(caseId);
    if (!latest) throw planNotStarted(caseId);
    const jongere = await this.dataSource.getRepository(CaseEntity).findOneByOrFail({ id: caseId });
    const team = await this.dataSource
      .getRepository(TeamMemberEntity)
      .find({ where: { caseId }, relations: { user: true } });
    const content = await renderPlanPdf({
      jongere,
      version: latest.number,
      content: latest.content,
      lifeDomains: await this.lifeDomains(caseId),
      people: new Map(team.map((member) => [member.userId, member.user.name])),
      daysUntilEighteen:
        latest.content.transitionChecklist.length > 0
          ? daysUntilEighteenth(jongere.dateOfBirth, this.clock.today())
          : null,
    });
    // Named by case reference and day, never by the jongere: a file name travels further than the file.
    return { fileName: caseFileName('toekomstplan', caseId, this.clock.today(), 'pdf', latest.number), content };
  }

  /** The owner changes one action's status without touching the rest: a new version with only that change. */
  async updateActionStatus(
    user: AuthenticatedUser,
    caseId: string,
    actionId: string,
    status: ActionStatus,
  ): Promise<ToekomstplanVersionResponseDto> {
    for (let attempt = 1; ; attempt++) {
      try {
        const number = await this.append(user, 'action-status', caseId, async (decision) => {
          const latest = await this.find(caseId);
          if (!latest) throw planNotStarted(caseId);
          const content = structuredClone(latest.content);
          const found = planActions(content).find(({ action }) => action.id === actionId);
          if (!found) throw actionNotFound(actionId);
          const { owner } = found.action;
          const ownsIt =
            owner.userId === user.id || (owner.userId === null && owner.organisationId === user.organisation.id);
          if (!ownsIt && !decision.isCasusregisseur) throw notActionOwner();
          const previous = found.action.status;
          found.action.status = status;
          return {
            basedOn: latest.number,
            content,
            summary: `Actie "${found.action.description}": ${previous} → ${status}`,
            details: { actionId, from: previous, to: status },
          };
        });
        return toVersionResponse(await this.findOrFail(caseId, number), await this.lifeDomains(caseId));
      } catch (error) {
        const conflict = error instanceof ProblemException && error.code === 'version-conflict';
        if (!conflict || attempt >= ACTION_STATUS_ATTEMPTS) throw error;
      }
    }
  }

  async myActions(user: AuthenticatedUser): Promise<MyActionResponseDto[]> {
    const today = this.clock.today();
    const rows = await this.dataSource
      .getRepository(PlanActionEntity)
      .createQueryBuilder('pa')
      .innerJoinAndSelect('pa.case', 'c')
      .innerJoin(TeamMemberEntity, 'me', 'me.case_id = pa.case_id AND me.user_id = :userId', { userId: user.id })
      .where('pa.owner_user_id = :userId', { userId: user.id })
      .andWhere(`c.status = 'open'`)
      // An action names the jongere: without consent for the owner's organisation it stays out of the list.
      .andWhere(activeConsentExists('c.id', ':organisationId', ':sector', ':today'), {
        organisationId: user.organisation.id,
        sector: user.organisation.sector,
        today,
      })
      .getMany();
    await this.audit.write(this.dataSource.manager, {
      actor: user,
      caseIds: rows.map((row) => row.caseId),
      action: 'read',
      resource: 'my-actions',
      ground: 'consent',
    });
    const actions = rows.map((row) => {
      const action = {
        id: row.actionId,
        description: row.description,
        owner: { userId: row.ownerUserId, organisationId: row.ownerOrganisationId },
        deadline: row.deadline,
        status: row.status,
      };
      return {
        caseId: row.caseId,
        caseName: `${row.case.firstName} ${row.case.lastName}`,
        goalDescription: row.goalDescription,
        action,
        overdue: isOverdue(action.deadline, action.status, today),
      };
    });
    return actions.sort((a, b) => compareMyActions(a.action, b.action, today));
  }

  /**
   * Claims number basedOn+1 in one transaction with its access decision and access-log event; the unique
   * (case, number) constraint makes a racing second save fail. `prepare` runs once access is granted.
   */
  private async append(
    actor: AuthenticatedUser,
    reason: 'save' | 'action-status',
    caseId: string,
    prepare: (decision: CaseAccessDecision) => Promise<NewVersion>,
  ): Promise<number> {
    let basedOn: number | null = null;
    const audited = {
      action: 'update' as const,
      resource: 'toekomstplan',
      fields: [reason === 'save' ? 'content' : 'actionStatus'],
    };
    try {
      return await this.access.change(actor, caseId, 'change', audited, async (manager, decision) => {
        const version = await prepare(decision);
        basedOn = version.basedOn;
        const current = await this.currentNumber(manager, caseId);
        if (current !== (version.basedOn ?? 0)) throw planVersionConflict(version.basedOn, current);
        const number = current + 1;
        await manager.insert(ToekomstplanVersionEntity, {
          caseId,
          number,
          basedOn: version.basedOn,
          reason,
          content: version.content,
          createdBy: actor.id,
        });
        await projectPlanActions(manager, caseId, number, version.content);
        await this.reminders.planToekomstplan(manager, caseId, version.content);
        await this.activity.record(manager, caseId);
        await manager.query(`UPDATE "case_file" SET "updated_at" = now() WHERE "id" = $1`, [caseId]);
        await this.timeline.record(manager, {
          caseId,
          actorUserId: actor.id,
          kind: reason === 'save' ? 'toekomstplan.saved' : 'toekomstplan.action-status',
          summary: `${version.summary} (versie ${number})`,
          details: { ...version.details, version: number, basedOn: version.basedOn },
        });
        return number;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_toekomstplan_version_number')) {
        throw planVersionConflict(basedOn, await this.currentNumber(this.dataSource.manager, caseId));
      }
      throw error;
    }
  }

  private async currentNumber(manager: EntityManager, caseId: string): Promise<number> {
    const [row] = await manager.query(
      `SELECT COALESCE(MAX("number"), 0) AS "current" FROM "toekomstplan_version" WHERE "case_id" = $1`,
      [caseId],
    );
    return Number(row.current);
  }

  private find(caseId: string, number?: number): Promise<ToekomstplanVersionEntity | null> {
    return this.dataSource.getRepository(ToekomstplanVersionEntity).findOne({
      where: number === undefined ? { caseId } : { caseId, number },
      relations: { creator: true },
      order: { number: 'DESC' },
    });
  }

  private async findOrFail(caseId: string, number: number): Promise<ToekomstplanVersionEntity> {
    const version = await this.find(caseId, number);
    if (!version) throw planVersionNotFound(number);
    return version;
  }

  private async lifeDomains(caseId: string): Promise<LifeDomainDefinition[]> {
    const entity = await this.dataSource
      .getRepository(CaseEntity)
      .findOne({ where: { id: caseId }, relations: { municipality: { region: true } } });
    if (!entity) throw caseNotFound(caseId);
    return entity.municipality.region.lifeDomains;
  }

  /** Actions and checklist items may only be owned by people on the case team. */
  private async ownersOutsideTeam(caseId: string, content: ToekomstplanContent): Promise<FieldError[]> {
    const team = new Set(
      (await this.dataSource.getRepository(TeamMemberEntity).find({ where: { caseId }, select: { userId: true } })).map(
        (m) => m.userId,
      ),
    );
    const problems: FieldError[] = [];
    content.domains.forEach((domain, d) =>
      domain.goals.forEach((goal, g) =>
        goal.actions.forEach((action, a) => {
          if (action.owner.userId && !team.has(action.owner.userId)) {
            problems.push({
              field: `domains.${d}.goals.${g}.actions.${a}.owner.userId`,
              message: 'owner.userId must be a member of the case team',
            });
          }
        }),
      ),
    );
    content.transitionChecklist.forEach((item, i) => {
      if (item.ownerUserId && !team.has(item.ownerUserId)) {
        problems.push({
          field: `transitionChecklist.${i}.ownerUserId`,
          message: 'ownerUserId must be a member of the case team',
        });
      }
    });
    return problems;
  }
}
