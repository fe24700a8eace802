import { EscalationResponse } from '@sluitend/domain';
import { Observable, catchError, map, of } from 'rxjs';
import { EscalationsApiService } from '../../../../core/api/escalations-api.service';
import { UiMessage } from '../../../../core/http/ui-message';
import { escalationProblem } from './escalation-problems';

/** An escalation as a page loads it: the escalation, or the message that says why it is not there. */
export type EscalationLoad = { escalation: EscalationResponse; error: null } | { escalation: null; error: UiMessage };

/** Loads one escalation for the coordinator's page and the case team's page alike; never errors. */
export function loadEscalation(api: EscalationsApiService, id: string): Observable<EscalationLoad> {
  return api.get(id).pipe(
    map((escalation): EscalationLoad => ({ escalation, error: null })),
    catchError((error: unknown) => of<EscalationLoad>({ escalation: null, error: escalationProblem(error).message })),
  );
}
