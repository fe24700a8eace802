import { addMonths, type ConsentGiver } from '@sluitend/domain';
import type { EntityManager } from 'typeorm';
import type { ReminderPlanner } from '../reminders/reminder-planner';
import { plusDays } from './demo-calendar';
import { openDemoCase, type DemoPeople } from './demo-cases';

/**
 * Two jongeren whose milestones on the age clock no other demo jongere reaches: 18 and 23, each a few
 * days before the seed, so the demo delivers those reminders at once. Opened three weeks ago, without a
 * plan yet. Returns their ids by first name.
 */
export async function seedAgeClockJongeren(manager: EntityManager, people: DemoPeople): Promise<Map<string, string>> {
  const openedOn = plusDays(people.today, -20);
  const jongeren = [
    {
      firstName: 'Bram',
      lastName: 'Visser',
      dateOfBirth: addMonths(plusDays(people.today, -2), -18 * 12),
      municipality: 'Tiel',
      casusregisseur: 'jeugdhulp@demo.sluitend.nl',
      part: 'behandelaar jeugd-GGZ',
    },
    {
      firstName: 'Naomi',
      lastName: 'Bos',
      dateOfBirth: addMonths(plusDays(people.today, -3), -23 * 12),
      municipality: 'Buren',
      casusregisseur: 'jongerenwerker@demo.sluitend.nl',
      part: 'trajectbegeleider',
    },
  ];
  const ids = new Map<string, string>();
  for (const jongere of jongeren) {
    const givenBy: ConsentGiver[] = ['jongere'];
    ids.set(jongere.firstName, await openDemoCase(manager, people, { ...jongere, bsn: null, givenBy, openedOn }));
  }
  return ids;
}

/**
 * Once the demo's history is written: each case's last change to plan, actions or team (the history was
 * written with its own moments, not the clock), then every reminder of every case, planned as the api
 * plans it with each change, in the seed's transaction.
 */
export async function planDemoReminders(manager: EntityManager, planner: ReminderPlanner): Promise<void> {
  await manager.query(
    `UPDATE case_file c SET last_activity_at = GREATEST(
       c.created_at,
       (SELECT MAX(v.created_at) FROM toekomstplan_version v WHERE v.case_id = c.id),
       (SELECT MAX(m.added_at) FROM case_team_member m WHERE m.case_id = c.id))`,
  );
  // A closed case is planned nothing (the planner would only cancel what it has, and a fresh seed has none):
  // skipping them keeps the seed fast with the Actietafel history's closed dossiers (demo-monitoring.ts).
  const cases: Array<{ id: string }> = await manager.query(
    `SELECT id FROM case_file WHERE status = 'open' ORDER BY created_at, id`,
  );
  for (const { id } of cases) await planner.planCase(manager, id);
}
