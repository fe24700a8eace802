import { Injectable } from '@nestjs/common';
import type { MinutesResponse } from '@sluitend/domain';
import { DataSource } from 'typeorm';
import { ActietafelAccessPolicy } from '../../access/actietafel-access.policy';
import type { AuditedAs } from '../../access/case-access.policy';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { ActietafelSessionEntity } from '../entities/actietafel-session.entity';
import { renderMinutesPdf } from './pdf/minutes-pdf';
import { SessionGate } from './session.gate';
import { SessionLoader } from './session.loader';
import { minutesFileName } from './session-texts';
import { minutesNotReady } from './sessions.errors';

const MINUTES_FIELDS = ['subject', 'question', 'summary', 'decisions', 'agreements', 'attendance'];

/**
 * The minutes (verslag) of an ended session, as generated when it ended: for the coordinator always, for
 * the chair, minute-taker and invited members within the view window. Each read is logged first.
 */
@Injectable()
export class SessionMinutesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: ActietafelAccessPolicy,
    private readonly gate: SessionGate,
    private readonly loader: SessionLoader,
  ) {}

  minutes(user: AuthenticatedUser, sessionId: string): Promise<MinutesResponse> {
    return this.read(user, sessionId, { action: 'read', resource: 'actietafel-minutes', fields: MINUTES_FIELDS });
  }

  /** The same minutes as a PDF to keep: an export, logged as one. */
  async pdf(user: AuthenticatedUser, sessionId: string): Promise<{ fileName: string; content: Buffer }> {
    const minutes = await this.read(user, sessionId, {
      action: 'export',
      resource: 'actietafel-minutes-pdf',
      fields: MINUTES_FIELDS,
    });
    return { fileName: minutesFileName(new Date(minutes.startsAt)), content: await renderMinutesPdf(minutes) };
  }

  private async read(user: AuthenticatedUser, sessionId: string, as: AuditedAs): Promise<MinutesResponse> {
    const manager = this.dataSource.manager;
    const opened = await this.gate.open(user, sessionId, as);
    if (opened.session.state !== 'ended') throw minutesNotReady();
    await this.gate.requireContent(user, opened, as);
    await this.policy.recordRead(user, await this.loader.agendaCaseIds(manager, sessionId), as, sessionId);
    const session = await manager.findOne(ActietafelSessionEntity, {
      where: { id: sessionId },
      select: { id: true, minutes: true },
    });
    if (!session?.minutes) throw minutesNotReady();
    return session.minutes;
  }
}
