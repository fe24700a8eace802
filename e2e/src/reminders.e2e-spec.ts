import type { Browser } from 'playwright-core';
import {
  DEFAULT_LIFE_DOMAINS,
  emptyToekomstplan,
  reminderTitle,
  type NotificationResponse,
  type ToekomstplanContent,
} from '@sluitend/domain';
import { openCase } from './support/api';
import { Sessions, launchBrowser } from './support/browser';
import { WAIT } from './support/case-pages';
import { baseUrl } from './support/environment';
import { newJongere, today } from './support/jongeren';
import { sleep } from './support/reminder-rig';

const SANNE = 'jongerenwerker@demo.sluitend.nl';

function daysAgo(days: number): string {
  const date = new Date(`${today()}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

/** The bell's accessible name: "Meldingen" alone, or with the unread count. */
function unreadIn(name: string): number {
  return Number(/^Meldingen, (\d+) ongelezen$/.exec(name)?.[1] ?? 0);
}

/**
 * A deadline that passes reaches its owner through the whole pipeline of the production build: the plan's
 * save writes the reminders, the worker started beside the API (global set-up) relays and delivers them,
 * and the owner's bell shows the notification.
 */
describe('reminders in the browser', () => {
  let browser: Browser;
  const sessions = new Sessions(() => browser);

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterEach(() => sessions.closeAll());

  afterAll(() => browser.close());

  it("shows a passed deadline of an action in its owner's bell, and following it marks it read", async () => {
    const sanne = await sessions.signIn(SANNE);
    const me = await sanne.api.get<{ id: string }>('/auth/me');
    const jongere = newJongere();
    const dossier = await openCase(sanne.api, jongere);
    // Two days ago or earlier: the "passed" reminder fell due at 08:00 yesterday at the latest, whatever the
    // hour of this run. Titles name only a date, so a day none of Sanne's notifications (the demo's) names yet.
    const before = new Set((await sanne.api.get<NotificationResponse[]>('/notifications')).map((n) => n.title));
    let back = 2;
    while (before.has(reminderTitle('action-deadline-passed', { aboutDate: daysAgo(back) }))) back++;
    const deadline = daysAgo(back);
    const content: ToekomstplanContent = emptyToekomstplan(DEFAULT_LIFE_DOMAINS, jongere.dateOfBirth, today());
    content.domains[0].goals = [
      {
        id: 'goal-1',
        description: 'Een eigen kamer',
        actions: [
          {
            id: 'action-1',
            description: 'Inschrijven bij de woningcorporatie',
            owner: { userId: me.id, organisationId: null },
            deadline,
            status: 'open',
          },
        ],
      },
    ];
    await sanne.api.call('PUT', `/cases/${dossier.id}/toekomstplan`, { basedOnVersion: null, content });

    const passed = reminderTitle('action-deadline-passed', { aboutDate: deadline });
    const soon = reminderTitle('action-deadline-soon', { aboutDate: deadline });
    let notification: NotificationResponse | undefined;
    const end = Date.now() + 30_000;
    // The worker relays every second; both of the action's reminders are due, so both arrive.
    for (;;) {
      const mine = await sanne.api.get<NotificationResponse[]>('/notifications');
      notification = mine.find((n) => n.title === passed);
      if (notification && mine.some((n) => n.title === soon)) break;
      if (Date.now() > end) throw new Error('the worker did not deliver the reminders within 30 s');
      await sleep(250);
    }
    expect(notification.readAt).toBeNull();
    expect(notification.kind).toBe('reminder');

    const page = sanne.page;
    await page.goto(`${baseUrl()}/cases/${dossier.id}/overview`);
    const bell = page.getByRole('button', { name: /^Meldingen, \d+ ongelezen$/ });
    await bell.waitFor(WAIT);
    const unread = unreadIn((await bell.getAttribute('aria-label')) ?? '');
    expect(unread).toBeGreaterThanOrEqual(2);
    expect(await page.locator('[data-testid="notification-badge"]').innerText()).toBe(
      unread > 99 ? '99+' : String(unread),
    );

    await bell.click();
    const panel = page.getByRole('dialog', { name: 'Meldingen' });
    await panel.waitFor(WAIT);
    const link = panel.getByRole('link', { name: passed });
    await link.waitFor(WAIT);
    const item = panel.locator('[data-testid="notification-item"]', { has: page.getByRole('link', { name: passed }) });
    expect(await item.getAttribute('data-unread')).toBe('true');

    await link.click();
    await page.waitForURL(`${baseUrl()}${notification.link}`, WAIT);
    const left = unread - 1;
    await page
      .getByRole('button', { name: left > 0 ? `Meldingen, ${left} ongelezen` : 'Meldingen', exact: true })
      .waitFor(WAIT);
    const after = await sanne.api.get<NotificationResponse[]>('/notifications');
    expect(after.find((n) => n.id === notification?.id)?.readAt).not.toBeNull();
    expect(after.find((n) => n.title === soon)?.readAt).toBeNull();
  });
});
