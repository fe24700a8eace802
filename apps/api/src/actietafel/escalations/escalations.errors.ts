import { HttpStatus } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import type { EscalationRefusal, EscalationState, FieldError } from '@sluitend/domain';
import { ProblemException } from '../../common/problem/problem.exception';

/** The same answer for "does not exist" and "not yours to see": nobody learns that an escalation exists. */
export const escalationNotFound = (id: string) =>
  new ProblemException(
    HttpStatus.NOT_FOUND,
    'escalation-not-found',
    'Not Found',
    `Escalation ${id} does not exist or is not shared with you.`,
  );

/** A transition the state machine refused: its status, code and message, and what the state allows. */
export const transitionRefused = (refusal: EscalationRefusal) =>
  new ProblemException(refusal.status, refusal.code, STATUS_CODES[refusal.status] ?? 'Error', refusal.message, {
    state: refusal.state,
    transition: refusal.transition,
    allowedTransitions: refusal.allowedTransitions,
    errors: refusal.errors,
  });

/** Someone else changed the escalation since the version the actor saw. */
export const escalationChanged = (currentVersion: number, yourVersion: number) =>
  new ProblemException(
    HttpStatus.CONFLICT,
    'escalation-changed',
    'Conflict',
    `The escalation was changed by someone else (now version ${currentVersion}, you had ${yourVersion}). Reload and try again.`,
    { currentVersion },
  );

export const escalationNotEditable = (state: EscalationState) =>
  new ProblemException(
    HttpStatus.CONFLICT,
    'escalation-not-editable',
    'Conflict',
    `The request of an escalation that is ${state} can no longer be changed; only a draft or a returned one can.`,
    { state },
  );

export const onlyDraftsDeleted = (state: EscalationState) =>
  new ProblemException(
    HttpStatus.CONFLICT,
    'escalation-not-draft',
    'Conflict',
    `Only a draft can be deleted; this escalation is ${state}.`,
    { state },
  );

export const invalidEscalationInput = (errors: FieldError[]) =>
  new ProblemException(
    HttpStatus.BAD_REQUEST,
    'validation-failed',
    'Bad Request',
    'The request contains invalid fields.',
    {
      errors,
    },
  );

export const sessionNotSchedulable = (state: string) =>
  new ProblemException(
    HttpStatus.CONFLICT,
    'session-not-open',
    'Conflict',
    `Escalations can only be put on a session that is planned or whose agenda was sent; this one is ${state}.`,
    { errors: [{ field: 'sessionId', message: `the session is ${state}` }] },
  );

export const planVersionNotAttached = (id: string) =>
  new ProblemException(
    HttpStatus.NOT_FOUND,
    'plan-version-not-attached',
    'Not Found',
    `Escalation ${id} has no toekomstplan version attached: the case had no plan when it was submitted.`,
  );
