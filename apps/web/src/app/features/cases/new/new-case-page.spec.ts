import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { aCase, provideFixedClock } from '../../../../testing/cases';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { IDEMPOTENCY_KEY } from '../../../core/http/idempotency';
import { NewCasePage } from './new-case-page';
import { createCaseRequest } from './new-case-request';

describe('NewCasePage', () => {
  let fixture: ComponentFixture<NewCasePage>;
  let http: HttpTestingController;
  let page: HTMLElement;
  let navigate: jest.SpyInstance;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [NewCasePage, translocoTesting()],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideFixedClock()],
    });
    http = TestBed.inject(HttpTestingController);
    navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    fixture = TestBed.createComponent(NewCasePage);
    page = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    http.expectOne('/api/v1/municipalities').flush([{ id: 'm-1', name: 'Tiel' }]);
    await fixture.whenStable();
  });

  async function type(selector: string, value: string): Promise<void> {
    const input = page.querySelector<HTMLInputElement | HTMLSelectElement>(selector);
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

  async function fillValid(): Promise<void> {
    await type('#new-case-firstName', 'Noah');
    await type('#new-case-lastName', 'de Jong');
    await type('#new-case-dateOfBirth', '2009-05-14');
    await type('#new-case-municipalityId', 'm-1');
  }

  it('is a labelled form with a default part for the casusregisseur', () => {
    const form = page.querySelector('[data-testid="case-form"]');
    expect(form).not.toBeNull();
    for (const input of Array.from(form?.querySelectorAll('input, select, textarea') ?? [])) {
      expect(page.querySelector(`label[for="${input.id}"]`)).not.toBeNull();
    }
    expect(page.querySelector<HTMLInputElement>('#new-case-part')?.value).toBe('casusregisseur');
  });

  it('checks the BSN with the elfproef while typing, once it has nine digits', async () => {
    await type('#new-case-bsn', '11122233');
    expect(page.querySelector('#new-case-bsn-error')?.textContent?.trim()).toBe('');
    await type('#new-case-bsn', '111222334');
    expect(page.querySelector('#new-case-bsn')?.getAttribute('aria-invalid')).toBe('true');
    expect(page.querySelector('#new-case-bsn-error [role="alert"]')?.textContent).toContain('elfproef');
    await type('#new-case-bsn', '111222333');
    expect(page.querySelector('#new-case-bsn')?.getAttribute('aria-invalid')).toBeNull();
  });

  it('checks the date of birth with the domain rule while typing, and shows the age', async () => {
    await type('#new-case-dateOfBirth', '2026-04-01');
    expect(page.querySelector('#new-case-dateOfBirth-error')?.textContent).toContain('niet in de toekomst');
    await type('#new-case-dateOfBirth', '1990-01-01');
    expect(page.querySelector('#new-case-dateOfBirth-error')?.textContent).toContain('tot en met 27 jaar');
    await type('#new-case-dateOfBirth', '2009-05-14');
    expect(page.querySelector('#new-case-dateOfBirth-age')?.textContent).toContain('Leeftijd: 16 jaar');
  });

  it('creates the case and opens it', async () => {
    await fillValid();
    await type('#new-case-bsn', '111222333');
    fixture.componentInstance.submit();

    const request = http.expectOne({ method: 'POST', url: '/api/v1/cases' });
    expect(request.request.body).toEqual({
      firstName: 'Noah',
      lastName: 'de Jong',
      dateOfBirth: '2009-05-14',
      municipalityId: 'm-1',
      bsn: '111222333',
      casusregisseurPart: 'casusregisseur',
    });
    request.flush(aCase({ id: 'case-9' }), { status: 201, statusText: 'Created' });
    expect(navigate).toHaveBeenCalledWith(['/cases', 'case-9']);
  });

  it('says in Dutch that a case with this BSN exists and whom to ask', async () => {
    await fillValid();
    await type('#new-case-bsn', '111222333');
    fixture.componentInstance.submit();
    http.expectOne({ method: 'POST', url: '/api/v1/cases' }).flush(
      {
        type: 'https://sluitend.nl/problems/case-already-exists',
        title: 'Conflict',
        status: 409,
        detail: 'A case with this BSN already exists; ask its casusregisseur to add you to the team.',
        errors: [{ field: 'bsn', message: 'bsn belongs to an existing case' }],
      },
      { status: 409, statusText: 'Conflict', headers: { 'Content-Type': 'application/problem+json' } },
    );
    await fixture.whenStable();
    expect(page.textContent).toContain('Er bestaat al een dossier met dit BSN');
    expect(page.textContent).not.toContain('existing case');
  });

  describe('a repeated submit opens one case', () => {
    const keyOf = () => {
      const request = http.expectOne({ method: 'POST', url: '/api/v1/cases' });
      return { request, key: request.request.context.get(IDEMPOTENCY_KEY) };
    };
    const networkError = new ProgressEvent('error');

    it('sends nothing for a second click while the first is on its way', async () => {
      await fillValid();
      fixture.componentInstance.submit();
      fixture.componentInstance.submit();
      const [request] = http.match({ method: 'POST', url: '/api/v1/cases' });
      http.expectNone({ method: 'POST', url: '/api/v1/cases' });
      expect(request.request.context.get(IDEMPOTENCY_KEY)).toEqual(expect.any(String));
    });

    it('sends the same Idempotency-Key again when the same case is sent after a network error', async () => {
      await fillValid();
      fixture.componentInstance.submit();
      const first = keyOf();
      first.request.error(networkError);
      await fixture.whenStable();
      fixture.componentInstance.submit();
      const retry = keyOf();
      expect(retry.key).toBe(first.key);
      retry.request.flush(aCase({ id: 'case-9' }), { status: 201, statusText: 'Created' });
      expect(navigate).toHaveBeenCalledWith(['/cases', 'case-9']);
    });

    it('uses a new key once the content was changed, since that is another request', async () => {
      await fillValid();
      fixture.componentInstance.submit();
      const first = keyOf();
      first.request.error(networkError);
      await fixture.whenStable();
      await type('#new-case-lastName', 'de Jongh');
      fixture.componentInstance.submit();
      expect(keyOf().key).not.toBe(first.key);
    });
  });

  it('does not send an incomplete form and focuses the first field to fix', async () => {
    fixture.componentInstance.submit();
    await fixture.whenStable();
    http.expectNone('/api/v1/cases');
    expect(page.querySelector('#new-case-firstName')?.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement?.id).toBe('new-case-firstName');
  });

  describe('the optional consent', () => {
    it('explains that without consent the content stays closed, and shows the age rule for the date of birth', async () => {
      const fieldset = page.querySelector('[data-testid="new-case-consent"]');
      expect(fieldset?.querySelector('legend')?.textContent).toContain('Toestemming van de jongere (niet verplicht)');
      expect(fieldset?.textContent).toContain('blijft de inhoud gesloten, ook voor het team');
      expect(page.querySelector('#new-case-consent-givenBy-hint')?.textContent).toContain('Vanaf 16 jaar');

      await type('#new-case-dateOfBirth', '2012-01-01');
      expect(page.querySelector('#new-case-consent-givenBy-hint')?.textContent).toContain(
        'De jongere is 14 jaar: de jongere én een ouder of voogd',
      );
      await type('#new-case-dateOfBirth', '2009-05-14');
      expect(page.querySelector('#new-case-consent-givenBy-hint')?.textContent).toContain(
        'De jongere is 16 jaar en beslist zelf',
      );
    });

    it("sends the jongere's consent with the new case", async () => {
      await fillValid();
      await click('#new-case-consent-givenBy-jongere');
      await type('#new-case-consent-validUntil', '2027-03-05');
      await type('#new-case-consent-note', 'Mondeling gegeven');
      fixture.componentInstance.submit();
      const request = http.expectOne({ method: 'POST', url: '/api/v1/cases' });
      expect(request.request.body.consent).toEqual({
        givenBy: ['jongere'],
        givenOn: '2026-03-05',
        validUntil: '2027-03-05',
        note: 'Mondeling gegeven',
      });
      request.flush(aCase({ id: 'case-9' }), { status: 201, statusText: 'Created' });
      expect(navigate).toHaveBeenCalledWith(['/cases', 'case-9']);
    });

    it('does not send a consent that misses a giver for the age of the jongere', async () => {
      await fillValid();
      await type('#new-case-dateOfBirth', '2012-01-01');
      await click('#new-case-consent-givenBy-jongere');
      fixture.componentInstance.submit();
      await fixture.whenStable();
      http.expectNone('/api/v1/cases');
      expect(page.querySelector('#new-case-consent-givenBy-error [role="alert"]')?.textContent).toContain(
        'Onder de 16 jaar is de toestemming van een ouder of voogd nodig.',
      );
      expect(document.activeElement?.id).toBe('new-case-consent-givenBy-jongere');
    });

    it('asks who gave consent when only its dates or note were filled in', async () => {
      await fillValid();
      await type('#new-case-consent-note', 'Toestemming per telefoon');
      fixture.componentInstance.submit();
      await fixture.whenStable();
      http.expectNone('/api/v1/cases');
      expect(page.querySelector('#new-case-consent-givenBy-error')?.textContent).toContain(
        'Kies wie toestemming heeft gegeven.',
      );
    });

    it("puts the API's consent error on the givers", async () => {
      await fillValid();
      await click('#new-case-consent-givenBy-jongere');
      fixture.componentInstance.submit();
      http.expectOne('/api/v1/cases').flush(
        {
          type: 'https://sluitend.nl/problems/validation-failed',
          title: 'Bad Request',
          status: 400,
          detail: 'x',
          errors: [{ field: 'consent.givenBy', message: 'givenBy must include the jongere' }],
        },
        { status: 400, statusText: 'Bad Request' },
      );
      await fixture.whenStable();
      expect(page.querySelector('#new-case-consent-givenBy-error')?.textContent).toContain(
        'De toestemming van de jongere zelf is nodig.',
      );
      expect(page.querySelector('p.notice[role="alert"]')?.textContent).toContain('Controleer de gemarkeerde velden');
    });
  });

  it("puts the API's field errors on the inputs", async () => {
    await fillValid();
    fixture.componentInstance.submit();
    http.expectOne('/api/v1/cases').flush(
      {
        type: 'https://sluitend.nl/problems/validation-failed',
        title: 'Bad Request',
        status: 400,
        detail: 'The request contains invalid fields.',
        errors: [{ field: 'dateOfBirth', message: 'dateOfBirth must not be in the future' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(page.querySelector('#new-case-dateOfBirth-error')?.textContent).toContain(
      'dateOfBirth must not be in the future',
    );
    expect(page.querySelector('p.notice[role="alert"]')?.textContent).toContain('Controleer de gemarkeerde velden');
    expect(navigate).not.toHaveBeenCalled();
  });
});

describe('createCaseRequest', () => {
  it('sends a consent only when someone is named as giver', () => {
    const value = {
      firstName: 'Noah',
      lastName: 'de Jong',
      dateOfBirth: '2009-05-14',
      bsn: '',
      municipalityId: 'm-1',
      schoolOrWork: '',
      contact: { phone: '', email: '', address: '' },
      casusregisseurPart: 'casusregisseur',
    };
    const none = {
      givenBy: { jongere: false, 'parent-or-guardian': false },
      givenOn: '2026-03-05',
      validUntil: '',
      note: '',
    };
    expect(createCaseRequest({ ...value, consent: none }).consent).toBeUndefined();
    expect(
      createCaseRequest({ ...value, consent: { ...none, givenBy: { jongere: true, 'parent-or-guardian': true } } })
        .consent,
    ).toEqual({ givenBy: ['jongere', 'parent-or-guardian'], givenOn: '2026-03-05' });
  });

  it('leaves out the optional fields that were left empty and trims the rest', () => {
    expect(
      createCaseRequest({
        firstName: ' Noah ',
        lastName: 'de Jong',
        dateOfBirth: '2009-05-14',
        bsn: ' ',
        municipalityId: 'm-1',
        schoolOrWork: '',
        contact: { phone: '', email: 'noah@example.nl', address: '' },
        casusregisseurPart: ' trajectbegeleider ',
      }),
    ).toEqual({
      firstName: 'Noah',
      lastName: 'de Jong',
      dateOfBirth: '2009-05-14',
      municipalityId: 'm-1',
      contact: { email: 'noah@example.nl' },
      casusregisseurPart: 'trajectbegeleider',
    });
  });
});
