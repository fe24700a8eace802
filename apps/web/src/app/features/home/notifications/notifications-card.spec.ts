import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { NotificationResponse } from '@sluitend/domain';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { signIn } from '../../../../testing/users';
import { NotificationsCard } from './notifications-card';

function aNotification(overrides: Partial<NotificationResponse> = {}): NotificationResponse {
  return {
    id: 'n-1',
    kind: 'agreements.assigned',
    title: 'U heeft 2 nieuwe afspraken uit de Actietafel van 12 maart',
    link: '/actietafel/sessions/session-1/minutes',
    createdAt: '2026-03-12T15:05:00Z',
    readAt: null,
    ...overrides,
  };
}

describe('NotificationsCard', () => {
  let fixture: ComponentFixture<NotificationsCard>;
  let http: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [NotificationsCard, translocoTesting()],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    signIn(['actietafel-member']);
    fixture = TestBed.createComponent(NotificationsCard);
    page = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  it('shows only the unread ones', async () => {
    http
      .expectOne('/api/v1/notifications')
      .flush([
        aNotification(),
        aNotification({ id: 'n-0', title: 'Agenda verstuurd', readAt: '2026-03-10T08:00:00Z' }),
      ]);
    await fixture.whenStable();
    const items = Array.from(page.querySelectorAll('[data-testid="notification"]'));
    expect(items).toHaveLength(1);
    expect(items[0]?.textContent).toContain('U heeft 2 nieuwe afspraken uit de Actietafel van 12 maart');
    expect(page.querySelector('h2')?.textContent?.trim()).toBe('Meldingen');
  });

  it('marks a notification read when it is followed, and opens its page', async () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    http.expectOne('/api/v1/notifications').flush([aNotification()]);
    await fixture.whenStable();
    page.querySelector<HTMLAnchorElement>('[data-testid="notification"] a')?.click();
    http
      .expectOne({ method: 'POST', url: '/api/v1/notifications/n-1/read' })
      .flush(aNotification({ readAt: '2026-03-12T16:00:00Z' }));
    // The bell in the header shares this state; its count is asked again after the change.
    http.expectOne('/api/v1/notifications/summary').flush({ unreadCount: 0 });
    await fixture.whenStable();
    expect(navigate).toHaveBeenCalledWith('/actietafel/sessions/session-1/minutes');
    // Nothing unread is left, so the card is gone.
    expect(page.querySelector('[data-testid="notifications"]')).toBeNull();
  });

  it('shows nothing when there is nothing new, or the list cannot be read', async () => {
    http
      .expectOne('/api/v1/notifications')
      .flush({ type: 'about:blank', title: 'Error', status: 500, detail: 'x' }, { status: 500, statusText: 'Error' });
    await fixture.whenStable();
    expect(page.querySelector('[data-testid="notifications"]')).toBeNull();
  });
});
