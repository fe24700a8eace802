import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { NotificationResponse } from '@sluitend/domain';
import { provideFixedClock } from '../../../testing/cases';
import { signIn } from '../../../testing/users';
import { AuthService } from '../auth/auth.service';
import { NotificationCenter } from './notification-center';

const SUMMARY = '/api/v1/notifications/summary';

function aNotification(overrides: Partial<NotificationResponse> = {}): NotificationResponse {
  return {
    id: 'n-1',
    kind: 'reminder',
    title: 'Een afspraak verloopt vandaag',
    link: '/actietafel/sessions/s-1/minutes',
    createdAt: '2026-03-05T09:00:00Z',
    readAt: null,
    ...overrides,
  };
}

describe('NotificationCenter', () => {
  let http: HttpTestingController;
  let center: NotificationCenter;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideFixedClock()],
    });
    http = TestBed.inject(HttpTestingController);
    center = TestBed.inject(NotificationCenter);
    signIn(['professional']);
  });

  afterEach(() => http.verify());

  it('asks once when a count is already on its way for a poll', () => {
    center.refreshCount();
    center.refreshCount();
    http.expectOne(SUMMARY).flush({ unreadCount: 2 });
    expect(center.unreadCount()).toBe(2);
  });

  it('asks again after a change, because a count already on its way may predate it', () => {
    center.load().subscribe();
    http.expectOne('/api/v1/notifications').flush([aNotification()]);
    center.refreshCount();
    center.markRead(aNotification()).subscribe();
    http
      .expectOne({ method: 'POST', url: '/api/v1/notifications/n-1/read' })
      .flush(aNotification({ readAt: '2026-03-05T10:00:00Z' }));
    // The count that left before the read mark still counts it.
    http.expectOne(SUMMARY).flush({ unreadCount: 1 });
    http.expectOne(SUMMARY).flush({ unreadCount: 0 });
    expect(center.unreadCount()).toBe(0);
  });

  it('still treats a followed notification as read when the read mark fails', () => {
    center.load().subscribe();
    http.expectOne('/api/v1/notifications').flush([aNotification()]);
    let done = false;
    center.markRead(aNotification()).subscribe(() => (done = true));
    http.expectOne('/api/v1/notifications/n-1/read').flush(null, { status: 500, statusText: 'Error' });
    http.expectOne(SUMMARY).flush({ unreadCount: 1 });
    expect(done).toBe(true);
    expect(center.notifications()?.[0]?.readAt).toBe('2026-03-05T10:00:00.000Z');
  });

  it("shows the next user nothing of the previous user's, even an answer that arrives late", () => {
    center.refreshCount();
    const late = http.expectOne(SUMMARY);
    TestBed.inject(AuthService).clearSession();
    signIn(['admin'], { id: 'user-2' });
    late.flush({ unreadCount: 7 });
    expect(center.unreadCount()).toBe(0);
    expect(center.notifications()).toBeNull();
  });

  it('forgets the count when the user signs out', () => {
    center.refreshCount();
    http.expectOne(SUMMARY).flush({ unreadCount: 3 });
    TestBed.inject(AuthService).clearSession();
    expect(center.unreadCount()).toBe(0);
  });
});
