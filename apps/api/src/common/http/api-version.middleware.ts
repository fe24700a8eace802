import type { NextFunction, Request, Response } from 'express';
import { API_VERSION } from '@sluitend/domain';

/** Dutch API Design Rules (/core/version-header): every response names the full API version. */
export function apiVersionHeader(_request: Request, response: Response, next: NextFunction): void {
  response.setHeader('API-Version', API_VERSION);
  next();
}
