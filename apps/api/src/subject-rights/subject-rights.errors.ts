import { HttpStatus } from '@nestjs/common';
import { ProblemException } from '../common/problem/problem.exception';

export const erasureRefused = (grounds: string[]) =>
  new ProblemException(
    HttpStatus.CONFLICT,
    'erasure-refused',
    'Conflict',
    `The dossier cannot be erased while a legal ground applies (Jeugdwet art. 7.3.9): ${grounds.join(', ')}.`,
  );
