import type { NextFunction, Request, Response } from 'express';

/**
 * Every API answer may carry a jongere's data (JSON, PDF, XLSX, CSV, and a problem naming a case): no browser,
 * proxy or shared computer keeps a copy (ASVS 14.3.2). Static web assets are not under /api and stay cacheable.
 */
export function noStore(request: Request, response: Response, next: NextFunction): void {
  if (request.path.startsWith('/api')) response.setHeader('Cache-Control', 'no-store');
  next();
}
