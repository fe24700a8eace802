import { HttpStatus } from '@nestjs/common';
import type { FieldError } from '@sluitend/domain';
import { ProblemException } from '../common/problem/problem.exception';

export const invalidMonitoringFilter = (errors: FieldError[]) =>
  new ProblemException(
    HttpStatus.BAD_REQUEST,
    'validation-failed',
    'Bad Request',
    'De filter van het dashboard is ongeldig.',
    { errors },
  );
