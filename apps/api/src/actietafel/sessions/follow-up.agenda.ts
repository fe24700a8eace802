import { DEFAULT_AGENDA_ITEM_MINUTES } from '@sluitend/domain';
import type { EntityManager } from 'typeorm';
import { AgendaItemEntity } from '../entities/agenda-item.entity';

/**
 * The escalations of a region that come back to the table by themselves: handled at an earlier session
 * (agreements running), with agreements made there still open, and not yet on the agenda of another
 * session that has not ended.
 */
async function followUpCandidates(manager: EntityManager, session: { id: string; regionId: string }) {
  const rows: Array<{ id: string }> = await manager.query(
    `SELECT e.id
       FROM escalation e
      WHERE e.region_id = $1
        AND e.state = 'agreements-running'
        AND EXISTS (SELECT 1 FROM agreement a
                     WHERE a.escalation_id = e.id AND a.status = 'open' AND a.session_id <> $2)
        AND NOT EXISTS (SELECT 1 FROM agenda_item ai JOIN actietafel_session s ON s.id = ai.session_id
                         WHERE ai.escalation_id = e.id AND s.id <> $2 AND s.state NOT IN ('ended', 'cancelled'))
      ORDER BY e.urgency = 'urgent' DESC, e.submitted_at ASC NULLS LAST, e.id`,
    [session.regionId, session.id],
  );
  return rows.map((row) => row.id);
}

/** Agenda positions run 1..n without gaps, in their current order. */
export async function renumberAgenda(manager: EntityManager, sessionId: string): Promise<void> {
  await manager.query(
    `UPDATE agenda_item SET position = ordered.n, version = agenda_item.version + 1
       FROM (SELECT id, row_number() OVER (ORDER BY position, id) AS n FROM agenda_item WHERE session_id = $1) ordered
      WHERE agenda_item.id = ordered.id AND agenda_item.position <> ordered.n`,
    [sessionId],
  );
}

/**
 * Brings the session's follow-up items up to date: adds every candidate not yet on the agenda (at the end,
 * with the default time box), and takes off follow-ups not yet discussed that no longer need the table.
 */
export async function refreshFollowUps(
  manager: EntityManager,
  session: { id: string; regionId: string },
): Promise<void> {
  const candidates = await followUpCandidates(manager, session);
  const current = await manager.find(AgendaItemEntity, { where: { sessionId: session.id } });
  const onAgenda = new Set(current.map((item) => item.escalationId));
  const stale = current.filter(
    (item) => item.kind === 'follow-up' && item.phase === 'pending' && !candidates.includes(item.escalationId),
  );
  if (stale.length > 0)
    await manager.delete(
      AgendaItemEntity,
      stale.map((item) => item.id),
    );
  const added = candidates.filter((escalationId) => !onAgenda.has(escalationId));
  let position = current.reduce((max, item) => Math.max(max, item.position), 0);
  if (added.length > 0)
    await manager.insert(
      AgendaItemEntity,
      added.map((escalationId) => ({
        sessionId: session.id,
        escalationId,
        position: ++position,
        kind: 'follow-up' as const,
        minutesPlanned: DEFAULT_AGENDA_ITEM_MINUTES['follow-up'],
        phase: 'pending' as const,
        version: 1,
      })),
    );
  await renumberAgenda(manager, session.id);
}

/** A cancelled session gives its follow-ups back: the next session picks them up. */
export async function removeFollowUps(manager: EntityManager, sessionId: string): Promise<void> {
  await manager.delete(AgendaItemEntity, { sessionId, kind: 'follow-up' });
  await renumberAgenda(manager, sessionId);
}
