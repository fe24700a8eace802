import { Injectable } from '@nestjs/common';
import type { MonitoringFilter, MonitoringSignal, SignalCasesResponse } from '@sluitend/domain';
import { DataSource } from 'typeorm';
import { activeConsentExists } from '../access/consent-sql';
import { AuditLog } from '../audit/audit-log.service';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { MonitoringScopes } from './monitoring-scope';
import { OPEN_CASE_IN_SCOPE, SIGNAL_CONDITION, SIGNAL_CUTOFFS, signalValues } from './queries';

interface SignalCaseRow {
  id: string;
  ground: 'consent' | 'break-the-glass' | null;
  display_name: string | null;
  municipality_name: string | null;
}

export const SIGNAL_CASES_RESOURCE = 'monitoring-signal-cases';

/**
 * The cases behind a signal's number, as far as the viewer may open them under the case access policy: a
 * professional on the case team whose organisation has consent, or with running emergency access. Those are
 * named (and their read logged as the case list logs it); every other case is only counted.
 */
@Injectable()
export class SignalCases {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scopes: MonitoringScopes,
    private readonly audit: AuditLog,
  ) {}

  async list(
    user: AuthenticatedUser,
    signal: MonitoringSignal,
    filter: MonitoringFilter,
  ): Promise<SignalCasesResponse> {
    const { input } = await this.scopes.resolve(user, filter);
    const values = [
      ...signalValues(input),
      user.roles.includes('professional'),
      user.id,
      user.organisation.id,
      user.organisation.sector,
      input.today,
      input.now,
    ];
    // Names and municipalities leave the database only for the cases the viewer may open.
    const rows: SignalCaseRow[] = await this.dataSource.query(
      `SELECT c.id, access.ground,
              CASE WHEN access.ground IS NOT NULL THEN c.first_name || ' ' || c.last_name END AS display_name,
              CASE WHEN access.ground IS NOT NULL THEN mu.name END AS municipality_name
         FROM case_file c
         JOIN municipality mu ON mu.id = c.municipality_id
        CROSS JOIN ${SIGNAL_CUTOFFS}
        CROSS JOIN LATERAL (
              SELECT CASE
                       WHEN NOT $7::boolean THEN NULL
                       WHEN EXISTS (SELECT 1 FROM case_team_member me WHERE me.case_id = c.id AND me.user_id = $8)
                        AND ${activeConsentExists('c.id', '$9', '$10', '$11')} THEN 'consent'
                       WHEN EXISTS (SELECT 1 FROM emergency_access ea
                                     WHERE ea.case_id = c.id AND ea.user_id = $8 AND ea.expires_at > $12) THEN 'break-the-glass'
                     END AS ground
              OFFSET 0) access
        WHERE ${OPEN_CASE_IN_SCOPE} AND ${SIGNAL_CONDITION[signal]}
        ORDER BY lower(c.last_name), lower(c.first_name), c.id`,
      values,
    );
    const shown = rows.filter((row) => row.ground !== null);
    for (const ground of ['consent', 'break-the-glass'] as const) {
      const caseIds = shown.filter((row) => row.ground === ground).map((row) => row.id);
      if (caseIds.length > 0)
        await this.audit.write(this.dataSource.manager, {
          actor: user,
          caseIds,
          action: 'search',
          resource: SIGNAL_CASES_RESOURCE,
          fields: ['signal'],
          ground,
        });
    }
    return {
      signal,
      total: rows.length,
      cases: shown.map((row) => ({
        id: row.id,
        displayName: row.display_name ?? '',
        municipalityName: row.municipality_name ?? '',
      })),
      notAccessible: rows.length - shown.length,
    };
  }
}
