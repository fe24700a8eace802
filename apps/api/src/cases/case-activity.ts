import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '../common/time/clock';
import { ReminderPlanner } from '../reminders/reminder-planner';

/**
 * Records a change to a case's plan, actions or team (`case_file.last_activity_at`) and moves its
 * stagnation reminder along, in the caller's transaction.
 */
@Injectable()
export class CaseActivity {
  constructor(
    private readonly clock: Clock,
    private readonly reminders: ReminderPlanner,
  ) {}

  async record(manager: EntityManager, caseId: string): Promise<void> {
    // Plain SQL: an update through the entity would raise the case's version and make clients' edits stale.
    await manager.query(`UPDATE case_file SET last_activity_at = $2 WHERE id = $1`, [caseId, this.clock.now()]);
    await this.reminders.planStagnation(manager, caseId);
  }
}
