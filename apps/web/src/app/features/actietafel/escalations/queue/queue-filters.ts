import { Params } from '@angular/router';
import { ESCALATION_URGENCIES, EscalationListQuery, EscalationState, EscalationUrgency } from '@sluitend/domain';

/** The states the coordinator filters on, in the order of the work; drafts are never the table's. */
export const QUEUE_STATES = [
  'submitted',
  'accepted',
  'scheduled',
  'agreements-running',
  'returned',
  'rejected',
  'closed',
] as const satisfies readonly EscalationState[];
export type QueueState = (typeof QUEUE_STATES)[number];

export const QUEUE_PAGE_SIZE = 20;

export interface QueueFilters {
  state: QueueState;
  urgency: EscalationUrgency | '';
  municipalityId: string;
  page: number;
}

export const DEFAULT_QUEUE_FILTERS: QueueFilters = { state: 'submitted', urgency: '', municipalityId: '', page: 1 };

/** The filters from the address bar, so going back from an escalation returns to the same list. */
export function queueFiltersFromParams(params: Params): QueueFilters {
  const state = (QUEUE_STATES as readonly string[]).includes(params['state'])
    ? (params['state'] as QueueState)
    : DEFAULT_QUEUE_FILTERS.state;
  const urgency = (ESCALATION_URGENCIES as readonly string[]).includes(params['urgency'])
    ? (params['urgency'] as EscalationUrgency)
    : '';
  const municipalityId = typeof params['municipalityId'] === 'string' ? params['municipalityId'] : '';
  const page = Number(params['page']);
  return { state, urgency, municipalityId, page: Number.isInteger(page) && page > 1 ? page : 1 };
}

/** Only what differs from the defaults appears in the address bar. */
export function queueFiltersToParams(filters: QueueFilters): Params {
  return {
    state: filters.state === DEFAULT_QUEUE_FILTERS.state ? null : filters.state,
    urgency: filters.urgency || null,
    municipalityId: filters.municipalityId || null,
    page: filters.page > 1 ? filters.page : null,
  };
}

/**
 * What the list asks the api for. The open states are worked in triage order (urgent first, then the
 * longest waiting); the finished ones (rejected, closed) newest first.
 */
export function queueQuery(filters: QueueFilters): EscalationListQuery {
  const finished = filters.state === 'rejected' || filters.state === 'closed';
  return {
    state: [filters.state],
    ...(filters.urgency ? { urgency: filters.urgency } : {}),
    ...(filters.municipalityId ? { municipalityId: filters.municipalityId } : {}),
    sort: finished ? '-submittedAt' : 'triage',
    page: filters.page,
    pageSize: QUEUE_PAGE_SIZE,
  };
}
