import { HttpStatus } from '@nestjs/common';
import { ProblemException } from '../common/problem/problem.exception';

/** Someone else's notification answers the same as one that does not exist. */
export const notificationNotFound = (id: string) =>
  new ProblemException(HttpStatus.NOT_FOUND, 'not-found', 'Not Found', `Notification ${id} does not exist.`);
