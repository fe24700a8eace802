import { HttpParams } from '@angular/common/http';
import { CaseListQuery } from '@sluitend/domain';

/**
 * The query string of the case list. Empty and default-less values are left out, so the API
 * applies its own defaults and the URL in the network log shows only what the user chose.
 */
export function caseListParams(query: CaseListQuery): HttpParams {
  let params = new HttpParams();
  const search = query.search?.trim();
  if (search) params = params.set('search', search);
  if (query.municipalityId) params = params.set('municipalityId', query.municipalityId);
  if (query.status) params = params.set('status', query.status);
  if (query.sort) params = params.set('sort', query.sort);
  if (query.page !== undefined) params = params.set('page', query.page);
  if (query.pageSize !== undefined) params = params.set('pageSize', query.pageSize);
  return params;
}
