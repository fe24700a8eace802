import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { CaseAccessResponse, CaseResponse } from '@sluitend/domain';
import {
  CONSENT_REQUIRED_PROBLEM,
  aConsent,
  aMemberAccess,
  anAccess,
  anEmergencyAccess,
} from '../../../../testing/case-access';
import { aCase, aTeamMember, provideFixedClock } from '../../../../testing/cases';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { signIn } from '../../../../testing/users';
import { casesRoutes } from '../cases.routes';

const FORBIDDEN = { status: 403, statusText: 'Forbidden' };

describe('CasePage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [translocoTesting()],
      providers: [
        provideRouter([{ path: 'cases', children: casesRoutes }], withComponentInputBinding()),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideFixedClock(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    signIn(['professional']);
  });

  async function open(
    url: string,
    dossier: CaseResponse = aCase(),
    access: CaseAccessResponse = anAccess(),
  ): Promise<{ harness: RouterTestingHarness; page: HTMLElement }> {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    http.expectOne('/api/v1/cases/case-1/access').flush(access);
    http.expectOne('/api/v1/cases/case-1').flush(dossier);
    await harness.fixture.whenStable();
    http.match('/api/v1/municipalities').forEach((request) => request.flush([{ id: 'm-1', name: 'Tiel' }]));
    await harness.fixture.whenStable();
    return { harness, page: harness.routeNativeElement as HTMLElement };
  }

  async function openClosed(url: string, access: CaseAccessResponse): Promise<RouterTestingHarness> {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    http.expectOne('/api/v1/cases/case-1/access').flush(access);
    await harness.fixture.whenStable();
    return harness;
  }

  function tabLabels(page: HTMLElement): string[] {
    return Array.from(page.querySelectorAll('nav.tabs a')).map((link) => link.textContent?.trim() ?? '');
  }

  it('shows who the jongere is, the age and, from 16½, the days until 18', async () => {
    const { page } = await open('/cases/case-1');
    const root = page.querySelector('[data-testid="case-page"]');
    expect(root?.querySelector('h1')?.textContent?.trim()).toBe('Noah de Jong');
    expect(root?.textContent).toContain('16 jaar');
    expect(page.querySelector('[data-testid="days-until-eighteen"]')?.textContent).toContain('Nog 435 dagen');
  });

  it('does not count down for a younger jongere', async () => {
    const { page } = await open('/cases/case-1', aCase({ dateOfBirth: '2012-01-01' }));
    expect(page.textContent).toContain('14 jaar');
    expect(page.querySelector('[data-testid="days-until-eighteen"]')).toBeNull();
  });

  it('opens on the overview tab, marked with aria-current, in a labelled navigation', async () => {
    const { page } = await open('/cases/case-1');
    const tabs = page.querySelector('nav.tabs');
    expect(tabs?.getAttribute('aria-label')).toBe('Onderdelen van het dossier');
    expect(tabLabels(page)).toEqual([
      'Overzicht',
      'Toekomstplan',
      'Team en netwerk',
      'Tijdlijn',
      'Actietafel',
      'Toestemmingen',
      'Toegang',
    ]);
    expect(tabs?.querySelector('a')?.getAttribute('aria-current')).toBe('page');
    expect(page.querySelector('[data-testid="case-data"]')?.textContent).toContain('Praktijkschool Tiel');
  });

  it('shows the Toegang tab only to who may see the access log', async () => {
    const { page } = await open('/cases/case-1', aCase(), aMemberAccess());
    expect(tabLabels(page)).not.toContain('Toegang');
    expect(tabLabels(page)).toContain('Toestemmingen');
  });

  it('says so when the case does not exist or is not shared', async () => {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/cases/case-1');
    http
      .expectOne('/api/v1/cases/case-1/access')
      .flush(
        { type: 'https://sluitend.nl/problems/case-not-found', title: 'Not Found', status: 404, detail: 'x' },
        { status: 404, statusText: 'Not Found' },
      );
    await harness.fixture.whenStable();
    const page = harness.routeNativeElement as HTMLElement;
    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Dit dossier bestaat niet');
    http.expectNone('/api/v1/cases/case-1');
  });

  it('shows the timeline newest first', async () => {
    const { harness, page } = await open('/cases/case-1');
    await harness.navigateByUrl('/cases/case-1/timeline');
    http.expectOne('/api/v1/cases/case-1/timeline').flush([
      {
        id: 'e2',
        at: '2026-03-02T10:00:00Z',
        actor: { userId: 'user-2', name: 'Linda Verhoef' },
        kind: 'toekomstplan.saved',
        summary: 'Toekomstplan opgeslagen',
        details: {},
      },
      {
        id: 'e1',
        at: '2026-01-10T09:00:00Z',
        actor: null,
        kind: 'case.opened',
        summary: 'Dossier geopend',
        details: {},
      },
    ]);
    await harness.fixture.whenStable();
    const entries = Array.from(page.querySelectorAll('[data-testid="timeline"] li'));
    expect(entries).toHaveLength(2);
    expect(entries[0]?.textContent).toContain('Linda Verhoef');
    expect(entries[0]?.querySelector('time')?.getAttribute('datetime')).toBe('2026-03-02T10:00:00Z');
  });

  describe('without consent for the organisation', () => {
    const existenceOnly = aMemberAccess({ level: 'existence-only', ground: 'none', canChange: false });

    it('shows a panel naming the casusregisseur instead of the dossier, without asking for it', async () => {
      const harness = await openClosed('/cases/case-1', existenceOnly);
      const page = harness.routeNativeElement as HTMLElement;
      const panel = page.querySelector('[data-testid="consent-required"]');
      expect(panel?.getAttribute('role')).toBe('status');
      expect(panel?.textContent).toContain('geen geldige toestemming');
      expect(panel?.textContent).toContain('Anne de Vries (Gemeente Utrecht)');
      expect(page.querySelector('h1')?.textContent?.trim()).toBe('Afgeschermd dossier');
      expect(page.querySelector('nav.tabs')).toBeNull();
      expect(page.querySelector('[data-testid="case-data"]')).toBeNull();
      expect(document.activeElement?.id).toBe('consent-required-title');
      http.expectNone('/api/v1/cases/case-1');
    });

    it('still offers the Toestemmingen and Toegang tabs to the casusregisseur, whose AVG duties do not wait for consent', async () => {
      const harness = await openClosed(
        '/cases/case-1',
        anAccess({ level: 'existence-only', ground: 'none', canChange: false, canViewAccessLog: true }),
      );
      const page = harness.routeNativeElement as HTMLElement;
      expect(tabLabels(page)).toEqual(['Toestemmingen', 'Toegang']);
      expect(page.querySelector('app-overview, [data-testid="case-data"]')).toBeNull();

      page.querySelector<HTMLAnchorElement>('[data-testid="consent-required"] a')?.click();
      await harness.fixture.whenStable();
      http.expectOne('/api/v1/cases/case-1/consents').flush([]);
      http.match('/api/v1/organisations').forEach((request) => request.flush([]));
      await harness.fixture.whenStable();
      expect(page.querySelector('#consents-title')?.textContent).toContain('Toestemmingen');
      expect(page.querySelector('[data-testid="consent-required"] a')).toBeNull();
    });

    it('shows the panel, not a generic error, when reading the dossier is refused with consent-required', async () => {
      const harness = await RouterTestingHarness.create();
      await harness.navigateByUrl('/cases/case-1');
      http.expectOne('/api/v1/cases/case-1/access').flush(aMemberAccess());
      http.expectOne('/api/v1/cases/case-1').flush(CONSENT_REQUIRED_PROBLEM, FORBIDDEN);
      await harness.fixture.whenStable();
      const page = harness.routeNativeElement as HTMLElement;
      expect(page.querySelector('[data-testid="consent-required"]')?.textContent).toContain('Anne de Vries');
      expect(page.querySelector('[role="alert"]')).toBeNull();
    });

    it("replaces a tab with the panel when one of the tab's calls is refused with consent-required", async () => {
      const { harness, page } = await open('/cases/case-1', aCase(), aMemberAccess());
      await harness.navigateByUrl('/cases/case-1/timeline');
      http.expectOne('/api/v1/cases/case-1/timeline').flush(CONSENT_REQUIRED_PROBLEM, FORBIDDEN);
      await harness.fixture.whenStable();
      expect(page.querySelector('[data-testid="consent-required"]')?.textContent).toContain('Anne de Vries');
      expect(page.querySelector('#timeline-title')).toBeNull();
      expect(page.querySelector('[role="alert"]')).toBeNull();
    });

    it('opens the dossier once a consent is registered for the organisation', async () => {
      const harness = await openClosed(
        '/cases/case-1/consents',
        anAccess({ level: 'existence-only', ground: 'none', canChange: false }),
      );
      http.expectOne('/api/v1/cases/case-1/consents').flush([]);
      await harness.fixture.whenStable();
      const page = harness.routeNativeElement as HTMLElement;
      page.querySelector<HTMLButtonElement>('#add-consent')?.click();
      await harness.fixture.whenStable();
      http.expectOne('/api/v1/organisations').flush([
        {
          id: 'org-1',
          name: 'Gemeente Utrecht',
          sector: 'gemeente',
          regionId: 'r-1',
          active: true,
          version: 1,
          createdAt: '',
          updatedAt: '',
        },
      ]);
      await harness.fixture.whenStable();
      page.querySelector<HTMLInputElement>('#consent-givenBy-jongere')?.click();
      await harness.fixture.whenStable();
      page.querySelector<HTMLButtonElement>('[data-testid="consent-form"] button[type="submit"]')?.click();
      http.expectOne({ method: 'POST', url: '/api/v1/cases/case-1/consents' }).flush(aConsent());
      await harness.fixture.whenStable();

      http.expectOne('/api/v1/cases/case-1/access').flush(anAccess());
      http.expectOne('/api/v1/cases/case-1').flush(aCase());
      await harness.fixture.whenStable();
      expect(page.querySelector('[data-testid="consent-required"]')).toBeNull();
      expect(page.querySelector('h1')?.textContent?.trim()).toBe('Noah de Jong');
      // The same tab stays open, with its message.
      expect(page.querySelector('.notice--success')?.textContent).toContain('De toestemming is vastgelegd.');
    });
  });

  describe('read-only access', () => {
    it('hides edit controls under emergency access and says until when it lasts', async () => {
      const { harness, page } = await open('/cases/case-1', aCase(), anEmergencyAccess());
      const banner = page.querySelector('[data-testid="emergency-banner"]');
      expect(banner?.textContent).toContain('Noodtoegang — alleen lezen, tot 14:30');
      expect(page.querySelector('[data-testid="case-data"]')).not.toBeNull();
      expect(page.querySelector('#edit-case-button')).toBeNull();
      expect(page.querySelector('app-close-case-form')).toBeNull();
      expect(tabLabels(page)).not.toContain('Toegang');

      await harness.navigateByUrl('/cases/case-1/team');
      http.expectOne('/api/v1/cases/case-1/team-members').flush([aTeamMember()]);
      http
        .expectOne('/api/v1/cases/case-1/network-members')
        .flush([{ id: 'n-1', name: 'Fatima de Jong', relation: 'parent', phone: null, email: null, note: null }]);
      await harness.fixture.whenStable();
      expect(page.querySelector('[data-testid="network-table"]')?.textContent).toContain('Fatima de Jong');
      expect(page.querySelector('#colleague-search')).toBeNull();
      expect(page.querySelector('#add-network-member')).toBeNull();
      expect(page.querySelectorAll('app-team-tab button')).toHaveLength(0);
    });

    it('shows a restriction with its reason and hides edit controls', async () => {
      const { page } = await open(
        '/cases/case-1',
        aCase({ restriction: { reason: 'Jongere betwist de gegevens', since: '2026-03-02T09:00:00Z' } }),
        anAccess({ restricted: true }),
      );
      const banner = page.querySelector('[data-testid="restriction-banner"]');
      expect(banner?.textContent).toContain('Verwerking beperkt');
      expect(banner?.textContent).toContain('Jongere betwist de gegevens');
      expect(banner?.textContent).toContain('02-03-2026 10:00');
      expect(page.querySelector('#edit-case-button')).toBeNull();
      expect(page.querySelector('app-close-case-form')).toBeNull();
    });
  });
});
