import { HttpStatus } from '@nestjs/common';
import type { EscalationRefusal, SessionTransition, SessionTransitionDecision } from '@sluitend/domain';
import { ProblemException } from '../../common/problem/problem.exception';

/** The same answer for "does not exist" and "you have no part in it": a stranger learns nothing. */
export const sessionNotFound = (id: string) =>
  new ProblemException(
    HttpStatus.NOT_FOUND,
    'session-not-found',
    'Not Found',
    `Session ${id} does not exist or you have no part in it.`,
  );

export const agendaItemNotFound = (id: string) =>
  new ProblemException(HttpStatus.NOT_FOUND, 'not-found', 'Not Found', `Agenda item ${id} is not on this session.`);

export const inviteeNotFound = (userId: string) =>
  new ProblemException(
    HttpStatus.NOT_FOUND,
    'not-found',
    'Not Found',
    `User ${userId} is not invited to this session.`,
  );

export const decisionNotFound = (id: string) =>
  new ProblemException(HttpStatus.NOT_FOUND, 'not-found', 'Not Found', `Decision ${id} is not on this agenda item.`);

export const agreementNotFound = (id: string) =>
  new ProblemException(HttpStatus.NOT_FOUND, 'not-found', 'Not Found', `Agreement ${id} is not on this agenda item.`);

export const planVersionNotAttached = () =>
  new ProblemException(
    HttpStatus.NOT_FOUND,
    'plan-version-not-attached',
    'Not Found',
    "No toekomstplan version is attached to this agenda item's escalation.",
  );

/** The viewer has a part, but not this one (a member planning, a member recording). */
export const partNotAllowed = (what: string, parts: readonly string[]) =>
  new ProblemException(
    HttpStatus.FORBIDDEN,
    'part-not-allowed',
    'Forbidden',
    `Only the ${parts.join(' or ')} of this session may ${what}.`,
  );

/** Outside the view window (or for a cancelled session) a member sees the outline only. */
export const contentNotAvailable = () =>
  new ProblemException(
    HttpStatus.FORBIDDEN,
    'content-not-available',
    'Forbidden',
    'You see the case content of this session only from the sending of the agenda until some days after the session.',
  );

export const sessionNotEditable = (state: string) =>
  new ProblemException(
    HttpStatus.CONFLICT,
    'session-not-editable',
    'Conflict',
    `The planning of a session that is ${state} cannot change any more.`,
  );

export const sessionNotInProgress = (state: string) =>
  new ProblemException(
    HttpStatus.CONFLICT,
    'session-not-in-progress',
    'Conflict',
    `The meeting is recorded only while the session is in progress; it is ${state}.`,
  );

export const attendanceNotOpen = (state: string) =>
  new ProblemException(
    HttpStatus.CONFLICT,
    'attendance-not-open',
    'Conflict',
    `Attendance is noted from the sending of the agenda until the session ends; it is ${state}.`,
  );

export const minutesNotReady = () =>
  new ProblemException(
    HttpStatus.CONFLICT,
    'minutes-not-ready',
    'Conflict',
    'The minutes are generated when the session ends.',
  );

export const sessionChanged = (current: number, yours: number) =>
  new ProblemException(
    HttpStatus.CONFLICT,
    'session-changed',
    'Conflict',
    `The session was changed by someone else (now version ${current}, you had ${yours}). Reload and try again.`,
    { currentVersion: current },
  );

export const agendaItemChanged = (current: number, yours: number) =>
  new ProblemException(
    HttpStatus.CONFLICT,
    'agenda-item-changed',
    'Conflict',
    `The agenda item was changed by someone else (now version ${current}, you had ${yours}). Reload and try again.`,
    { currentVersion: current },
  );

export const escalationChanged = () =>
  new ProblemException(
    HttpStatus.CONFLICT,
    'escalation-changed',
    'Conflict',
    'An escalation on the agenda was changed by someone else at the same time. Reload and try again.',
  );

export const sessionHasAgenda = () =>
  new ProblemException(
    HttpStatus.CONFLICT,
    'session-has-agenda',
    'Conflict',
    'A scheduled escalation is on the agenda of this session: move it to another session before cancelling.',
    { allowedTransitions: [] },
  );

export const doorzettingsmachtTaken = () =>
  new ProblemException(
    HttpStatus.CONFLICT,
    'doorzettingsmacht-taken',
    'Conflict',
    'A decision on this agenda item is already marked as taken with doorzettingsmacht.',
    {
      errors: [{ field: 'doorzettingsmacht', message: 'only one decision per agenda item may use doorzettingsmacht' }],
    },
  );

/** A session transition the domain refused: 409 with the allowed transitions, or 403 for the wrong part. */
export const sessionTransitionRefused = (
  refusal: Extract<SessionTransitionDecision, { allowed: false }>,
  transition: SessionTransition,
) =>
  new ProblemException(
    refusal.status,
    refusal.code,
    refusal.status === HttpStatus.CONFLICT ? 'Conflict' : 'Forbidden',
    refusal.message,
    { transition, allowedTransitions: refusal.allowedTransitions, errors: [] },
  );

/** An escalation transition the domain refused while the session ended. */
export const escalationTransitionRefused = (refusal: EscalationRefusal) =>
  new ProblemException(
    refusal.status,
    refusal.code,
    refusal.status === HttpStatus.CONFLICT
      ? 'Conflict'
      : refusal.status === HttpStatus.FORBIDDEN
        ? 'Forbidden'
        : 'Bad Request',
    refusal.message,
    { allowedTransitions: refusal.allowedTransitions, errors: refusal.errors },
  );
