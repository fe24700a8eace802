import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { NotificationResponse, NotificationSummaryResponse } from '@sluitend/domain';
import { NotificationsApiService } from './notifications-api.service';

const A_NOTIFICATION: NotificationResponse = {
  id: 'n/1',
  kind: 'agreements.assigned',
  title: 'U heeft 2 nieuwe afspraken uit de Actietafel van 12 maart',
  link: '/actietafel/sessions/session-1/minutes',
  createdAt: '2026-03-12T15:05:00Z',
  readAt: null,
};

describe('NotificationsApiService', () => {
  let http: HttpTestingController;
  let service: NotificationsApiService;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    service = TestBed.inject(NotificationsApiService);
  });

  afterEach(() => http.verify());

  it('lists my notifications', () => {
    let result: NotificationResponse[] | undefined;
    service.list().subscribe((notifications) => (result = notifications));
    http.expectOne({ method: 'GET', url: '/api/v1/notifications' }).flush([A_NOTIFICATION]);
    expect(result).toEqual([A_NOTIFICATION]);
  });

  it('asks for the unread count only', () => {
    let result: NotificationSummaryResponse | undefined;
    service.summary().subscribe((summary) => (result = summary));
    http.expectOne({ method: 'GET', url: '/api/v1/notifications/summary' }).flush({ unreadCount: 3 });
    expect(result).toEqual({ unreadCount: 3 });
  });

  it('marks all as read', () => {
    let result: NotificationSummaryResponse | undefined;
    service.markAllRead().subscribe((summary) => (result = summary));
    const request = http.expectOne({ method: 'POST', url: '/api/v1/notifications/read-all' });
    request.flush({ unreadCount: 0 });
    expect(result).toEqual({ unreadCount: 0 });
  });

  it('marks one as read, escaping its id', () => {
    let result: NotificationResponse | undefined;
    service.markRead('n/1').subscribe((notification) => (result = notification));
    const request = http.expectOne({ method: 'POST', url: '/api/v1/notifications/n%2F1/read' });
    request.flush({ ...A_NOTIFICATION, readAt: '2026-03-12T16:00:00Z' });
    expect(result?.readAt).toBe('2026-03-12T16:00:00Z');
  });
});
