import { Injectable } from '@nestjs/common';
import type { SubjectAccessReport } from '@sluitend/domain';
import { DataSource } from 'typeorm';
import { EscalationViews } from '../actietafel/escalations/escalation-views.service';
import { CaseAccessPolicy } from '../access/case-access.policy';
import { EmergencyAccessService } from '../access/emergency-access.service';
import { AuditQueries } from '../audit/audit-queries.service';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CaseTimeline } from '../cases/case-timeline.service';
import { toNetworkMemberResponse, toTeamMemberResponse } from '../cases/case.mapper';
import { CasesService } from '../cases/cases.service';
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
    private readonly timeline: CaseTimeline,
    private readonly emergency: EmergencyAccessService,
    private readonly escalationViews: EscalationViews,
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
    const [team, network, versions, consents, timeline, emergencyAccesses, escalations, accessLog] = await Promise.all([
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
      this.timeline.all(caseId),
      this.emergency.forCase(caseId),
      this.escalationViews.recordsForCase(caseId),
      this.auditQueries.allForCase(caseId),
    ]);
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
      escalations,
      accessLog,
    };
  }
}
