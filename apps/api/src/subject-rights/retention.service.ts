import { Injectable, Logger } from '@nestjs/common';
import { retentionCutoff, type RetentionRunResponse } from '@sluitend/domain';
import { DataSource } from 'typeorm';
import { AuditLog } from '../audit/audit-log.service';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { Clock } from '../common/time/clock';
import { AppConfig } from '../config/app-config';
import { eraseCase } from './case-erasure';

/**
 * Removes what has passed its retention term: closed case files (Jeugdwet art. 7.3.8, counted from closing)
 * and access-log events older than their own term. A dry run reports the same figures and removes nothing.
 * The log line and the erasure records name ids and counts only, never content.
 */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger(RetentionService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  async run(dryRun: boolean, actor: AuthenticatedUser | null): Promise<RetentionRunResponse> {
    const today = this.clock.today();
    const caseYears = this.config.RETENTION_CASE_FILE_YEARS;
    const logYears = this.config.RETENTION_ACCESS_LOG_YEARS;
    const caseCutoff = retentionCutoff(today, caseYears);
    const logCutoff = retentionCutoff(today, logYears);
    const result = await this.dataSource.transaction(async (manager) => {
      // The day of closing is a Dutch calendar day, like the cutoff.
      const expired: Array<{ id: string }> = await manager.query(
        `SELECT id FROM case_file
          WHERE status = 'closed' AND (closed_at AT TIME ZONE 'Europe/Amsterdam')::date < $1::date
          ORDER BY closed_at`,
        [caseCutoff],
      );
      const caseIds = expired.map((row) => row.id);
      const [{ n: logCount }] = await manager.query(
        `SELECT COUNT(*) AS n FROM audit_event WHERE at < ($1::date::timestamp AT TIME ZONE 'Europe/Amsterdam')`,
        [logCutoff],
      );
      if (!dryRun) {
        const at = this.clock.now();
        for (const caseId of caseIds) {
          await eraseCase(manager, {
            caseId,
            kind: 'retention',
            reason: `Bewaartermijn van ${caseYears} jaar verstreken`,
            erasedBy: null,
            at,
          });
        }
        await manager.query(`SELECT prune_audit_events($1::date::timestamp AT TIME ZONE 'Europe/Amsterdam')`, [
          logCutoff,
        ]);
      }
      await this.audit.write(manager, {
        actor,
        caseIds,
        action: dryRun ? 'read' : 'delete',
        resource: 'retention-run',
        ground: 'role',
        reason: dryRun ? 'dry run' : `retention: ${caseIds.length} case files, ${logCount} access-log events`,
      });
      return { caseIds, logCount: Number(logCount) };
    });
    this.logger.log(
      { dryRun, caseFiles: result.caseIds.length, caseIds: result.caseIds, accessLogEvents: result.logCount },
      dryRun ? 'Retention dry run' : 'Retention run removed records past their term',
    );
    return {
      dryRun,
      ranAt: this.clock.now().toISOString(),
      kinds: [
        {
          kind: 'case-file',
          retentionYears: caseYears,
          cutoff: caseCutoff,
          count: result.caseIds.length,
          caseIds: result.caseIds,
        },
        { kind: 'access-log', retentionYears: logYears, cutoff: logCutoff, count: result.logCount, caseIds: [] },
      ],
    };
  }
}
