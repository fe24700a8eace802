import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DataSource, type EntityManager } from 'typeorm';
import { issueXsrfToken } from './csrf.middleware';
import { SESSION_COOKIE, SESSION_TABLE } from './session-data';
import { SigningKey } from './signing-key';

@Injectable()
export class SessionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly signingKey: SigningKey,
  ) {}

  /**
   * A fresh session id at sign-in prevents session fixation; the CSRF token is rotated with it, so a token
   * handed out before sign-in is worthless afterwards.
   */
  async establish(request: Request, response: Response, userId: string, method: string): Promise<void> {
    await new Promise<void>((resolve, reject) =>
      request.session.regenerate((error) => (error ? reject(error) : resolve())),
    );
    request.session.userId = userId;
    request.session.method = method;
    request.session.signedInAt = Date.now();
    await new Promise<void>((resolve, reject) => request.session.save((error) => (error ? reject(error) : resolve())));
    issueXsrfToken(this.signingKey.current(), request, response);
  }

  /** Ends the session in the store and in the browser: no session cookie is left behind, and a new CSRF token. */
  async end(request: Request, response: Response): Promise<void> {
    if (request.session) {
      await new Promise<void>((resolve, reject) =>
        request.session.destroy((error) => (error ? reject(error) : resolve())),
      );
    }
    response.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'strict', secure: request.secure });
    issueXsrfToken(this.signingKey.current(), request, response);
  }

  /** Ends every session of a user at once, e.g. when an admin deactivates the account. */
  async endAllFor(userId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(`DELETE FROM "${SESSION_TABLE}" WHERE "sess"->>'userId' = $1`, [userId]);
  }
}
