import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { BULL_BOARD_ADAPTER, BullBoardModule } from '@bull-board/nestjs';
import { Inject, Module } from '@nestjs/common';
import type { NextFunction, Response } from 'express';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { QUEUES } from '../../queue/queue.constants';
import { QueueDashboardAccess } from './queue-dashboard-access';
import { QueueDashboardAccessModule } from './queue-dashboard-access.module';
import { QUEUE_DASHBOARD_PATH } from './queue-dashboard.constants';

/**
 * bull-board for admins at /admin/queues, over every queue the API registers. Its writes (retry, clean,
 * pause, promote) stay enabled: its UI sends them with axios, whose defaults echo the XSRF-TOKEN cookie in
 * X-XSRF-TOKEN exactly as the app's CSRF check wants, and none of them can lose or double a reminder:
 * Postgres stays the source of truth (the reconciler re-enqueues what a clean or an empty removed) and
 * delivery is idempotent (a retried job sends nothing twice).
 */
@Module({
  imports: [
    BullBoardModule.forRootAsync({
      imports: [QueueDashboardAccessModule],
      inject: [QueueDashboardAccess],
      useFactory: (access: QueueDashboardAccess) => ({
        route: QUEUE_DASHBOARD_PATH,
        adapter: ExpressAdapter,
        middleware: (request: AuthenticatedRequest, response: Response, next: NextFunction) =>
          access.admit(request, response, next),
        boardOptions: { uiConfig: { boardTitle: 'Sluitend' } },
      }),
    }),
    BullBoardModule.forFeature(
      { name: QUEUES.reminders, adapter: BullMQAdapter },
      { name: QUEUES.maintenance, adapter: BullMQAdapter },
    ),
  ],
})
export class QueueDashboardModule {
  /** bull-board serves through an express app of its own, which would announce itself in X-Powered-By. */
  constructor(@Inject(BULL_BOARD_ADAPTER) adapter: ExpressAdapter) {
    adapter.getRouter().disable('x-powered-by');
  }
}
