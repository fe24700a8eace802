import { HttpStatus } from '@nestjs/common';
import { ProblemException } from '../../common/problem/problem.exception';

export const agreementNotFound = (id: string) =>
  new ProblemException(
    HttpStatus.NOT_FOUND,
    'agreement-not-found',
    'Not Found',
    `Agreement ${id} does not exist or is not yours to change.`,
  );

export const agreementChanged = (currentVersion: number, yourVersion: number) =>
  new ProblemException(
    HttpStatus.CONFLICT,
    'agreement-changed',
    'Conflict',
    `The agreement was changed by someone else (now version ${currentVersion}, you had ${yourVersion}). Reload and try again.`,
    { currentVersion },
  );

export const escalationClosed = () =>
  new ProblemException(
    HttpStatus.CONFLICT,
    'escalation-closed',
    'Conflict',
    'The escalation of this agreement is closed: its agreements can no longer change.',
  );

export const onlyCoordinatorMay = (what: string) =>
  new ProblemException(
    HttpStatus.FORBIDDEN,
    'coordinator-only',
    'Forbidden',
    `Only the coordinator of the region may ${what}; the owner marks an agreement done or open.`,
  );

export const onlyCoordinatorLists = () =>
  new ProblemException(
    HttpStatus.FORBIDDEN,
    'coordinator-only',
    'Forbidden',
    "Only the Actietafel coordinator sees the region's agreements; ask for owner=mine for your own.",
  );
