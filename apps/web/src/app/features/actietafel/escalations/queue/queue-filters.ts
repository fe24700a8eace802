import { Params } from '@angular/router';
import {
  ESCALATION_OUTCOMES,
  ESCALATION_URGENCIES,
  EscalationNorm,
  EscalationOutcome,
  EscalationState,
  EscalationUrgency,
  SECTORS,
  Sector,
  isIsoDate,
} from '@sluitend/domain';
import { EscalationListFilter } from '../../../../core/api/escalations-api.service';

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
/** `all`: every state, for the lists behind the monitoring dashboard's figures. */
export type QueueStateFilter = QueueState | 'all';

export const QUEUE_PAGE_SIZE = 20;

const PAST_NORMS = ['triage-waiting', 'accepted-unscheduled'] as const satisfies readonly EscalationNorm[];

/**
 * The narrower filters the monitoring dashboard opens the queue with, so the list is exactly the escalations
 * behind the figure clicked. The queue has no controls for them; they are shown and can be cleared together.
 */
export interface QueueDrillDown {
  submittedFrom?: string;
  submittedTo?: string;
  closedFrom?: string;
  closedTo?: string;
  sector?: Sector;
  outcome?: EscalationOutcome;
  pastNorm?: EscalationNorm;
  reasonCode?: string;
}

export interface QueueFilters {
  state: QueueStateFilter;
  urgency: EscalationUrgency | '';
  /** Empty: every municipality of the region; several only when the dashboard sent them. */
  municipalityIds: string[];
  drillDown: QueueDrillDown;
  page: number;
}

export const DEFAULT_QUEUE_FILTERS: QueueFilters = {
  state: 'submitted',
  urgency: '',
  municipalityIds: [],
  drillDown: {},
  page: 1,
};

const DATE_PARAMS = ['submittedFrom', 'submittedTo', 'closedFrom', 'closedTo'] as const;

function oneOf<T extends string>(values: readonly T[], value: unknown): T | undefined {
  return typeof value === 'string' && (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

function drillDownFromParams(params: Params): QueueDrillDown {
  const drillDown: QueueDrillDown = {};
  for (const name of DATE_PARAMS) if (isIsoDate(params[name])) drillDown[name] = params[name];
  const sector = oneOf(SECTORS, params['sector']);
  if (sector) drillDown.sector = sector;
  const outcome = oneOf(ESCALATION_OUTCOMES, params['outcome']);
  if (outcome) drillDown.outcome = outcome;
  const pastNorm = oneOf(PAST_NORMS, params['pastNorm']);
  if (pastNorm) drillDown.pastNorm = pastNorm;
  const reasonCode: unknown = params['reasonCode'];
  if (typeof reasonCode === 'string' && reasonCode.trim() !== '') drillDown.reasonCode = reasonCode.trim();
  return drillDown;
}

/** The filters from the address bar, so going back from an escalation returns to the same list. */
export function queueFiltersFromParams(params: Params): QueueFilters {
  const state =
    params['state'] === 'all' ? 'all' : (oneOf(QUEUE_STATES, params['state']) ?? DEFAULT_QUEUE_FILTERS.state);
  const urgency = oneOf(ESCALATION_URGENCIES, params['urgency']) ?? '';
  const raw: unknown = params['municipalityId'];
  const municipalityIds = (Array.isArray(raw) ? raw : [raw]).filter(
    (id): id is string => typeof id === 'string' && id !== '',
  );
  const page = Number(params['page']);
  return {
    state,
    urgency,
    municipalityIds: [...new Set(municipalityIds)],
    drillDown: drillDownFromParams(params),
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** Only what differs from the defaults appears in the address bar. */
export function queueFiltersToParams(filters: QueueFilters): Params {
  const drillDown = filters.drillDown;
  return {
    state: filters.state === DEFAULT_QUEUE_FILTERS.state ? null : filters.state,
    urgency: filters.urgency || null,
    municipalityId: filters.municipalityIds.length > 0 ? filters.municipalityIds : null,
    submittedFrom: drillDown.submittedFrom ?? null,
    submittedTo: drillDown.submittedTo ?? null,
    closedFrom: drillDown.closedFrom ?? null,
    closedTo: drillDown.closedTo ?? null,
    sector: drillDown.sector ?? null,
    outcome: drillDown.outcome ?? null,
    pastNorm: drillDown.pastNorm ?? null,
    reasonCode: drillDown.reasonCode ?? null,
    page: filters.page > 1 ? filters.page : null,
  };
}

export function hasDrillDown(filters: QueueFilters): boolean {
  return Object.keys(filters.drillDown).length > 0 || filters.municipalityIds.length > 1;
}

/**
 * What the list asks the api for. The open states are worked in triage order (urgent first, then the
 * longest waiting); the finished ones (rejected, closed) and the mixed lists of the dashboard newest first.
 */
export function queueQuery(filters: QueueFilters): EscalationListFilter {
  const newestFirst = filters.state === 'all' || filters.state === 'rejected' || filters.state === 'closed';
  return {
    ...(filters.state === 'all' ? {} : { state: [filters.state] }),
    ...(filters.urgency ? { urgency: filters.urgency } : {}),
    ...(filters.municipalityIds.length > 0 ? { municipalityIds: filters.municipalityIds } : {}),
    ...filters.drillDown,
    sort: newestFirst ? '-submittedAt' : 'triage',
    page: filters.page,
    pageSize: QUEUE_PAGE_SIZE,
  };
}
