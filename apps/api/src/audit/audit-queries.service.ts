import { Injectable } from '@nestjs/common';
import type { AuditEventPage, AuditEventResponse } from '@sluitend/domain';
import { DataSource } from 'typeorm';
import { likePattern } from '../common/persistence/like-pattern';
import type { AuditEventQueryDto } from './dto/audit-event.dto';

interface Row {
  sequence: string;
  at: Date;
  user_id: string | null;
  user_name: string | null;
  organisation_id: string | null;
  organisation_name: string | null;
  roles: AuditEventResponse['roles'];
  on_behalf_of: string | null;
  case_ids: string[];
  action: AuditEventResponse['action'];
  resource: string;
  fields: string[];
  ground: AuditEventResponse['ground'];
  ground_reference: string | null;
  reason: string | null;
  ip: string | null;
  session_digest: string | null;
  subject_id: string | null;
  subject_name: string | null;
  total: string;
}

/** Reading the access log: per case (the casusregisseur, the jongere's inzage) and over everything (privacy officer). */
@Injectable()
export class AuditQueries {
  constructor(private readonly dataSource: DataSource) {}

  search(query: AuditEventQueryDto): Promise<AuditEventPage> {
    const where: string[] = [];
    const parameters: unknown[] = [];
    const add = (condition: (placeholder: string) => string, value: unknown) => {
      parameters.push(value);
      where.push(condition(`$${parameters.length}`));
    };
    if (query.caseId) add((p) => `e.case_ids @> ARRAY[CAST(${p} AS uuid)]`, query.caseId);
    if (query.userId) add((p) => `e.user_id = ${p}`, query.userId);
    const user = query.user?.trim();
    // Both sides of an administrative event: what the person did, and what was done to them.
    if (user)
      add((p) => `(e.user_id IN (${usersMatching(p)}) OR e.subject_id IN (${usersMatching(p)}))`, likePattern(user));
    if (query.action) add((p) => `e.action = ${p}`, query.action);
    // Calendar days are Dutch days: the boundaries are midnight in Europe/Amsterdam.
    if (query.from) add((p) => `e.at >= (CAST(${p} AS date)::timestamp AT TIME ZONE 'Europe/Amsterdam')`, query.from);
    if (query.to) add((p) => `e.at < ((CAST(${p} AS date) + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam')`, query.to);
    return this.page(where, parameters, query.page ?? 1, query.pageSize ?? 50);
  }

  forCase(caseId: string, page = 1, pageSize = 50): Promise<AuditEventPage> {
    return this.page([`e.case_ids @> ARRAY[CAST($1 AS uuid)]`], [caseId], page, pageSize);
  }

  /** Every event about one case, oldest first: for the inzage export. */
  async allForCase(caseId: string): Promise<AuditEventResponse[]> {
    const rows: Row[] = await this.dataSource.query(
      `${SELECT} WHERE e.case_ids @> ARRAY[CAST($1 AS uuid)] ORDER BY e.sequence`,
      [caseId],
    );
    return rows.map(toResponse);
  }

  private async page(where: string[], parameters: unknown[], page: number, pageSize: number): Promise<AuditEventPage> {
    const filter = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const rows: Row[] = await this.dataSource.query(
      `${SELECT.replace('SELECT', 'SELECT COUNT(*) OVER () AS total,')} ${filter}
        ORDER BY e.sequence DESC LIMIT $${parameters.length + 1} OFFSET $${parameters.length + 2}`,
      [...parameters, pageSize, (page - 1) * pageSize],
    );
    return { items: rows.map(toResponse), total: rows.length > 0 ? Number(rows[0].total) : 0, page, pageSize };
  }
}

// An event's subject is a user, an organisation or a region (its `resource` says which); ids are random UUIDs,
// so at most one of the three joins finds it.
const SELECT = `SELECT e.*, u.name AS user_name, o.name AS organisation_name,
       COALESCE(su.name, so.name, sr.name) AS subject_name
  FROM audit_event e
  LEFT JOIN app_user u ON u.id = e.user_id
  LEFT JOIN organisation o ON o.id = e.organisation_id
  LEFT JOIN app_user su ON su.id = e.subject_id
  LEFT JOIN organisation so ON so.id = e.subject_id
  LEFT JOIN region sr ON sr.id = e.subject_id`;

/** E-mail addresses are stored in lower case; the pattern is lower case too. */
const usersMatching = (pattern: string) =>
  `SELECT m.id FROM app_user m WHERE lower(m.name) LIKE ${pattern} OR m.email LIKE ${pattern}`;

function toResponse(row: Row): AuditEventResponse {
  return {
    sequence: Number(row.sequence),
    at: row.at.toISOString(),
    user: row.user_id ? { userId: row.user_id, name: row.user_name ?? '' } : null,
    organisation: row.organisation_id
      ? { organisationId: row.organisation_id, name: row.organisation_name ?? '' }
      : null,
    roles: row.roles,
    onBehalfOf: row.on_behalf_of,
    caseIds: row.case_ids,
    action: row.action,
    resource: row.resource,
    fields: row.fields,
    ground: row.ground,
    groundReference: row.ground_reference,
    reason: row.reason,
    ip: row.ip,
    sessionDigest: row.session_digest,
    subject: row.subject_id ? { id: row.subject_id, name: row.subject_name ?? '' } : null,
  };
}
