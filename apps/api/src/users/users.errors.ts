import { HttpStatus } from '@nestjs/common';
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
