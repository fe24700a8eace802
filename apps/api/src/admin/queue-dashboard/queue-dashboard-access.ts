import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { AuditAction } from '@sluitend/domain';
import type { NextFunction, Response } from 'express';
import { DataSource, type Repository } from 'typeorm';
import { AuditLog } from '../../audit/audit-log.service';
import { forbidden, notSignedIn } from '../../auth/auth.errors';
import type { AuthenticatedRequest, AuthenticatedUser } from '../../auth/authenticated-user';
import { sessionUser } from '../../auth/session-user';
import { UserEntity } from '../../users/entities/user.entity';
import { QUEUE_DASHBOARD_PATH, QUEUE_DASHBOARD_RESOURCE } from './queue-dashboard.constants';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The dashboard is an express router, not a Nest controller, so the global guards never see it: this
 * middleware is its door. The same session as the API, the admin role, and (because it runs after the
 * app-wide CSRF check) the same protection for the dashboard's own writes.
 */
@Injectable()
export class QueueDashboardAccess {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly audit: AuditLog,
    private readonly dataSource: DataSource,
  ) {}

  async admit(request: AuthenticatedRequest, _response: Response, next: NextFunction): Promise<void> {
    const user = await sessionUser(request, this.users);
    if (!user) throw notSignedIn();
    if (!user.roles.includes('admin')) throw forbidden();
    request.user = user;
    const action = this.auditedAction(request);
    if (action) await this.record(user, action, request);
    next();
  }

  /**
   * Opening the page and every change are logged; the UI's polling of its JSON api (every few seconds)
   * is not, or the log would drown in it. The jobs it shows carry a reminder id only, no personal data.
   */
  private auditedAction(request: AuthenticatedRequest): AuditAction | null {
    if (!SAFE_METHODS.has(request.method)) return request.method === 'DELETE' ? 'delete' : 'update';
    const path = this.dashboardPath(request);
    const isPage = request.method === 'GET' && !path.startsWith('/api/') && !path.startsWith('/static/');
    return isPage ? 'read' : null;
  }

  /** Written before the change runs: Redis has no transaction to share, and no audit means no change. */
  private async record(user: AuthenticatedUser, action: AuditAction, request: AuthenticatedRequest): Promise<void> {
    await this.audit.write(this.dataSource.manager, {
      actor: user,
      caseIds: [],
      action,
      resource: QUEUE_DASHBOARD_RESOURCE,
      // Which operation, e.g. /api/queues/reminders/retry/failed: queue names and job ids, nothing personal.
      fields: action === 'read' ? [] : [this.dashboardPath(request)],
      ground: 'role',
    });
  }

  private dashboardPath(request: AuthenticatedRequest): string {
    const path = request.originalUrl.split('?')[0];
    return path.startsWith(QUEUE_DASHBOARD_PATH) ? path.slice(QUEUE_DASHBOARD_PATH.length) || '/' : path;
  }
}
