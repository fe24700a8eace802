import { HttpStatus } from '@nestjs/common';
import { ProblemException } from '../common/problem/problem.exception';

export const planNotStarted = (caseId: string) =>
  new ProblemException(
    HttpStatus.NOT_FOUND,
    'toekomstplan-not-started',
    'Not Found',
    `Case ${caseId} has no toekomstplan yet.`,
  );

export const planVersionNotFound = (number: number) =>
  new ProblemException(
    HttpStatus.NOT_FOUND,
    'not-found',
    'Not Found',
    `Version ${number} of this toekomstplan does not exist.`,
  );

/** Carries the current number so the client can fetch it, show what changed and offer a merge. */
export const planVersionConflict = (basedOn: number | null, current: number) =>
  new ProblemException(
    HttpStatus.CONFLICT,
    'version-conflict',
    'Conflict',
    `The toekomstplan was saved by someone else in the meantime (now version ${current}, you edited ${basedOn ?? 'no version'}).`,
    { currentVersion: current },
  );

export const actionNotFound = (actionId: string) =>
  new ProblemException(
    HttpStatus.NOT_FOUND,
    'not-found',
    'Not Found',
    `Action ${actionId} is not in the current toekomstplan.`,
  );

export const notActionOwner = () =>
  new ProblemException(
    HttpStatus.FORBIDDEN,
    'action-owner-only',
    'Forbidden',
    "Only the action's owner or the casusregisseur may change its status.",
  );
