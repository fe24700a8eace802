import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { DataSource, type EntityManager } from 'typeorm';
import { SESSION_TABLE } from './session-data';

@Injectable()
export class SessionService {
  constructor(private readonly dataSource: DataSource) {}

  /** A fresh session id at sign-in prevents session fixation. */
  async establish(request: Request, userId: string, method: string): Promise<void> {
    await new Promise<void>((resolve, reject) =>
      request.session.regenerate((error) => (error ? reject(error) : resolve())),
    );
    request.session.userId = userId;
    request.session.method = method;
    await new Promise<void>((resolve, reject) => request.session.save((error) => (error ? reject(error) : resolve())));
  }

  async end(request: Request): Promise<void> {
    if (!request.session) return;
    await new Promise<void>((resolve, reject) =>
      request.session.destroy((error) => (error ? reject(error) : resolve())),
    );
  }

  /** Ends every session of a user at once, e.g. when an admin deactivates the account. */
  async endAllFor(userId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(`DELETE FROM "${SESSION_TABLE}" WHERE "sess"->>'userId' = $1`, [userId]);
  }
}
