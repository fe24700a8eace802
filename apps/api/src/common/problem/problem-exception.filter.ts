import { safeError } from '../logging/safe-error';
import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { PROBLEM_CONTENT_TYPE, type Problem } from '@sluitend/domain';
import type { Request, Response } from 'express';
import { STATUS_CODES } from 'node:http';
import { dependencyUnavailable, isPostgresUnavailable } from './dependency-unavailable';
import { malformedUuidParams } from './path-param-errors';
import { ProblemException, problemTypeUri } from './problem.exception';

interface ProblemWithHeaders {
  problem: Problem & Record<string, unknown>;
  headers: Record<string, string>;
}

/** Body-parser and other express middleware signal client errors with these fields. */
interface HttpLikeError {
  status?: number;
  statusCode?: number;
  expose?: boolean;
}

/** The single place where any error becomes `application/problem+json`; stack traces stay in the log. */
@Catch()
export class ProblemExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const { problem, headers } = this.toProblem(exception);
    problem.instance = request.originalUrl?.split('?')[0];
    if (problem.status === 400 && !problem['errors'] && problem.detail.includes('uuid is expected')) {
      const errors = malformedUuidParams(request.params);
      if (errors.length > 0) problem['errors'] = errors;
    }
    if (problem.status >= 500) {
      this.logger.error({ err: safeError(exception), status: problem.status }, 'request failed');
    }
    if (response.headersSent) return;
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    response.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }

  private toProblem(caught: unknown): ProblemWithHeaders {
    // Postgres down (a restart, a failover): an honest 503 the client may retry, not a 500.
    const exception = isPostgresUnavailable(caught) ? dependencyUnavailable(['postgres']) : caught;
    if (exception instanceof ProblemException) {
      const { headers = {}, ...extensions } = exception.extensions;
      return {
        problem: {
          type: problemTypeUri(exception.code),
          title: exception.title,
          status: exception.status,
          detail: exception.detail,
          ...extensions,
        },
        headers,
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      const message = typeof body === 'object' && body !== null && 'message' in body ? body.message : body;
      return { problem: this.plain(status, typeof message === 'string' ? message : undefined), headers: {} };
    }
    const httpLike = exception as HttpLikeError | null;
    const status = httpLike?.status ?? httpLike?.statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500 && httpLike?.expose) {
      return { problem: this.plain(status), headers: {} };
    }
    return { problem: this.plain(HttpStatus.INTERNAL_SERVER_ERROR), headers: {} };
  }

  private plain(status: number, detail?: string): Problem & Record<string, unknown> {
    const title = STATUS_CODES[status] ?? 'Error';
    return { type: 'about:blank', title, status, detail: detail ?? title };
  }
}
