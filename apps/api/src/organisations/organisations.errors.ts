import { HttpStatus } from '@nestjs/common';
import { ProblemException } from '../common/problem/problem.exception';

export const organisationNameTaken = (name: string) =>
  new ProblemException(
    HttpStatus.CONFLICT,
    'organisation-name-taken',
    'Conflict',
    `An organisation named "${name}" already exists in this region.`,
    {
      errors: [{ field: 'name', message: 'name is already used in this region' }],
    },
  );

export const unknownRegion = () =>
  new ProblemException(HttpStatus.BAD_REQUEST, 'validation-failed', 'Bad Request', 'The region does not exist.', {
    errors: [{ field: 'regionId', message: 'regionId must refer to an existing region' }],
  });

export const organisationNotFound = (id: string) =>
  new ProblemException(HttpStatus.NOT_FOUND, 'not-found', 'Not Found', `Organisation ${id} does not exist.`);
