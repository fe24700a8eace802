import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { CaseAccessResponse, CaseResponse, OrganisationResponse } from '@sluitend/domain';
import { aConsent, aMemberAccess, anAccess } from '../../../../../testing/case-access';
import { aCase, provideFixedClock } from '../../../../../testing/cases';
import { translocoTesting } from '../../../../../testing/transloco-testing';
import { signIn } from '../../../../../testing/users';
import { CaseContext } from '../case-context';
import { ConsentsTab } from './consents-tab';

const ORGANISATIONS: OrganisationResponse[] = [
  { id: 'org-1', name: 'Gemeente Utrecht', sector: 'gemeente', regionId: 'r-1', active: true, version: 1 },
  { id: 'org-2', name: 'Jeugdhulp Rivierenland', sector: 'jeugdhulp', regionId: 'r-1', active: true, version: 1 },
  { id: 'org-3', name: 'Opgeheven Stichting', sector: 'welzijn', regionId: 'r-1', active: false, version: 1 },
].map((organisation) => ({ ...organisation, createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z' }));

const VALIDATION = { status: 400, statusText: 'Bad Request' };

describe('ConsentsTab', () => {
  let fixture: ComponentFixture<ConsentsTab>;
  let http: HttpTestingController;
  let page: HTMLElement;

  async function render(
    consents = [aConsent()],
    access: CaseAccessResponse = anAccess(),
    dossier: CaseResponse | null = aCase(),
  ): Promise<void> {
    TestBed.configureTestingModule({
      imports: [ConsentsTab, translocoTesting()],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideFixedClock(), CaseContext],
    });
    http = TestBed.inject(HttpTestingController);
    signIn(['professional']);
    const context = TestBed.inject(CaseContext);
    context.setAccess(access);
    if (dossier) context.set(dossier);
    fixture = TestBed.createComponent(ConsentsTab);
    page = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    http.expectOne('/api/v1/cases/case-1/consents').flush(consents);
    await fixture.whenStable();
  }

  afterEach(() => http.verify());

  function rows(): HTMLTableRowElement[] {
    return Array.from(page.querySelectorAll<HTMLTableRowElement>('[data-testid="consent-table"] tbody tr'));
  }

  function button(text: string, scope: ParentNode = page): HTMLButtonElement {
    const found = Array.from(scope.querySelectorAll<HTMLButtonElement>('button')).find((candidate) =>
      candidate.textContent?.replace(/\s+/g, ' ').includes(text),
    );
    if (!found) throw new Error(`no button "${text}"`);
    return found;
  }

  async function type(selector: string, value: string): Promise<void> {
    const input = page.querySelector<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(selector);
    if (!input) throw new Error(`no ${selector}`);
    input.value = value;
    input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
    await fixture.whenStable();
  }

  async function click(selector: string): Promise<void> {
    const element = page.querySelector<HTMLElement>(selector);
    if (!element) throw new Error(`no ${selector}`);
    element.click();
    await fixture.whenStable();
  }

  async function openForm(): Promise<void> {
    await click('#add-consent');
    http.expectOne('/api/v1/organisations').flush(ORGANISATIONS);
    await fixture.whenStable();
  }

  function submitForm(): void {
    button('Toestemming vastleggen', page.querySelector('[data-testid="consent-form"]') ?? page).click();
  }

  describe('the list', () => {
    it('shows who, what, on what basis, how long and who recorded it, with a status badge in words', async () => {
      await render([
        aConsent({ id: 'c-4', givenOn: '2026-04-01', status: 'not-yet-valid' }),
        aConsent({
          id: 'c-3',
          scope: 'sector',
          organisationId: null,
          organisationName: null,
          sector: 'jeugdhulp',
          basis: 'legal-ground',
          givenBy: [],
          legalGround: 'child-protection-measure',
          note: 'Beschikking 2026/123',
          validUntil: '2027-01-31',
        }),
        aConsent({
          id: 'c-2',
          givenBy: ['jongere', 'parent-or-guardian'],
          withdrawnAt: '2026-02-01T10:00:00Z',
          withdrawnReason: 'Jongere wil het niet meer',
          withdrawnBy: { userId: 'user-1', name: 'Anne de Vries' },
          status: 'withdrawn',
        }),
        // The API still said active yesterday; today it has expired, and says so.
        aConsent({ id: 'c-1', givenOn: '2025-03-01', validUntil: '2026-03-04', status: 'active' }),
      ]);
      const [notYet, legal, withdrawn, expired] = rows();
      expect(notYet?.textContent).toContain('Nog niet geldig');
      expect(notYet?.querySelector('.badge--warning')).not.toBeNull();

      expect(legal?.querySelector('th')?.textContent?.trim()).toBe('Sector Jeugdhulp');
      expect(legal?.textContent).toContain('Kinderbeschermingsmaatregel');
      expect(legal?.textContent).toContain('Beschikking 2026/123');
      expect(legal?.textContent).toContain('tot en met 31-01-2027');
      expect(legal?.textContent).toContain('Actief');

      expect(withdrawn?.textContent).toContain('Ingetrokken');
      expect(withdrawn?.textContent).toContain('De jongere');
      expect(withdrawn?.textContent).toContain('Een ouder of voogd');
      expect(withdrawn?.textContent).toContain('Jongere wil het niet meer');
      expect(withdrawn?.textContent).not.toContain('Intrekken');

      expect(expired?.textContent).toContain('Verlopen');
      expect(expired?.textContent).toContain('Gemeente Utrecht');
      expect(expired?.textContent).toContain('Samenwerken aan het dossier');
      expect(expired?.textContent).toContain('Vanaf 01-03-2025');
      expect(expired?.textContent).toContain('Anne de Vries');
      expect(expired?.textContent).not.toContain('Intrekken');
    });

    it('explains an empty list', async () => {
      await render([]);
      expect(page.querySelector('.empty-state')?.textContent).toContain('Er is nog geen toestemming');
    });

    it('shows no register or withdraw actions to who may not manage consents', async () => {
      await render([aConsent()], aMemberAccess());
      expect(page.querySelector('#add-consent')).toBeNull();
      expect(rows()[0]?.querySelector('button')).toBeNull();
      expect(page.textContent).toContain('Alleen de casusregisseur en teamleden met volledige toegang');
    });
  });

  describe('registering', () => {
    it("registers the jongere's consent for the own organisation, which is chosen already", async () => {
      await render([]);
      await openForm();
      expect(document.activeElement?.id).toBe('consent-scope-organisation');
      const options = Array.from(page.querySelectorAll('#consent-organisationId option')).map((o) => o.textContent);
      expect(options).not.toContainEqual(expect.stringContaining('Opgeheven Stichting'));
      expect(page.querySelector<HTMLSelectElement>('#consent-organisationId')?.value).toBe('org-1');
      expect(page.querySelector('#consent-givenBy-hint')?.textContent).toContain(
        'De jongere is 16 jaar en beslist zelf',
      );

      await click('#consent-givenBy-jongere');
      await type('#consent-validUntil', '2027-03-05');
      await type('#consent-note', ' Mondeling, in het bijzijn van de mentor ');
      submitForm();
      const request = http.expectOne({ method: 'POST', url: '/api/v1/cases/case-1/consents' });
      expect(request.request.body).toEqual({
        scope: 'organisation',
        organisationId: 'org-1',
        purpose: 'case-collaboration',
        basis: 'consent',
        givenBy: ['jongere'],
        note: 'Mondeling, in het bijzijn van de mentor',
        givenOn: '2026-03-05',
        validUntil: '2027-03-05',
      });
      request.flush(aConsent({ id: 'c-9', validUntil: '2027-03-05' }), { status: 201, statusText: 'Created' });
      http.expectOne('/api/v1/cases/case-1/access').flush(anAccess());
      http.expectOne('/api/v1/cases/case-1').flush(aCase());
      await fixture.whenStable();

      expect(rows()).toHaveLength(1);
      expect(page.querySelector('[data-testid="consent-form"]')).toBeNull();
      expect(page.querySelector('.notice--success')?.textContent).toContain('De toestemming is vastgelegd.');
      expect(document.activeElement?.id).toBe('add-consent');
    });

    it('refuses, before sending, a consent without a parent for a jongere of 14, with the age rule as hint', async () => {
      await render([], anAccess(), aCase({ dateOfBirth: '2012-01-01' }));
      await openForm();
      expect(page.querySelector('#consent-givenBy-hint')?.textContent).toContain(
        'De jongere is 14 jaar: de jongere én een ouder of voogd',
      );
      await click('#consent-givenBy-jongere');
      submitForm();
      await fixture.whenStable();
      http.expectNone({ method: 'POST' });

      const checkbox = page.querySelector('#consent-givenBy-jongere');
      expect(checkbox?.getAttribute('aria-invalid')).toBe('true');
      expect(checkbox?.getAttribute('aria-describedby')).toContain('consent-givenBy-error');
      expect(page.querySelector('#consent-givenBy-error [role="alert"]')?.textContent).toContain(
        'Onder de 16 jaar is de toestemming van een ouder of voogd nodig.',
      );
      expect(document.activeElement?.id).toBe('consent-givenBy-jongere');

      await click('#consent-givenBy-parent-or-guardian');
      expect(page.querySelector('#consent-givenBy-error [role="alert"]')).toBeNull();
      submitForm();
      http.expectOne({ method: 'POST', url: '/api/v1/cases/case-1/consents' }).flush(aConsent());
      http.match('/api/v1/cases/case-1/access').forEach((request) => request.flush(anAccess()));
      http.match('/api/v1/cases/case-1').forEach((request) => request.flush(aCase()));
    });

    it('registers a legal ground for a whole sector, without givers', async () => {
      await render([]);
      await openForm();
      await click('#consent-scope-sector');
      await type('#consent-sector', 'jeugdhulp');
      await click('#consent-basis-legal-ground');
      expect(page.querySelector('#consent-givenBy-jongere')).toBeNull();
      submitForm();
      await fixture.whenStable();
      http.expectNone({ method: 'POST' });
      expect(page.querySelector('#consent-legalGround-error')?.textContent).toContain('Kies de wettelijke grondslag.');

      await type('#consent-legalGround', 'youth-probation');
      await type('#consent-note', 'Beschikking JR-2026-7');
      submitForm();
      const request = http.expectOne({ method: 'POST', url: '/api/v1/cases/case-1/consents' });
      expect(request.request.body).toEqual({
        scope: 'sector',
        sector: 'jeugdhulp',
        purpose: 'case-collaboration',
        basis: 'legal-ground',
        legalGround: 'youth-probation',
        note: 'Beschikking JR-2026-7',
        givenOn: '2026-03-05',
      });
      request.flush(aConsent());
      http.match('/api/v1/cases/case-1/access').forEach((r) => r.flush(anAccess()));
      http.match('/api/v1/cases/case-1').forEach((r) => r.flush(aCase()));
    });

    it('checks the dates with the domain rule', async () => {
      await render([]);
      await openForm();
      await click('#consent-givenBy-jongere');
      await type('#consent-givenOn', '2026-03-06');
      await type('#consent-validUntil', '2026-01-01');
      submitForm();
      await fixture.whenStable();
      http.expectNone({ method: 'POST' });
      expect(page.querySelector('#consent-givenOn-error')?.textContent).toContain(
        'De datum mag niet in de toekomst liggen.',
      );
      expect(page.querySelector('#consent-validUntil-error')?.textContent).toContain(
        'De einddatum mag niet voor de datum van de toestemming liggen.',
      );
      expect(page.querySelector('#consent-givenOn')?.getAttribute('aria-invalid')).toBe('true');
    });

    it("puts the API's field errors beside the fields, in Dutch when the rule is known", async () => {
      // A closed dossier: the date of birth is unknown here, so the API checks the age rule.
      await render([], anAccess({ level: 'existence-only', ground: 'none', canChange: false }), null);
      await openForm();
      expect(page.querySelector('#consent-givenBy-hint')?.textContent).toContain('Vanaf 16 jaar beslist de jongere');
      await click('#consent-givenBy-jongere');
      submitForm();
      http.expectOne({ method: 'POST', url: '/api/v1/cases/case-1/consents' }).flush(
        {
          type: 'https://sluitend.nl/problems/validation-failed',
          title: 'Bad Request',
          status: 400,
          detail: 'x',
          errors: [
            { field: 'givenBy', message: 'givenBy must include a parent or guardian for a jongere under 16' },
            { field: 'note', message: 'note must be shorter than or equal to 1000 characters' },
          ],
        },
        VALIDATION,
      );
      await fixture.whenStable();
      expect(page.querySelector('#consent-givenBy-error')?.textContent).toContain(
        'Onder de 16 jaar is de toestemming van een ouder of voogd nodig.',
      );
      expect(page.querySelector('#consent-note-error')?.textContent).toContain('note must be shorter');
      expect(page.querySelector('[data-testid="consent-form"] p.notice[role="alert"]')?.textContent).toContain(
        'Controleer de gemarkeerde velden',
      );
    });

    it('returns focus to the button when the form is cancelled', async () => {
      await render([]);
      await openForm();
      button('Annuleren').click();
      await fixture.whenStable();
      expect(page.querySelector('[data-testid="consent-form"]')).toBeNull();
      expect(document.activeElement?.id).toBe('add-consent');
    });
  });

  describe('withdrawing', () => {
    it('withdraws after a required reason, and can be cancelled with focus back on the button', async () => {
      await render([aConsent()]);
      const withdraw = button('Intrekken');
      withdraw.focus();
      withdraw.click();
      await fixture.whenStable();
      const dialog = page.querySelector('[data-testid="withdraw-consent-dialog"]');
      expect(dialog?.textContent).toContain('De toestemming voor Gemeente Utrecht stopt direct');
      expect(document.activeElement?.tagName).toBe('TEXTAREA');

      button('Annuleren', dialog ?? page).click();
      await fixture.whenStable();
      expect(page.querySelector('dialog')).toBeNull();
      expect(document.activeElement).toBe(withdraw);

      withdraw.click();
      await fixture.whenStable();
      const reopened = page.querySelector('[data-testid="withdraw-consent-dialog"]') ?? page;
      button('Ja, toestemming intrekken', reopened).click();
      await fixture.whenStable();
      http.expectNone({ method: 'POST' });
      expect(reopened.querySelector('textarea')?.getAttribute('aria-invalid')).toBe('true');

      const reason = reopened.querySelector('textarea');
      if (!reason) throw new Error('no reason');
      reason.value = 'De jongere trekt de toestemming in';
      reason.dispatchEvent(new Event('input'));
      button('Ja, toestemming intrekken', reopened).click();
      const request = http.expectOne({
        method: 'POST',
        url: '/api/v1/cases/case-1/consents/consent-1/withdrawal',
      });
      expect(request.request.body).toEqual({ reason: 'De jongere trekt de toestemming in' });
      request.flush(
        aConsent({
          status: 'withdrawn',
          withdrawnAt: '2026-03-05T10:00:00Z',
          withdrawnReason: 'De jongere trekt de toestemming in',
          withdrawnBy: { userId: 'user-1', name: 'Anne de Vries' },
        }),
      );
      http.expectOne('/api/v1/cases/case-1/access').flush(anAccess());
      http.expectOne('/api/v1/cases/case-1').flush(aCase());
      await fixture.whenStable();
      expect(page.querySelector('dialog')).toBeNull();
      expect(rows()[0]?.textContent).toContain('Ingetrokken');
      expect(page.querySelector('.notice--success')?.textContent).toContain('De toestemming is ingetrokken.');
      expect(document.activeElement?.id).toBe('consents-title');
    });

    it('says so, and shows the list as it is, when someone else withdrew it first', async () => {
      await render([aConsent()]);
      button('Intrekken').click();
      await fixture.whenStable();
      const dialog = page.querySelector('[data-testid="withdraw-consent-dialog"]') ?? page;
      const reason = dialog.querySelector('textarea');
      if (!reason) throw new Error('no reason');
      reason.value = 'Verzoek van de jongere';
      reason.dispatchEvent(new Event('input'));
      button('Ja, toestemming intrekken', dialog).click();
      http.expectOne({ method: 'POST', url: '/api/v1/cases/case-1/consents/consent-1/withdrawal' }).flush(
        {
          type: 'https://sluitend.nl/problems/consent-already-withdrawn',
          title: 'Conflict',
          status: 409,
          detail: 'x',
        },
        { status: 409, statusText: 'Conflict' },
      );
      http.expectOne('/api/v1/cases/case-1/consents').flush([aConsent({ status: 'withdrawn', withdrawnAt: 'x' })]);
      await fixture.whenStable();
      expect(dialog.querySelector('[role="alert"]')?.textContent).toContain('Deze toestemming was al ingetrokken.');
      expect(rows()[0]?.textContent).toContain('Ingetrokken');
    });
  });
});
