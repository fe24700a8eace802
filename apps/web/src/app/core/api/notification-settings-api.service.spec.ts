import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { NotificationSettingsResponse } from '@sluitend/domain';
import { NotificationSettingsApiService } from './notification-settings-api.service';

const SETTINGS: NotificationSettingsResponse = { mail: 'daily-digest', email: 'anne@jeugdregio.nl', version: 2 };

describe('NotificationSettingsApiService', () => {
  let http: HttpTestingController;
  let service: NotificationSettingsApiService;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    service = TestBed.inject(NotificationSettingsApiService);
  });

  afterEach(() => http.verify());

  it('reads my settings', () => {
    let result: NotificationSettingsResponse | undefined;
    service.get().subscribe((settings) => (result = settings));
    http.expectOne({ method: 'GET', url: '/api/v1/notification-settings' }).flush(SETTINGS);
    expect(result).toEqual(SETTINGS);
  });

  it('replaces my mail preference, sending the version it was read at', () => {
    let result: NotificationSettingsResponse | undefined;
    service.update({ mail: 'off', version: 2 }).subscribe((settings) => (result = settings));
    const request = http.expectOne({ method: 'PUT', url: '/api/v1/notification-settings' });
    expect(request.request.body).toEqual({ mail: 'off', version: 2 });
    request.flush({ ...SETTINGS, mail: 'off', version: 3 });
    expect(result?.version).toBe(3);
  });
});
