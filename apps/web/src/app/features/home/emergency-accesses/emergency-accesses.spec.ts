import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { EmergencyAccessResponse } from '@sluitend/domain';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { EmergencyAccesses } from './emergency-accesses';

function anAccess(overrides: Partial<EmergencyAccessResponse> = {}): EmergencyAccessResponse {
  return {
    id: 'ea-1',
    caseId: 'case-1',
    user: { userId: 'user-9', name: 'Linda Verhoef', organisationName: 'Politie Midden-Nederland' },
    reason: 'Jongere vermist, contactgegevens nodig voor de politie',
    grantedAt: '2026-03-05T08:00:00Z',
    expiresAt: '2026-03-05T12:00:00Z',
    active: true,
    ...overrides,
  };
}

describe('EmergencyAccesses', () => {
  let fixture: ComponentFixture<EmergencyAccesses>;
  let http: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [EmergencyAccesses, translocoTesting()],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(EmergencyAccesses);
    page = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  async function answer(body: unknown, init?: { status: number; statusText: string }): Promise<void> {
    http.expectOne({ method: 'GET', url: '/api/v1/emergency-accesses' }).flush(body, init);
    await fixture.whenStable();
  }

  const card = () => page.querySelector('[data-testid="emergency-accesses"]');
  const rows = () => Array.from(page.querySelectorAll('tbody tr'));

  it('shows nothing while loading and nothing when there was no emergency access', async () => {
    expect(card()).toBeNull();
    await answer([]);
    expect(card()).toBeNull();
  });

  it('explains that emergency access to your cases is logged', async () => {
    await answer([anAccess()]);
    expect(card()?.querySelector('h2')?.textContent?.trim()).toBe('Noodtoegang');
    expect(card()?.textContent).toContain('wordt dat vastgelegd in het toegangslog');
    expect(card()?.getAttribute('aria-describedby')).toBe('emergency-accesses-intro');
  });

  it('lists who, which case, why, since and until when, in Dutch time', async () => {
    await answer([anAccess()]);
    const cells = Array.from(rows()[0]?.children ?? []).map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim());
    expect(cells[0]).toBe('Linda Verhoef Politie Midden-Nederland');
    expect(cells[2]).toBe('Jongere vermist, contactgegevens nodig voor de politie');
    expect(cells[3]).toBe('05-03-2026 09:00');
    expect(cells[4]).toBe('05-03-2026 13:00');
    expect(cells[5]).toBe('Actief');
    expect(rows()[0]?.querySelector('th')?.getAttribute('scope')).toBe('row');
  });

  it('links to the case, with a link text that says whose access it was', async () => {
    await answer([anAccess()]);
    const link = rows()[0]?.querySelector('a');
    expect(link?.getAttribute('href')).toBe('/cases/case-1');
    expect(link?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Dossier openen (noodtoegang van Linda Verhoef op 05-03-2026 09:00)',
    );
  });

  it('tells an ended access from an active one in words', async () => {
    await answer([anAccess(), anAccess({ id: 'ea-0', caseId: 'case-2', active: false })]);
    const status = rows().map((row) => row.querySelector('.badge')?.textContent?.trim());
    expect(status).toEqual(['Actief', 'Beëindigd']);
    expect(rows()[1]?.querySelector('.badge')?.classList).toContain('badge--inactive');
    expect(rows()[1]?.querySelector('a')?.getAttribute('href')).toBe('/cases/case-2');
  });

  it('says the list could not be loaded rather than pretending there is none', async () => {
    await answer({ title: 'Server error', status: 500 }, { status: 500, statusText: 'Server Error' });
    expect(card()?.querySelector('[role="alert"]')?.textContent).toContain('Er ging iets mis aan onze kant');
    expect(card()?.querySelector('table')).toBeNull();
  });
});
