import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CaseAccessPolicy } from '../access/case-access.policy';
import { CaseEventEntity } from './entities/case-event.entity';
import type { TimelineEntryDto } from './dto/timeline-entry.dto';

export interface CaseEventInput {
  caseId: string;
  actorUserId: string | null;
  kind: string;
  summary: string;
  /** Field names and ids only: never the values of personal data such as a BSN. */
  details?: Record<string, unknown>;
}

@Injectable()
export class CaseTimeline {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccessPolicy,
  ) {}

  /** Written in the caller's transaction, so a change and its timeline entry stand or fall together. */
  async record(manager: EntityManager, event: CaseEventInput): Promise<void> {
    await manager.save(manager.create(CaseEventEntity, { ...event, details: event.details ?? {} }));
  }

  async list(user: AuthenticatedUser, caseId: string): Promise<TimelineEntryDto[]> {
    await this.access.read(user, caseId, { action: 'read', resource: 'case-timeline' });
    return this.entries(caseId, 'DESC', 500);
  }

  /** The whole timeline, oldest first, for a caller that has already been granted access (the inzage). */
  all(caseId: string): Promise<TimelineEntryDto[]> {
    return this.entries(caseId, 'ASC');
  }

  private async entries(caseId: string, order: 'ASC' | 'DESC', take?: number): Promise<TimelineEntryDto[]> {
    const events = await this.dataSource.getRepository(CaseEventEntity).find({
      where: { caseId },
      relations: { actor: true },
      order: { at: order },
      take,
    });
    return events.map((event) => ({
      id: event.id,
      at: event.at.toISOString(),
      actor: event.actor ? { userId: event.actor.id, name: event.actor.name } : null,
      kind: event.kind,
      summary: event.summary,
      details: event.details,
    }));
  }
}
