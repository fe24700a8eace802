import { HttpStatus } from '@nestjs/common';
import type { RoleCombinationProblem } from '@sluitend/domain';
import { ProblemException } from '../common/problem/problem.exception';

export const emailTaken = () =>
  new ProblemException(
    HttpStatus.CONFLICT,
    'email-taken',
    'Conflict',
    'A user with this email address already exists.',
    {
      errors: [{ field: 'email', message: 'email is already in use' }],
    },
  );

export const unknownOrganisation = () =>
  new ProblemException(HttpStatus.BAD_REQUEST, 'validation-failed', 'Bad Request', 'The organisation does not exist.', {
    errors: [{ field: 'organisationId', message: 'organisationId must refer to an existing organisation' }],
  });

export const userNotFound = (id: string) =>
  new ProblemException(HttpStatus.NOT_FOUND, 'not-found', 'Not Found', `User ${id} does not exist.`);

export const cannotDemoteYourself = () =>
  new ProblemException(
    HttpStatus.CONFLICT,
    'own-admin-rights',
    'Conflict',
    'You cannot deactivate yourself or remove your own admin role; ask another admin.',
  );

export const cannotChangeOwnRoles = () =>
  new ProblemException(
    HttpStatus.FORBIDDEN,
    'own-roles',
    'Forbidden',
    'Nobody changes their own roles: another admin grants or takes them away.',
  );

const COMBINATION_MESSAGES: Record<RoleCombinationProblem, string> = {
  'admin-with-case-content':
    'admin cannot be combined with a role that reaches case content (professional or an Actietafel role); give the case work a second account',
  'admin-with-privacy-officer':
    'admin cannot be combined with privacy-officer: the privacy officer checks what admins grant',
};

export const rolesNotCombinable = (problem: RoleCombinationProblem) =>
  new ProblemException(HttpStatus.BAD_REQUEST, 'validation-failed', 'Bad Request', 'These roles cannot go together.', {
    errors: [{ field: 'roles', message: COMBINATION_MESSAGES[problem] }],
  });
