import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { NotificationSettingsResponse } from '@sluitend/domain';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { NotificationSettingsPage } from './notification-settings-page';

const URL = '/api/v1/notification-settings';

function settings(overrides: Partial<NotificationSettingsResponse> = {}): NotificationSettingsResponse {
  return { mail: 'immediate', email: 'anne@jeugdregio.nl', version: 3, ...overrides };
}

describe('NotificationSettingsPage', () => {
  let fixture: ComponentFixture<NotificationSettingsPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [NotificationSettingsPage, translocoTesting()],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(NotificationSettingsPage);
    page = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  async function load(current = settings()): Promise<void> {
    http.expectOne({ method: 'GET', url: URL }).flush(current);
    await fixture.whenStable();
  }

  function option(preference: string): HTMLInputElement {
    const input = page.querySelector<HTMLInputElement>(`[data-testid="notification-mail-${preference}"]`);
    if (!input) throw new Error(`no option ${preference}`);
    return input;
  }
  const labelOf = (input: HTMLInputElement) =>
    page.querySelector(`label[for="${input.id}"]`)?.textContent?.replace(/\s+/g, ' ').trim();

  async function choose(preference: string): Promise<void> {
    option(preference).click();
    await fixture.whenStable();
  }

  async function save(): Promise<void> {
    page.querySelector<HTMLButtonElement>('[data-testid="notification-settings-save"]')?.click();
    await fixture.whenStable();
  }

  it('shows the current choice in a radio group with a legend, and where the e-mail goes', async () => {
    await load(settings({ mail: 'daily-digest' }));
    expect(page.querySelector('h1')?.textContent?.trim()).toBe('Instellingen voor meldingen');
    expect(page.querySelector('fieldset legend')?.textContent?.trim()).toBe('E-mail over meldingen');
    expect(option('daily-digest').checked).toBe(true);
    expect(option('immediate').checked).toBe(false);
    expect(labelOf(option('immediate'))).toContain('Direct per melding');
    expect(labelOf(option('daily-digest'))).toContain('Eén keer per dag een overzicht (om 08:30)');
    expect(labelOf(option('off'))).toContain('Geen e-mail');
    expect(page.querySelector('[data-testid="notification-settings-email"]')?.textContent?.trim()).toBe(
      'anne@jeugdregio.nl',
    );
  });

  it('gives every option a help text that the radio button is described by', async () => {
    await load();
    const help = document.getElementById(option('off').getAttribute('aria-describedby') ?? '');
    expect(help?.textContent?.trim()).toBe('U ziet uw meldingen alleen in de app.');
  });

  it('saves the chosen preference with the version it was read at, and says so', async () => {
    await load();
    await choose('off');
    await save();
    const request = http.expectOne({ method: 'PUT', url: URL });
    expect(request.request.body).toEqual({ mail: 'off', version: 3 });
    request.flush(settings({ mail: 'off', version: 4 }));
    await fixture.whenStable();
    expect(page.querySelector('[role="status"] .notice')?.textContent?.trim()).toBe('Uw keuze is opgeslagen.');

    // The next save sends the new version.
    await choose('immediate');
    await save();
    expect(http.expectOne({ method: 'PUT', url: URL }).request.body).toEqual({ mail: 'immediate', version: 4 });
  });

  it('explains a conflict, reloads the current settings and saves with their version next time', async () => {
    await load();
    await choose('off');
    await save();
    http.expectOne({ method: 'PUT', url: URL }).flush(
      {
        type: 'https://sluitend.nl/problems/version-conflict',
        title: 'Conflict',
        status: 409,
        detail: 'stale',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();
    await load(settings({ mail: 'daily-digest', version: 5 }));

    expect(page.querySelector('[role="alert"]')?.textContent).toContain(
      'Uw instellingen zijn intussen ergens anders gewijzigd',
    );
    expect(option('daily-digest').checked).toBe(true);
    await save();
    expect(http.expectOne({ method: 'PUT', url: URL }).request.body).toEqual({ mail: 'daily-digest', version: 5 });
  });

  it('shows the API field errors at the radio group', async () => {
    await load();
    await save();
    http.expectOne({ method: 'PUT', url: URL }).flush(
      {
        type: 'https://sluitend.nl/problems/validation-failed',
        title: 'Bad Request',
        status: 400,
        detail: 'invalid',
        errors: [{ field: 'mail', message: 'mail moet een van immediate, daily-digest, off zijn' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    const fieldError = page.querySelector('#notification-mail-error');
    expect(fieldError?.textContent?.trim()).toBe('mail moet een van immediate, daily-digest, off zijn');
    expect(page.querySelector('fieldset')?.getAttribute('aria-describedby')).toContain('notification-mail-error');
    expect(option('immediate').getAttribute('aria-invalid')).toBe('true');
    expect(page.textContent).toContain('Niet alle gegevens zijn goed ingevuld.');
  });

  it('offers to try again when the settings cannot be loaded', async () => {
    http.expectOne({ method: 'GET', url: URL }).flush(null, { status: 0, statusText: 'Unknown Error' });
    await fixture.whenStable();
    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Er is geen verbinding met de server.');
    expect(page.querySelector('form')).toBeNull();

    Array.from(page.querySelectorAll('button'))
      .find((button) => button.textContent?.trim() === 'Opnieuw proberen')
      ?.click();
    await load();
    expect(page.querySelector('form')).not.toBeNull();
  });
});
