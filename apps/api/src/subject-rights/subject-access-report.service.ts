import { Injectable } from '@nestjs/common';
import type { EmergencyAccessResponse, SubjectAccessReport, TimelineEntry } from '@sluitend/domain';
import { DataSource } from 'typeorm';
import { CaseAccessPolicy } from '../access/case-access.policy';
import { AuditQueries } from '../audit/audit-queries.service';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { toNetworkMemberResponse, toTeamMemberResponse } from '../cases/case.mapper';
import { CasesService } from '../cases/cases.service';
import { CaseEventEntity } from '../cases/entities/case-event.entity';
import { NetworkMemberEntity } from '../cases/entities/network-member.entity';
import { TeamMemberEntity } from '../cases/entities/team-member.entity';
import { Clock } from '../common/time/clock';
import { toConsentResponse } from '../consents/consent.mapper';
import { ConsentEntity } from '../consents/entities/consent.entity';
import { ToekomstplanVersionEntity } from '../toekomstplan/entities/toekomstplan-version.entity';
import { toVersionResponse } from '../toekomstplan/plan-version.mapper';

/**
 * AVG art. 15: everything Sluitend holds about one jongere, in one export. The access log is read after the
 * export's own event is written, so the export lists itself.
 */
@Injectable()
export class SubjectAccessReportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccessPolicy,
    private readonly cases: CasesService,
    private readonly auditQueries: AuditQueries,
    private readonly clock: Clock,
  ) {}

  async report(user: AuthenticatedUser, caseId: string, format: 'json' | 'pdf'): Promise<SubjectAccessReport> {
    await this.access.read(
      user,
      caseId,
      { action: 'export', resource: format === 'pdf' ? 'subject-access-report-pdf' : 'subject-access-report' },
      'subject-rights',
    );
    const manager = this.dataSource.manager;
    const dossier = await this.cases.load(manager, caseId);
    const today = this.clock.today();
    const [team, network, versions, consents, events, emergencyAccesses, accessLog] = await Promise.all([
      manager.find(TeamMemberEntity, {
        where: { caseId },
        relations: { user: { organisation: true } },
        order: { isCasusregisseur: 'DESC', addedAt: 'ASC' },
      }),
      manager.find(NetworkMemberEntity, { where: { caseId }, order: { createdAt: 'ASC' } }),
      manager.find(ToekomstplanVersionEntity, {
        where: { caseId },
        relations: { creator: true },
        order: { number: 'ASC' },
      }),
      manager.find(ConsentEntity, {
        where: { caseId },
        relations: { organisation: true, recorder: true, withdrawer: true },
        order: { recordedAt: 'ASC' },
      }),
      manager.find(CaseEventEntity, { where: { caseId }, relations: { actor: true }, order: { at: 'ASC' } }),
      this.emergencyAccesses(caseId),
      this.auditQueries.allForCase(caseId),
    ]);
    const timeline: TimelineEntry[] = events.map((event) => ({
      id: event.id,
      at: event.at.toISOString(),
      actor: event.actor ? { userId: event.actor.id, name: event.actor.name } : null,
      kind: event.kind,
      summary: event.summary,
      details: event.details,
    }));
    return {
      generatedAt: this.clock.now().toISOString(),
      generatedBy: { userId: user.id, name: user.name },
      case: dossier,
      team: team.map(toTeamMemberResponse),
      network: network.map(toNetworkMemberResponse),
      toekomstplanVersions: versions.map((version) => toVersionResponse(version, dossier.lifeDomains)),
      consents: consents.map((consent) => toConsentResponse(consent, today)),
      emergencyAccesses,
      timeline,
      escalations: [],
      accessLog,
    };
  }

  private async emergencyAccesses(caseId: string): Promise<EmergencyAccessResponse[]> {
    const now = this.clock.now().getTime();
    const rows: Array<{
      id: string;
      user_id: string;
      user_name: string;
      organisation_name: string;
      reason: string;
      granted_at: Date;
      expires_at: Date;
    }> = await this.dataSource.query(
      `SELECT ea.id, ea.user_id, u.name AS user_name, o.name AS organisation_name, ea.reason, ea.granted_at, ea.expires_at
         FROM emergency_access ea JOIN app_user u ON u.id = ea.user_id JOIN organisation o ON o.id = u.organisation_id
        WHERE ea.case_id = $1 ORDER BY ea.granted_at`,
      [caseId],
    );
    return rows.map((row) => ({
      id: row.id,
      caseId,
      user: { userId: row.user_id, name: row.user_name, organisationName: row.organisation_name },
      reason: row.reason,
      grantedAt: row.granted_at.toISOString(),
      expiresAt: row.expires_at.toISOString(),
      active: row.expires_at.getTime() > now,
    }));
  }
}
