import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { AuditAction, AuditEventQuery } from '@sluitend/domain';

export const AUDIT_PAGE_SIZE = 25;
export const DATE_RANGE_ERROR = 'dateRange';

export interface AuditFilters {
  caseId: string;
  userId: string;
  /** Part of a name or e-mail address: of whoever acted, or of the user acted on. */
  user: string;
  action: AuditAction | '';
  /** Calendar dates (yyyy-mm-dd) as a date input gives them, or ''. */
  from: string;
  to: string;
}

export const INITIAL_AUDIT_QUERY: AuditEventQuery = { page: 1, pageSize: AUDIT_PAGE_SIZE };

/** The query of the filters as typed: trimmed, empty ones left out, and from page 1 again. */
export function auditQuery(filters: AuditFilters): AuditEventQuery {
  const query: AuditEventQuery = { ...INITIAL_AUDIT_QUERY };
  const caseId = filters.caseId.trim();
  const userId = filters.userId.trim();
  const user = filters.user.trim();
  if (caseId) query.caseId = caseId;
  if (userId) query.userId = userId;
  if (user) query.user = user;
  if (filters.action) query.action = filters.action;
  if (filters.from) query.from = filters.from;
  if (filters.to) query.to = filters.to;
  return query;
}

export function hasAuditFilters(query: AuditEventQuery): boolean {
  return Boolean(query.caseId || query.userId || query.user || query.action || query.from || query.to);
}

/** On the filter group: "to" may not lie before "from". Dates as yyyy-mm-dd compare as text. */
export const dateRange: ValidatorFn = (group: AbstractControl): ValidationErrors | null => {
  const from: unknown = group.get('from')?.value;
  const to: unknown = group.get('to')?.value;
  return typeof from === 'string' && typeof to === 'string' && from !== '' && to !== '' && to < from
    ? { [DATE_RANGE_ERROR]: true }
    : null;
};

/** A role grant or revoke names roles in `fields`, not field names: shown by their Dutch names. */
export function namesRoles(event: { action: AuditAction }): boolean {
  return event.action === 'role-grant' || event.action === 'role-revoke';
}

export type AuditFlag = 'break-the-glass' | 'denied';

/** Events a privacy officer must notice: a refusal, and emergency access or a read that rests on it. */
export function auditFlag(event: { action: AuditAction; ground: string }): AuditFlag | null {
  if (event.action === 'denied') return 'denied';
  if (event.action === 'break-the-glass' || event.ground === 'break-the-glass') return 'break-the-glass';
  return null;
}
