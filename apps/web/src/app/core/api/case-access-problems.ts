import { Injectable, signal } from '@angular/core';
import { ConsentRequiredProblemExtension, Problem } from '@sluitend/domain';
import { MonoTypeOperatorFunction, tap } from 'rxjs';
import { httpStatusOf, problemCode, problemOf } from '../http/problem';

/** 403 for a team member whose organisation has no valid consent or legal ground for the case. */
export const CONSENT_REQUIRED = 'consent-required';

export type CaseLead = ConsentRequiredProblemExtension['casusregisseur'];

/** A case the API closed to the user because their organisation lacks consent. */
export interface ConsentRefusal {
  caseId: string;
  /** Named in the problem, so the user knows whom to ask; null if the API left it out. */
  casusregisseur: CaseLead | null;
}

export function isConsentRequired(error: unknown): boolean {
  return httpStatusOf(error) === 403 && problemCode(error) === CONSENT_REQUIRED;
}

/** The casusregisseur named by a `consent-required` problem, or null for any other error. */
export function consentRequiredLead(error: unknown): CaseLead | null {
  if (!isConsentRequired(error)) return null;
  const lead = (problemOf(error) as (Problem & Partial<ConsentRequiredProblemExtension>) | undefined)?.casusregisseur;
  return lead && typeof lead.name === 'string' && typeof lead.organisationName === 'string' ? lead : null;
}

/**
 * Notes every `consent-required` refusal of a call about a case, whichever screen made the call,
 * so the case page can show why the dossier is closed instead of each tab's generic error.
 */
@Injectable({ providedIn: 'root' })
export class CaseAccessProblems {
  private readonly refusal = signal<ConsentRefusal | null>(null);

  /** The latest refusal; the case page compares its case id with the one it shows. */
  readonly consentRefusal = this.refusal.asReadonly();

  /** Passes the call through unchanged, noting a `consent-required` refusal on the way. */
  watch<T>(caseId: string): MonoTypeOperatorFunction<T> {
    return tap<T>({
      error: (error: unknown) => {
        if (isConsentRequired(error)) this.refusal.set({ caseId, casusregisseur: consentRequiredLead(error) });
      },
    });
  }

  /** The case is opened again (e.g. after a consent was registered): judge it afresh. */
  forget(caseId: string): void {
    if (this.refusal()?.caseId === caseId) this.refusal.set(null);
  }
}
