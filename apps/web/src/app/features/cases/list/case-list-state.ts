import { Injectable, signal } from '@angular/core';
import { CaseListQuery } from '@sluitend/domain';
import { UiMessage } from '../../../core/http/ui-message';
import { INITIAL_CASE_QUERY } from './case-list-query';

/**
 * The list's search, filters, sort and page, kept for the session, so returning from a dossier
 * shows the same list instead of starting over.
 */
@Injectable({ providedIn: 'root' })
export class CaseListState {
  readonly query = signal<CaseListQuery>(INITIAL_CASE_QUERY);
  /** What was typed, which may be shorter than the search in use. */
  readonly searchText = signal('');
  /** Said once when the list opens, e.g. that a dossier was erased; the list clears it. */
  readonly notice = signal<UiMessage | null>(null);
}
