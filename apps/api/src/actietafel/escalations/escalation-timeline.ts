import {
  LADDER_LEVEL_LABELS,
  type EscalationOutcome,
  type EscalationTransition,
  type LadderLevel,
} from '@sluitend/domain';
import type { CaseEventInput } from '../../cases/case-timeline.service';

const OUTCOME_LABELS: Record<EscalationOutcome, string> = {
  resolved: 'opgelost',
  'partly-resolved': 'deels opgelost',
  'not-resolved': 'niet opgelost',
};

/** What a transition's timeline entry names besides the escalation: ids, codes and dates, never texts. */
export interface EscalationTimelineFacts {
  /** schedule: the session it was put on. */
  sessionId?: string;
  /** close */
  outcome?: EscalationOutcome;
  /** The level the escalation is handled at after the transition. */
  level: LadderLevel;
  /** escalate-further */
  deadline?: string;
}

type Entry = Pick<CaseEventInput, 'summary' | 'details'>;

function entry(transition: EscalationTransition, facts: EscalationTimelineFacts): Entry | null {
  switch (transition) {
    case 'submit':
      return { summary: 'Escalatie naar de Actietafel ingediend' };
    case 'resubmit':
      return { summary: 'Escalatie opnieuw ingediend met het antwoord op de vraag van de Actietafel' };
    case 'return':
      return { summary: 'Escalatie teruggegeven door de Actietafel met een vraag' };
    case 'reject':
      return { summary: 'Escalatie afgewezen door de Actietafel' };
    case 'schedule':
      return { summary: 'Escalatie geagendeerd voor de Actietafel', details: { sessionId: facts.sessionId } };
    case 'close':
      return {
        summary: `Escalatie gesloten: ${facts.outcome ? OUTCOME_LABELS[facts.outcome] : 'zonder uitkomst'}`,
        details: { outcome: facts.outcome },
      };
    case 'escalate-further':
      return {
        summary: `Escalatie opgeschaald naar ${LADDER_LEVEL_LABELS[facts.level]}`,
        details: { level: facts.level, deadline: facts.deadline },
      };
    case 'accept':
    case 'discuss':
      return null;
  }
}

/**
 * The case timeline's entry for an escalation's transition, so the team sees how its escalation fares; null
 * for the transitions the timeline does not tell (accept, discuss: the discussion has its own entry). Ids and
 * codes only, never the texts. Used by EscalationTransitions and by the demo seed, so the words live here once.
 */
export function escalationTimelineEvent(
  escalation: { id: string; caseId: string },
  actorUserId: string,
  transition: EscalationTransition,
  facts: EscalationTimelineFacts,
): CaseEventInput | null {
  const found = entry(transition, facts);
  if (!found) return null;
  return {
    caseId: escalation.caseId,
    actorUserId,
    kind: `escalation.${transition}`,
    summary: found.summary,
    details: { escalationId: escalation.id, ...found.details },
  };
}
