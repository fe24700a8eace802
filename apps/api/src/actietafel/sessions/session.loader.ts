import { Injectable } from '@nestjs/common';
import { In, Not, type EntityManager } from 'typeorm';
import { AGREEMENT_RELATIONS } from '../agreements/agreement.mapper';
import { ActietafelSessionEntity } from '../entities/actietafel-session.entity';
import { AgendaItemEntity } from '../entities/agenda-item.entity';
import { AgreementEntity } from '../entities/agreement.entity';
import { DecisionEntity } from '../entities/decision.entity';
import { SessionInviteeEntity } from '../entities/session-invitee.entity';

/** An agenda item with everything said and agreed about it. */
export interface LoadedAgendaItem {
  /** With escalation → case → municipality, and escalation → planVersion. */
  item: AgendaItemEntity;
  decisions: DecisionEntity[];
  agreements: AgreementEntity[];
  /** The escalation's agreements of other sessions that are still open (a follow-up's reason to be there). */
  earlierAgreements: AgreementEntity[];
}

/** A session with its people and agenda, as the mapper needs it. */
export interface LoadedSession {
  /** With chair, minuteTaker and ender. */
  session: ActietafelSessionEntity;
  /** With user → organisation, in the order of their names. */
  invitees: SessionInviteeEntity[];
  items: LoadedAgendaItem[];
}

const ITEM_RELATIONS = { escalation: { case: { municipality: true }, planVersion: true } } as const;

/** Loads sessions and agenda items for the mapper; callers decide (and log) access first. */
@Injectable()
export class SessionLoader {
  async load(manager: EntityManager, sessionId: string): Promise<LoadedSession> {
    const session = await manager.findOneOrFail(ActietafelSessionEntity, {
      where: { id: sessionId },
      relations: { chair: true, minuteTaker: true, ender: true },
    });
    const invitees = await manager.find(SessionInviteeEntity, {
      where: { sessionId },
      relations: { user: { organisation: true } },
    });
    invitees.sort((a, b) => a.user.name.localeCompare(b.user.name, 'nl'));
    const items = await this.items(manager, sessionId);
    return { session, invitees, items };
  }

  /** The agenda in order; with `itemIds`, only those items. */
  async items(manager: EntityManager, sessionId: string, itemIds?: readonly string[]): Promise<LoadedAgendaItem[]> {
    const items = await manager.find(AgendaItemEntity, {
      where: itemIds ? { sessionId, id: In([...itemIds]) } : { sessionId },
      relations: ITEM_RELATIONS,
      order: { position: 'ASC' },
    });
    if (items.length === 0) return [];
    const ids = items.map((item) => item.id);
    const escalationIds = items.map((item) => item.escalationId);
    // One after another: inside a transaction every query runs on the same connection anyway.
    const decisions = await manager.find(DecisionEntity, {
      where: { agendaItemId: In(ids) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const agreements = await manager.find(AgreementEntity, {
      where: { agendaItemId: In(ids) },
      relations: AGREEMENT_RELATIONS,
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const earlier = await manager.find(AgreementEntity, {
      where: { escalationId: In(escalationIds), sessionId: Not(sessionId), status: 'open' },
      relations: AGREEMENT_RELATIONS,
      order: { deadline: 'ASC', id: 'ASC' },
    });
    return items.map((item) => ({
      item,
      decisions: decisions.filter((decision) => decision.agendaItemId === item.id),
      agreements: agreements.filter((agreement) => agreement.agendaItemId === item.id),
      earlierAgreements: earlier.filter((agreement) => agreement.escalationId === item.escalationId),
    }));
  }

  /** The cases on the agenda, in agenda order: what an access-log event names before anything is loaded. */
  async agendaCaseIds(manager: EntityManager, sessionId: string): Promise<string[]> {
    const rows: Array<{ case_id: string }> = await manager.query(
      `SELECT e.case_id FROM agenda_item ai JOIN escalation e ON e.id = ai.escalation_id
        WHERE ai.session_id = $1 ORDER BY ai.position`,
      [sessionId],
    );
    return [...new Set(rows.map((row) => row.case_id))];
  }
}
