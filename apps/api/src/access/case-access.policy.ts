import { Injectable } from '@nestjs/common';
import {
  consentCovers,
  consentStatus,
  type AccessGround,
  type AuditAction,
  type CaseAccessResponse,
  type ConsentBasis,
  type ConsentPurpose,
  type ConsentScope,
  type Sector,
} from '@sluitend/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditLog } from '../audit/audit-log.service';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { caseNotFound, onlyCasusregisseur } from '../cases/cases.errors';
import { Clock } from '../common/time/clock';
import { caseRestricted, consentRequired, readOnlyAccess } from './access.errors';

/**
 * What a request needs from a case:
 * - `read`: the dossier's content;
 * - `change`: changing it (a team member with consent or a legal ground, not under emergency access);
 * - `lead`: the casusregisseur's acts (team, hand-over, inzage export, restriction, erasure), with consent;
 * - `read-consents`, `manage-consents`: the registry, which the casusregisseur needs before any consent exists;
 * - `view-access-log`: who looked at the case (the casusregisseur);
 * - `subject-rights`: inzage, restriction and erasure on the jongere's request. The casusregisseur handles them
 *   also after consent is withdrawn: honouring an AVG right is a legal obligation, not sharing (AVG art. 6(1)(c)).
 * - `read-team-notes`: the team's own working notes (a draft escalation): team members with consent or a legal
 *   ground only. Break-the-glass opens the dossier for an emergency, not what the team has not yet shared.
 */
export type CaseNeed =
  | 'read'
  | 'read-consents'
  | 'read-team-notes'
  | 'change'
  | 'lead'
  | 'manage-consents'
  | 'view-access-log'
  | 'subject-rights';

export interface AuditedAs {
  action: AuditAction;
  resource: string;
  fields?: readonly string[];
}

export interface CaseAccessDecision {
  caseId: string;
  level: 'full' | 'existence-only';
  ground: AccessGround;
  groundReference: string | null;
  isTeamMember: boolean;
  isCasusregisseur: boolean;
  emergencyAccess: { id: string; expiresAt: Date } | null;
  restricted: boolean;
  casusregisseur: { userId: string; name: string; organisationName: string };
}

interface ConsentFact {
  id: string;
  basis: ConsentBasis;
  scope: ConsentScope;
  organisationId: string | null;
  sector: Sector | null;
  purpose: ConsentPurpose;
  givenOn: string;
  validUntil: string | null;
  withdrawnAt: string | null;
}

interface FactsRow {
  id: string;
  restricted_at: Date | null;
  member_id: string | null;
  is_casusregisseur: boolean | null;
  lead_user_id: string | null;
  lead_name: string | null;
  lead_organisation: string | null;
  emergency: { id: string; expiresAt: string } | null;
  consents: ConsentFact[];
}

/**
 * The one place that decides who may see or change a case, from the user's membership of the case team,
 * their organisation's valid consent or legal ground, and break-the-glass. Every decision that exposes or
 * changes personal data writes an access-log event; refusals are logged too. Controllers never decide.
 * (The Actietafel agenda ground, for members of a session the case is on, joins here with the Actietafel.)
 */
@Injectable()
export class CaseAccessPolicy {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  /** Whether the decision reaches the team's working notes (CaseNeed `read-team-notes`); lists filter by it. */
  static seesTeamNotes(decision: CaseAccessDecision): boolean {
    return decision.isTeamMember && (decision.ground === 'consent' || decision.ground === 'legal-ground');
  }

  /** For reads: decides, writes the access-log event, and only then lets the caller load the data. */
  async read(
    user: AuthenticatedUser,
    caseId: string,
    as: AuditedAs,
    need: CaseNeed = 'read',
  ): Promise<CaseAccessDecision> {
    // Reading stays allowed while processing is restricted (AVG art. 18 restricts changes, not inzage).
    const decision = await this.decide(user, caseId, need, this.dataSource.manager, as, true);
    await this.audit.write(this.dataSource.manager, this.entry(user, decision, as));
    return decision;
  }

  /**
   * For changes: decides inside one transaction, runs the change, and writes the access-log event last in
   * that same transaction, so a change never commits without its event (nor an event without its change).
   */
  async change<T>(
    user: AuthenticatedUser,
    caseId: string,
    need: Exclude<CaseNeed, 'read' | 'read-consents' | 'read-team-notes' | 'view-access-log'>,
    as: AuditedAs,
    work: (manager: EntityManager, decision: CaseAccessDecision) => Promise<T>,
    options: { whileRestricted?: boolean } = {},
  ): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      // Holds the case row for the change: an erasure (or a second change) committing between the decision and
      // the work would leave the work writing into a case that is gone. With the lock it waits for the other
      // transaction, and then decides on what is left (404 for an erased case). The access log is written last by
      // every writer, so no writer holds its lock while waiting for a case.
      await manager.query(`SELECT 1 FROM case_file WHERE id = $1 FOR NO KEY UPDATE`, [caseId]);
      const decision = await this.decide(user, caseId, need, manager, as, options.whileRestricted ?? false);
      const result = await work(manager, decision);
      await this.audit.write(manager, this.entry(user, decision, as));
      return result;
    });
  }

  /** GET /cases/{id}/access: what the user may do here. Reveals nothing of the jongere, so it is not logged. */
  async describe(user: AuthenticatedUser, caseId: string): Promise<CaseAccessResponse> {
    const facts = await this.load(user, caseId, this.dataSource.manager);
    if (!facts) throw caseNotFound(caseId);
    const decision = this.evaluate(user, facts);
    if (!decision.isTeamMember && !decision.emergencyAccess) throw caseNotFound(caseId);
    const full = decision.level === 'full';
    const consentBased = decision.ground === 'consent' || decision.ground === 'legal-ground';
    return {
      caseId,
      level: decision.level,
      ground: decision.ground,
      groundReference: decision.groundReference,
      isTeamMember: decision.isTeamMember,
      isCasusregisseur: decision.isCasusregisseur,
      canChange: decision.isTeamMember && consentBased && !decision.restricted,
      canManageConsents: decision.isCasusregisseur || (decision.isTeamMember && consentBased),
      canViewAccessLog: decision.isCasusregisseur,
      casusregisseur: decision.casusregisseur,
      emergencyAccessExpiresAt:
        full && decision.ground === 'break-the-glass'
          ? (decision.emergencyAccess?.expiresAt.toISOString() ?? null)
          : null,
      restricted: decision.restricted,
    };
  }

  private async decide(
    user: AuthenticatedUser,
    caseId: string,
    need: CaseNeed,
    manager: EntityManager,
    as: AuditedAs,
    whileRestricted = false,
  ): Promise<CaseAccessDecision> {
    const facts = await this.load(user, caseId, manager);
    const decision = facts ? this.evaluate(user, facts) : null;
    const refusal = decision ? this.refusal(decision, need, whileRestricted) : caseNotFound(caseId);
    if (refusal) {
      // Logged outside the caller's transaction: the refusal rolls that back, the log entry must stay.
      await this.audit.write(this.dataSource.manager, {
        actor: user,
        caseIds: decision ? [caseId] : [],
        action: 'denied',
        resource: as.resource,
        fields: as.fields,
        ground: 'none',
        reason: `${as.action}: ${refusal.code}`,
      });
      throw refusal;
    }
    return decision as CaseAccessDecision;
  }

  private refusal(decision: CaseAccessDecision, need: CaseNeed, whileRestricted: boolean) {
    const { isTeamMember, isCasusregisseur, level, ground } = decision;
    if (!isTeamMember && !decision.emergencyAccess) return caseNotFound(decision.caseId);
    const consentBased = ground === 'consent' || ground === 'legal-ground';
    switch (need) {
      case 'view-access-log':
        return isCasusregisseur ? null : onlyCasusregisseur();
      case 'subject-rights':
        if (!isTeamMember) return readOnlyAccess();
        return isCasusregisseur ? null : onlyCasusregisseur();
      case 'manage-consents':
        if (isCasusregisseur || (isTeamMember && consentBased)) return null;
        return isTeamMember ? consentRequired(decision.casusregisseur) : readOnlyAccess();
      case 'read':
        return level === 'full' ? null : consentRequired(decision.casusregisseur);
      case 'read-team-notes':
        if (!isTeamMember) return caseNotFound(decision.caseId);
        return consentBased ? null : consentRequired(decision.casusregisseur);
      case 'read-consents':
        return level === 'full' || isCasusregisseur ? null : consentRequired(decision.casusregisseur);
      case 'change':
      case 'lead':
        if (!isTeamMember) return readOnlyAccess();
        if (need === 'lead' && !isCasusregisseur) return onlyCasusregisseur();
        if (!consentBased) return consentRequired(decision.casusregisseur);
        if (decision.restricted && !whileRestricted) return caseRestricted();
        return null;
    }
  }

  private evaluate(user: AuthenticatedUser, facts: FactsRow): CaseAccessDecision {
    const today = this.clock.today();
    const consent =
      facts.consents
        .filter(
          (candidate) =>
            consentStatus(candidate, today) === 'active' &&
            consentCovers(candidate, user.organisation, 'case-collaboration'),
        )
        // A legal ground outlasts a withdrawal of consent, so it is the ground to name when both apply.
        .sort((a, b) => (a.basis === b.basis ? 0 : a.basis === 'legal-ground' ? -1 : 1))[0] ?? null;
    // Case work is the professional's: someone whose role was taken away keeps no access through an old
    // team membership or a running emergency access, and an admin never reaches case content by role.
    const professional = user.roles.includes('professional');
    const emergency =
      professional && facts.emergency
        ? { id: facts.emergency.id, expiresAt: new Date(facts.emergency.expiresAt) }
        : null;
    const isTeamMember = professional && facts.member_id !== null;
    let ground: AccessGround = 'none';
    let groundReference: string | null = null;
    if (isTeamMember && consent) {
      ground = consent.basis === 'legal-ground' ? 'legal-ground' : 'consent';
      groundReference = consent.id;
    } else if (emergency) {
      ground = 'break-the-glass';
      groundReference = emergency.id;
    }
    return {
      caseId: facts.id,
      level: ground === 'none' ? 'existence-only' : 'full',
      ground,
      groundReference,
      isTeamMember,
      isCasusregisseur: isTeamMember && facts.is_casusregisseur === true,
      emergencyAccess: emergency,
      restricted: facts.restricted_at !== null,
      casusregisseur: {
        userId: facts.lead_user_id ?? '',
        name: facts.lead_name ?? '',
        organisationName: facts.lead_organisation ?? '',
      },
    };
  }

  /** Everything the decision needs in one round trip; consents of other organisations are not even loaded. */
  private async load(user: AuthenticatedUser, caseId: string, manager: EntityManager): Promise<FactsRow | null> {
    const rows: FactsRow[] = await manager.query(
      `SELECT c.id, c.restricted_at, me.id AS member_id, me.is_casusregisseur,
              lead.user_id AS lead_user_id, lead_user.name AS lead_name, lead_org.name AS lead_organisation,
              (SELECT json_build_object('id', ea.id, 'expiresAt', ea.expires_at)
                 FROM emergency_access ea
                WHERE ea.case_id = c.id AND ea.user_id = $2 AND ea.expires_at > $5
                ORDER BY ea.expires_at DESC LIMIT 1) AS emergency,
              (SELECT coalesce(json_agg(json_build_object(
                        'id', co.id, 'basis', co.basis, 'scope', co.scope, 'organisationId', co.organisation_id,
                        'sector', co.sector, 'purpose', co.purpose, 'givenOn', co.given_on,
                        'validUntil', co.valid_until, 'withdrawnAt', co.withdrawn_at)), '[]'::json)
                 FROM consent co
                WHERE co.case_id = c.id AND (co.organisation_id = $3 OR co.sector = $4)) AS consents
         FROM case_file c
         LEFT JOIN case_team_member me ON me.case_id = c.id AND me.user_id = $2
         LEFT JOIN case_team_member lead ON lead.case_id = c.id AND lead.is_casusregisseur
         LEFT JOIN app_user lead_user ON lead_user.id = lead.user_id
         LEFT JOIN organisation lead_org ON lead_org.id = lead_user.organisation_id
        WHERE c.id = $1`,
      [caseId, user.id, user.organisation.id, user.organisation.sector, this.clock.now()],
    );
    return rows[0] ?? null;
  }

  private entry(user: AuthenticatedUser, decision: CaseAccessDecision, as: AuditedAs) {
    return {
      actor: user,
      caseIds: [decision.caseId],
      action: as.action,
      resource: as.resource,
      fields: as.fields,
      ground: decision.ground === 'none' ? ('role' as const) : decision.ground,
      groundReference: decision.groundReference,
    };
  }
}
