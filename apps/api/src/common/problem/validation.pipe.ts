import { HttpStatus, ValidationPipe, type ValidationError } from '@nestjs/common';
import type { FieldError } from '@sluitend/domain';
import { ProblemException } from './problem.exception';

/** Flattens nested class-validator errors into `{field, message}` with dotted paths (`roles.0`). */
export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}

/** Whitelist and forbid unknown fields: a request with anything unexpected changes nothing. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) =>
      new ProblemException(
        HttpStatus.BAD_REQUEST,
        'validation-failed',
        'Bad Request',
        'The request contains invalid or unknown fields.',
        { errors: toFieldErrors(errors) },
      ),
  });
}
