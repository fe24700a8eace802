import { HttpStatus } from '@nestjs/common';
import type { FieldError } from '@sluitend/domain';
import { ProblemException } from '../common/problem/problem.exception';

/** The same answer for "does not exist" and "not yours": a non-member must not learn that a case exists. */
export const caseNotFound = (id: string) =>
  new ProblemException(
    HttpStatus.NOT_FOUND,
    'case-not-found',
    'Not Found',
    `Case ${id} does not exist or is not shared with you.`,
  );

export const onlyCasusregisseur = () =>
  new ProblemException(
    HttpStatus.FORBIDDEN,
    'casusregisseur-only',
    'Forbidden',
    'Only the casusregisseur of this case may do this.',
  );

export const invalidCaseInput = (errors: FieldError[]) =>
  new ProblemException(
    HttpStatus.BAD_REQUEST,
    'validation-failed',
    'Bad Request',
    'The request contains invalid fields.',
    { errors },
  );

export const alreadyOnTeam = () =>
  new ProblemException(
    HttpStatus.CONFLICT,
    'already-team-member',
    'Conflict',
    'This professional is already on the team.',
    {
      errors: [{ field: 'userId', message: 'userId is already a team member' }],
    },
  );

export const cannotRemoveCasusregisseur = () =>
  new ProblemException(
    HttpStatus.CONFLICT,
    'casusregisseur-cannot-leave',
    'Conflict',
    'The casusregisseur cannot be removed; hand over the role to another team member first.',
  );

export const notOnTeam = (field: string) =>
  invalidCaseInput([{ field, message: `${field} must be a member of the case team` }]);

export const teamMemberNotFound = (id: string) =>
  new ProblemException(
    HttpStatus.NOT_FOUND,
    'not-found',
    'Not Found',
    `Team member ${id} does not exist in this case.`,
  );

export const networkMemberNotFound = (id: string) =>
  new ProblemException(
    HttpStatus.NOT_FOUND,
    'not-found',
    'Not Found',
    `Network member ${id} does not exist in this case.`,
  );

/**
 * One dossier per jongere. Says only that one exists — not whose, nor who leads it — to a professional who may
 * not be on its team; the refusal is in the access log, so the casusregisseur sees who tried.
 */
export const caseAlreadyExists = () =>
  new ProblemException(
    HttpStatus.CONFLICT,
    'case-already-exists',
    'Conflict',
    'A case with this BSN already exists; ask its casusregisseur to add you to the team.',
    { errors: [{ field: 'bsn', message: 'bsn belongs to an existing case' }] },
  );
