import { HttpStatus } from '@nestjs/common';
import { ProblemException } from '../common/problem/problem.exception';

export const consentNotFound = (id: string) =>
  new ProblemException(HttpStatus.NOT_FOUND, 'not-found', 'Not Found', `Consent ${id} does not exist in this case.`);

export const consentAlreadyWithdrawn = () =>
  new ProblemException(
    HttpStatus.CONFLICT,
    'consent-already-withdrawn',
    'Conflict',
    'This consent has already been withdrawn.',
  );
