import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { NotificationResponse } from '@sluitend/domain';
import { provideFixedClock } from '../../testing/cases';
import { translocoTesting } from '../../testing/transloco-testing';
import { signIn } from '../../testing/users';
import { AuthService } from '../core/auth/auth.service';
import { UNREAD_POLL_INTERVAL_MS } from '../core/notifications/poll-unread-count';
import { NotificationBell, badgeText } from './notification-bell';

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class SomePage {}

const SUMMARY = '/api/v1/notifications/summary';
const LIST = '/api/v1/notifications';

function aNotification(overrides: Partial<NotificationResponse> = {}): NotificationResponse {
  return {
    id: 'n-1',
    kind: 'reminder',
    title: 'De deadline van een actie is over 3 dagen',
    link: '/cases/case-1/toekomstplan',
    // Five minutes before the fixed clock.
    createdAt: '2026-03-05T09:55:00Z',
    readAt: null,
    ...overrides,
  };
}

describe('NotificationBell', () => {
  let fixture: ComponentFixture<NotificationBell>;
  let http: HttpTestingController;
  let page: HTMLElement;
  let visibility: DocumentVisibilityState;

  beforeEach(() => {
    visibility = 'visible';
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
    TestBed.configureTestingModule({
      imports: [NotificationBell, translocoTesting()],
      providers: [
        provideRouter([{ path: 'elsewhere', component: SomePage }]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideFixedClock(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    signIn(['professional']);
  });

  afterEach(() => {
    http.verify();
    jest.useRealTimers();
  });

  /** Renders the bell and answers its first count. */
  async function render(unreadCount = 0): Promise<void> {
    fixture = TestBed.createComponent(NotificationBell);
    page = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    http.expectOne(SUMMARY).flush({ unreadCount });
    await fixture.whenStable();
  }

  function find<T extends Element>(root: ParentNode | undefined, selector: string): T {
    const element = root?.querySelector<T>(selector);
    if (!element) throw new Error(`nothing matches ${selector}`);
    return element;
  }

  const bell = () => find<HTMLButtonElement>(page, '[data-testid="notification-bell"]');
  const badge = () => page.querySelector('[data-testid="notification-badge"]');
  const dialog = () => page.querySelector<HTMLElement>('[role="dialog"]');

  async function openPanel(notifications: NotificationResponse[], unreadCount = 1): Promise<void> {
    bell().click();
    await fixture.whenStable();
    http.expectOne(SUMMARY).flush({ unreadCount });
    http.expectOne(LIST).flush(notifications);
    await fixture.whenStable();
  }

  /** Only the poll's interval: Angular's own scheduling keeps real timers, so whenStable still settles. */
  function fakeTheInterval(): void {
    jest.useFakeTimers({
      doNotFake: [
        'Date',
        'hrtime',
        'nextTick',
        'performance',
        'queueMicrotask',
        'requestAnimationFrame',
        'cancelAnimationFrame',
        'requestIdleCallback',
        'cancelIdleCallback',
        'setImmediate',
        'clearImmediate',
        'setTimeout',
        'clearTimeout',
      ],
    });
  }

  async function setVisibility(state: DocumentVisibilityState): Promise<void> {
    visibility = state;
    document.dispatchEvent(new Event('visibilitychange'));
    await fixture.whenStable();
  }

  describe('the count', () => {
    it('is named just "Meldingen" and shows no badge when nothing is unread', async () => {
      await render(0);
      expect(bell().getAttribute('aria-label')).toBe('Meldingen');
      expect(badge()).toBeNull();
    });

    it('says the unread count in its name and shows it in a badge hidden from screen readers', async () => {
      await render(3);
      expect(bell().getAttribute('aria-label')).toBe('Meldingen, 3 ongelezen');
      expect(badge()?.textContent?.trim()).toBe('3');
      expect(badge()?.getAttribute('aria-hidden')).toBe('true');
    });

    it('shows "99+" above 99 in the badge, but the exact number in the name', async () => {
      await render(120);
      expect(badge()?.textContent?.trim()).toBe('99+');
      expect(bell().getAttribute('aria-label')).toBe('Meldingen, 120 ongelezen');
    });

    it('names the bell in English when the user switched language', async () => {
      await render(2);
      TestBed.inject(TranslocoService).setActiveLang('en');
      await fixture.whenStable();
      expect(bell().getAttribute('aria-label')).toBe('Notifications, 2 unread');
    });

    it('formats the badge text with a cap at 99', () => {
      expect([0, 1, 99, 100].map(badgeText)).toEqual(['0', '1', '99', '99+']);
    });
  });

  describe('keeping the count fresh', () => {
    it('asks for the count again every minute while the tab is visible', async () => {
      fakeTheInterval();
      await render(0);
      jest.advanceTimersByTime(UNREAD_POLL_INTERVAL_MS);
      http.expectOne(SUMMARY).flush({ unreadCount: 4 });
      await fixture.whenStable();
      expect(bell().getAttribute('aria-label')).toBe('Meldingen, 4 ongelezen');
    });

    it('stops asking while the tab is hidden, and asks at once when it is visible again', async () => {
      fakeTheInterval();
      await render(0);
      await setVisibility('hidden');
      jest.advanceTimersByTime(3 * UNREAD_POLL_INTERVAL_MS);
      http.expectNone(SUMMARY);

      await setVisibility('visible');
      http.expectOne(SUMMARY).flush({ unreadCount: 1 });
      jest.advanceTimersByTime(UNREAD_POLL_INTERVAL_MS);
      http.expectOne(SUMMARY).flush({ unreadCount: 1 });
    });

    it('stops asking once the user is signed out, and shows no count of theirs any more', async () => {
      fakeTheInterval();
      await render(5);
      TestBed.inject(AuthService).clearSession();
      await fixture.whenStable();
      jest.advanceTimersByTime(3 * UNREAD_POLL_INTERVAL_MS);
      http.expectNone(SUMMARY);
      expect(badge()).toBeNull();
    });

    it('asks for the count after a navigation', async () => {
      await render(0);
      await TestBed.inject(Router).navigateByUrl('/elsewhere');
      http.expectOne(SUMMARY).flush({ unreadCount: 2 });
      await fixture.whenStable();
      expect(badge()?.textContent?.trim()).toBe('2');
    });
  });

  describe('the panel', () => {
    it('opens as a dialog named "Meldingen" that receives the focus', async () => {
      await render(1);
      await openPanel([aNotification()]);
      expect(dialog()?.getAttribute('aria-label')).toBe('Meldingen');
      expect(bell().getAttribute('aria-expanded')).toBe('true');
      expect(bell().getAttribute('aria-controls')).toBe(dialog()?.id);
      expect(dialog()?.contains(document.activeElement)).toBe(true);
    });

    it('lists each notification as a link named by its title, unread ones marked for eyes and ears', async () => {
      await render(1);
      await openPanel([
        aNotification(),
        aNotification({ id: 'n-0', title: 'Agenda verstuurd', readAt: '2026-03-04T08:00:00Z' }),
      ]);
      const items = Array.from(page.querySelectorAll<HTMLElement>('[data-testid="notification-item"]'));
      expect(items.map((item) => item.querySelector('a')?.textContent?.trim())).toEqual([
        'De deadline van een actie is over 3 dagen',
        'Agenda verstuurd',
      ]);
      const unreadLink = find<HTMLAnchorElement>(items[0], 'a');
      const description = document.getElementById(unreadLink.getAttribute('aria-describedby') ?? '');
      expect(description?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Ongelezen, 5 minuten geleden');
      expect(items[0]?.classList).toContain('notification-panel__item--unread');
      const readLink = find<HTMLAnchorElement>(items[1], 'a');
      expect(document.getElementById(readLink.getAttribute('aria-describedby') ?? '')?.textContent).not.toContain(
        'Ongelezen',
      );
    });

    it('says so when there are no notifications, and links to the settings', async () => {
      await render(0);
      await openPanel([], 0);
      expect(page.querySelector('[data-testid="notification-empty"]')?.textContent?.trim()).toBe(
        'U hebt nog geen meldingen. Zodra er iets voor u is, ziet u het hier.',
      );
      expect(page.querySelector('[data-testid="notification-settings-link"]')?.getAttribute('href')).toBe(
        '/settings/notifications',
      );
    });

    it('closes on Escape and returns the focus to the bell', async () => {
      await render(1);
      await openPanel([aNotification()]);
      dialog()?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      await fixture.whenStable();
      expect(dialog()).toBeNull();
      expect(bell().getAttribute('aria-expanded')).toBe('false');
      expect(document.activeElement).toBe(bell());
    });

    it('closes when the bell is pressed again', async () => {
      await render(1);
      await openPanel([aNotification()]);
      bell().click();
      await fixture.whenStable();
      expect(dialog()).toBeNull();
    });

    it('closes on a click outside it, but not on a click inside', async () => {
      await render(1);
      await openPanel([aNotification()]);
      dialog()?.querySelector('h2')?.click();
      await fixture.whenStable();
      expect(dialog()).not.toBeNull();
      document.body.click();
      await fixture.whenStable();
      expect(dialog()).toBeNull();
    });

    it('marks a followed notification read, opens its page with the router and closes', async () => {
      const router = TestBed.inject(Router);
      const navigate = jest.spyOn(router, 'navigateByUrl').mockResolvedValue(true);
      await render(1);
      await openPanel([aNotification()]);
      dialog()?.querySelector<HTMLAnchorElement>('[data-testid="notification-item"] a')?.click();
      http
        .expectOne({ method: 'POST', url: '/api/v1/notifications/n-1/read' })
        .flush(aNotification({ readAt: '2026-03-05T10:00:00Z' }));
      http.expectOne(SUMMARY).flush({ unreadCount: 0 });
      await fixture.whenStable();
      expect(navigate).toHaveBeenCalledWith('/cases/case-1/toekomstplan');
      expect(badge()).toBeNull();
      expect(dialog()).toBeNull();
    });

    it('marks everything read with "Alles gelezen" and says so', async () => {
      await render(2);
      await openPanel([aNotification(), aNotification({ id: 'n-2' })], 2);
      const readAll = find<HTMLButtonElement>(page, '[data-testid="notification-read-all"]');
      expect(readAll.textContent?.trim()).toBe('Alles gelezen');
      readAll.click();
      http.expectOne({ method: 'POST', url: '/api/v1/notifications/read-all' }).flush({ unreadCount: 0 });
      await fixture.whenStable();
      expect(badge()).toBeNull();
      expect(bell().getAttribute('aria-label')).toBe('Meldingen');
      expect(page.querySelectorAll('.notification-panel__item--unread')).toHaveLength(0);
      expect(dialog()?.querySelector('[role="status"]')?.textContent?.trim()).toBe(
        'Alle meldingen zijn als gelezen gemarkeerd.',
      );
      expect(readAll.getAttribute('aria-disabled')).toBe('true');
    });

    it('tells the user when the list cannot be loaded', async () => {
      await render(1);
      bell().click();
      await fixture.whenStable();
      http.expectOne(SUMMARY).flush({ unreadCount: 1 });
      http.expectOne(LIST).flush(null, { status: 500, statusText: 'Error' });
      await fixture.whenStable();
      expect(dialog()?.querySelector('[role="alert"]')?.textContent?.trim()).toBe(
        'De meldingen konden niet worden geladen. Probeer het later opnieuw.',
      );
    });
  });
});
