import { CaseListQuery, CaseSort, CaseStatus } from '@sluitend/domain';

export const CASE_PAGE_SIZE = 20;
export const DEFAULT_CASE_SORT: CaseSort = 'lastName';

export type SortColumn = 'lastName' | 'dateOfBirth' | 'updatedAt';
export type SortDirection = 'ascending' | 'descending' | 'none';

export interface CaseListFilters {
  search: string;
  municipalityId: string;
  status: CaseStatus | '';
}

export const INITIAL_CASE_QUERY: CaseListQuery = {
  status: 'open',
  sort: DEFAULT_CASE_SORT,
  page: 1,
  pageSize: CASE_PAGE_SIZE,
};

/**
 * The next query after the filters changed. Any change of filter starts at page 1 again,
 * because the old page number may not exist in the new result.
 */
export function withFilters(query: CaseListQuery, filters: Partial<CaseListFilters>): CaseListQuery {
  const next: CaseListQuery = { ...query };
  if (filters.search !== undefined) next.search = filters.search || undefined;
  if (filters.municipalityId !== undefined) next.municipalityId = filters.municipalityId || undefined;
  if (filters.status !== undefined) next.status = filters.status || undefined;
  return sameFilters(query, next) ? query : { ...next, page: 1 };
}

export function withPage(query: CaseListQuery, page: number): CaseListQuery {
  return query.page === page ? query : { ...query, page };
}

/** Clicking a column sorts by it ascending; clicking it again reverses the order. */
export function withSortOn(query: CaseListQuery, column: SortColumn): CaseListQuery {
  const sort: CaseSort = query.sort === column ? `-${column}` : column;
  return { ...query, sort, page: 1 };
}

export function sortDirection(query: CaseListQuery, column: SortColumn): SortDirection {
  if (query.sort === column) return 'ascending';
  if (query.sort === `-${column}`) return 'descending';
  return 'none';
}

function sameFilters(a: CaseListQuery, b: CaseListQuery): boolean {
  return a.search === b.search && a.municipalityId === b.municipalityId && a.status === b.status;
}
