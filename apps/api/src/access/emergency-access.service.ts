import { Injectable } from '@nestjs/common';
import type { EmergencyAccessResponse } from '@sluitend/domain';
import { DataSource } from 'typeorm';
import { AuditLog } from '../audit/audit-log.service';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CaseTimeline } from '../cases/case-timeline.service';
import { caseNotFound } from '../cases/cases.errors';
import { AppConfig } from '../config/app-config';
import { Clock } from '../common/time/clock';
import { ambiguousCase, emergencyAccessNeedsSubject } from './access.errors';
import type { CreateEmergencyAccessDto } from './dto/emergency-access.dto';
import { EmergencyAccessEntity } from './entities/emergency-access.entity';

const LISTED_DAYS = 30;

/**
 * Break-the-glass. The grant, the timeline entry that tells the casusregisseur, and the access-log event
 * stand or fall together. A failed attempt is logged as well: looking for a jongere is itself an access.
 */
@Injectable()
export class EmergencyAccessService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    private readonly timeline: CaseTimeline,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  async grant(user: AuthenticatedUser, request: CreateEmergencyAccessDto): Promise<EmergencyAccessResponse> {
    const caseId = await this.findCase(user, request);
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + this.config.EMERGENCY_ACCESS_HOURS * 3_600_000);
    const reason = request.reason.trim();
    const id = await this.dataSource.transaction(async (manager) => {
      const inserted = await manager.insert(EmergencyAccessEntity, {
        caseId,
        userId: user.id,
        reason,
        grantedAt: now,
        expiresAt,
      });
      const grantId = inserted.identifiers[0]['id'] as string;
      await this.timeline.record(manager, {
        caseId,
        actorUserId: user.id,
        kind: 'access.break-the-glass',
        summary: `Noodtoegang door ${user.name} (${user.organisation.name}): ${reason}`,
        details: { emergencyAccessId: grantId, expiresAt: expiresAt.toISOString() },
      });
      await this.audit.write(manager, {
        actor: user,
        caseIds: [caseId],
        action: 'break-the-glass',
        resource: 'case',
        fields: request.bsn ? ['bsn'] : ['lastName', 'dateOfBirth'],
        ground: 'break-the-glass',
        groundReference: grantId,
        reason,
      });
      return grantId;
    });
    const [found] = await this.query(`ea.id = $1`, [id]);
    return found;
  }

  /** Your own grants and those on cases you lead, so the casusregisseur sees who broke the glass. */
  list(user: AuthenticatedUser): Promise<EmergencyAccessResponse[]> {
    const since = new Date(this.clock.now().getTime() - LISTED_DAYS * 86_400_000);
    return this.query(
      `ea.granted_at >= $1 AND (ea.user_id = $2 OR EXISTS (
         SELECT 1 FROM case_team_member lead
          WHERE lead.case_id = ea.case_id AND lead.user_id = $2 AND lead.is_casusregisseur))`,
      [since, user.id],
    );
  }

  /** Every emergency access ever granted to one case, oldest first: for the inzage. */
  forCase(caseId: string): Promise<EmergencyAccessResponse[]> {
    return this.query(`ea.case_id = $1`, [caseId], 'ASC');
  }

  private async findCase(user: AuthenticatedUser, request: CreateEmergencyAccessDto): Promise<string> {
    let rows: Array<{ id: string }>;
    if (request.bsn) {
      rows = await this.dataSource.query(`SELECT id FROM case_file WHERE bsn = $1`, [request.bsn]);
    } else if (request.lastName && request.dateOfBirth) {
      rows = await this.dataSource.query(
        `SELECT id FROM case_file WHERE lower(last_name) = lower($1) AND date_of_birth = $2`,
        [request.lastName.trim(), request.dateOfBirth],
      );
    } else {
      throw emergencyAccessNeedsSubject();
    }
    if (rows.length !== 1) {
      await this.audit.write(this.dataSource.manager, {
        actor: user,
        caseIds: rows.map((row) => row.id),
        action: 'denied',
        resource: 'case',
        fields: request.bsn ? ['bsn'] : ['lastName', 'dateOfBirth'],
        ground: 'none',
        reason: `break-the-glass: ${rows.length === 0 ? 'no matching case' : 'more than one matching case'}`,
      });
      throw rows.length === 0 ? caseNotFound('(by BSN or name and date of birth)') : ambiguousCase();
    }
    return rows[0].id;
  }

  private async query(
    condition: string,
    parameters: unknown[],
    order: 'ASC' | 'DESC' = 'DESC',
  ): Promise<EmergencyAccessResponse[]> {
    const now = this.clock.now();
    const rows: Array<{
      id: string;
      case_id: string;
      user_id: string;
      user_name: string;
      organisation_name: string;
      reason: string;
      granted_at: Date;
      expires_at: Date;
    }> = await this.dataSource.query(
      `SELECT ea.*, u.name AS user_name, o.name AS organisation_name
         FROM emergency_access ea
         JOIN app_user u ON u.id = ea.user_id
         JOIN organisation o ON o.id = u.organisation_id
        WHERE ${condition}
        ORDER BY ea.granted_at ${order}`,
      parameters,
    );
    return rows.map((row) => ({
      id: row.id,
      caseId: row.case_id,
      user: { userId: row.user_id, name: row.user_name, organisationName: row.organisation_name },
      reason: row.reason,
      grantedAt: row.granted_at.toISOString(),
      expiresAt: row.expires_at.toISOString(),
      active: row.expires_at.getTime() > now.getTime(),
    }));
  }
}
