import { HttpStatus } from '@nestjs/common';
import { ProblemException } from '../common/problem/problem.exception';

export const consentRequired = (casusregisseur: { userId: string; name: string; organisationName: string }) =>
  new ProblemException(
    HttpStatus.FORBIDDEN,
    'consent-required',
    'Forbidden',
    'Your organisation has no valid consent or legal ground for this case; ask its casusregisseur.',
    { casusregisseur },
  );

export const readOnlyAccess = () =>
  new ProblemException(
    HttpStatus.FORBIDDEN,
    'read-only-access',
    'Forbidden',
    'Emergency access lets you read this case, not change it.',
  );

export const caseRestricted = () =>
  new ProblemException(
    HttpStatus.CONFLICT,
    'case-restricted',
    'Conflict',
    'Processing of this case is restricted (AVG art. 18): it can be read, not changed, until the restriction is lifted.',
  );

export const ambiguousCase = () =>
  new ProblemException(
    HttpStatus.CONFLICT,
    'ambiguous-case',
    'Conflict',
    'More than one case matches this last name and date of birth; give the BSN.',
    { errors: [{ field: 'bsn', message: 'bsn is needed to tell the matching cases apart' }] },
  );

export const emergencyAccessNeedsSubject = () =>
  new ProblemException(
    HttpStatus.BAD_REQUEST,
    'validation-failed',
    'Bad Request',
    'The request contains invalid fields.',
    {
      errors: [{ field: 'bsn', message: 'bsn, or lastName and dateOfBirth, must name the jongere' }],
    },
  );
