import type { Role } from '../people/role';
import type { Sector } from '../people/sector';
import type { AgreementResponse, DecisionResponse } from './agreement.contract';
import type {
  AttachedPlanVersion,
  EscalationRequestContent,
  EscalationState,
  EscalationSubject,
  LadderLevel,
} from './escalation.contract';

/**
 * The life of an Actietafel session:
 * ```
 * planned ──send-agenda──▶ agenda-sent ──start──▶ in-progress ──end──▶ ended
 *    └────────┴──cancel──▶ cancelled
 * ```
 * Ending generates the minutes and moves every escalation discussed for the first time to agreements-running.
 */
export const SESSION_STATES = ['planned', 'agenda-sent', 'in-progress', 'ended', 'cancelled'] as const;
export type SessionState = (typeof SESSION_STATES)[number];

export const SESSION_TRANSITIONS = ['send-agenda', 'start', 'end', 'cancel'] as const;
export type SessionTransition = (typeof SESSION_TRANSITIONS)[number];

export interface SessionTransitionRule {
  from: readonly SessionState[];
  to: SessionState;
  /** The coordinator of the region always; these parts of the session too. */
  parts: readonly SessionPart[];
}

/** How the signed-in user relates to a session. */
export const SESSION_PARTS = ['coordinator', 'chair', 'minute-taker', 'member'] as const;
export type SessionPart = (typeof SESSION_PARTS)[number];

export const SESSION_TRANSITION_RULES: Record<SessionTransition, SessionTransitionRule> = {
  'send-agenda': { from: ['planned'], to: 'agenda-sent', parts: ['coordinator'] },
  start: { from: ['agenda-sent'], to: 'in-progress', parts: ['coordinator', 'chair'] },
  end: { from: ['in-progress'], to: 'ended', parts: ['coordinator', 'chair'] },
  cancel: { from: ['planned', 'agenda-sent'], to: 'cancelled', parts: ['coordinator'] },
};

/** An invited member's presence, recorded in the session. */
export const ATTENDANCES = ['present', 'absent', 'substitute'] as const;
export type Attendance = (typeof ATTENDANCES)[number];

/** `escalation`: first discussion (put on by scheduling); `follow-up`: open agreements from an earlier session. */
export const AGENDA_ITEM_KINDS = ['escalation', 'follow-up'] as const;
export type AgendaItemKind = (typeof AGENDA_ITEM_KINDS)[number];

export const AGENDA_ITEM_PHASES = ['pending', 'running', 'discussed'] as const;
export type AgendaItemPhase = (typeof AGENDA_ITEM_PHASES)[number];

/** The time box an agenda item gets unless the coordinator sets another. */
export const DEFAULT_AGENDA_ITEM_MINUTES = { escalation: 20, 'follow-up': 10 } as const;

/**
 * What the viewer sees of a session's cases: `full` (the escalation, the attached plan version),
 * or `outline` (the agenda without personal data: position, time box, reason, urgency).
 */
export type SessionContentAccess = 'full' | 'outline';

/** Invited members, the chair and the minute-taker see case content from the sending of the agenda until this many days after the session. */
export const DEFAULT_AGENDA_VIEW_DAYS_AFTER_SESSION = 7;

export interface PersonRef {
  userId: string;
  name: string;
}

export interface InviteeRequest {
  userId: string;
  /** The sector the member represents at the table. */
  sector: Sector;
}

export interface InviteeResponse extends InviteeRequest {
  name: string;
  organisationId: string;
  organisationName: string;
  attendance: Attendance | null;
  /** Who came instead, when attendance is `substitute`. */
  substituteName: string | null;
}

/** `POST /actietafel-sessions`. */
export interface PlanSessionRequest {
  startsAt: string;
  endsAt: string;
  location?: string;
  onlineUrl?: string;
  chairUserId: string;
  minuteTakerUserId?: string;
  invitees: InviteeRequest[];
}

/** `PATCH /actietafel-sessions/{id}`: while planned or agenda-sent; `currentAgendaItemId` while in progress. */
export interface UpdateSessionRequest {
  version: number;
  startsAt?: string;
  endsAt?: string;
  location?: string | null;
  onlineUrl?: string | null;
  chairUserId?: string;
  minuteTakerUserId?: string | null;
  invitees?: InviteeRequest[];
}

export interface SessionTransitionRequest {
  transition: SessionTransition;
  version: number;
}

/** `PATCH /actietafel-sessions/{id}/invitees/{userId}`. */
export interface UpdateAttendanceRequest {
  attendance: Attendance;
  substituteName?: string;
}

/** `PATCH /actietafel-sessions/{id}/agenda-items/{itemId}`: order and time box before, phase and summary during. */
export interface UpdateAgendaItemRequest {
  version: number;
  position?: number;
  minutesPlanned?: number;
  phase?: AgendaItemPhase;
  /** The discussion summary. */
  summary?: string;
}

/** What an invited member may read of an escalation on the agenda, within the view window. */
export interface AgendaEscalation {
  id: string;
  caseId: string;
  state: EscalationState;
  subject: EscalationSubject;
  request: EscalationRequestContent;
  ladderLevel: LadderLevel;
  attachedPlan: AttachedPlanVersion | null;
  /** For a follow-up: the agreements of earlier sessions that are not done yet. */
  earlierAgreements: AgreementResponse[];
}

export interface AgendaItemResponse {
  id: string;
  position: number;
  kind: AgendaItemKind;
  escalationId: string;
  minutesPlanned: number;
  phase: AgendaItemPhase;
  startedAt: string | null;
  finishedAt: string | null;
  /** Without personal data: the reason label and urgency, for the outline view. */
  label: string;
  urgency: 'normal' | 'urgent';
  /** Null in the outline view. */
  escalation: AgendaEscalation | null;
  summary: string | null;
  decisions: DecisionResponse[];
  agreements: AgreementResponse[];
  version: number;
}

export interface SessionResponse {
  id: string;
  regionId: string;
  state: SessionState;
  startsAt: string;
  endsAt: string;
  location: string | null;
  onlineUrl: string | null;
  chair: PersonRef;
  minuteTaker: PersonRef | null;
  invitees: InviteeResponse[];
  agenda: AgendaItemResponse[];
  /** The viewer's part, and what they see of the cases now. */
  myPart: SessionPart | null;
  contentAccess: SessionContentAccess;
  /** From when until when invited members see case content; null `from` until the agenda is sent. */
  viewWindow: { from: string | null; until: string };
  /** What the viewer may do now: the web offers exactly these. */
  availableTransitions: SessionTransition[];
  /** Whether the viewer records the meeting now (attendance, summaries, decisions, agreements). */
  canRecord: boolean;
  agendaSentAt: string | null;
  startedAt: string | null;
  endedAt: string | null;
  endedBy: PersonRef | null;
  hasMinutes: boolean;
  version: number;
}

export interface SessionSummary {
  id: string;
  state: SessionState;
  startsAt: string;
  endsAt: string;
  location: string | null;
  onlineUrl: string | null;
  chair: PersonRef;
  agendaItemCount: number;
  myPart: SessionPart | null;
  hasMinutes: boolean;
}

export interface SessionListQuery {
  /** `upcoming` (default: not ended nor cancelled), `past`, or `all`. */
  when?: 'upcoming' | 'past' | 'all';
}

/** The minutes (verslag), generated when the session ends and never changed afterwards. */
export interface MinutesResponse {
  sessionId: string;
  startsAt: string;
  endsAt: string;
  location: string | null;
  onlineUrl: string | null;
  chair: PersonRef;
  minuteTaker: PersonRef | null;
  attendance: Array<{
    name: string;
    organisationName: string;
    sector: Sector;
    attendance: Attendance | null;
    substituteName: string | null;
  }>;
  items: Array<{
    position: number;
    kind: AgendaItemKind;
    escalationId: string;
    caseId: string;
    subject: EscalationSubject;
    question: string;
    minutesPlanned: number;
    minutesSpent: number | null;
    summary: string | null;
    decisions: DecisionResponse[];
    agreements: AgreementResponse[];
  }>;
  generatedAt: string;
  endedBy: PersonRef;
}

/** The facts a session decision is judged on: the viewer's roles and part, and the view window. */
export interface SessionViewerFacts {
  roles: readonly Role[];
  part: SessionPart | null;
}
