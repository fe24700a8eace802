import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { EmergencyAccessResponse } from '@sluitend/domain';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { EmergencyAccessPage, emergencyAccessRequest } from './emergency-access-page';

const REASON = 'Jongere is vermist, de politie vraagt om contactgegevens';
const GRANTED: EmergencyAccessResponse = {
  id: 'ea-1',
  caseId: 'case-7',
  user: { userId: 'user-5', name: 'Pieter Bos', organisationName: 'Jeugdhulp Rivierenland' },
  reason: REASON,
  grantedAt: '2026-03-05T10:00:00Z',
  expiresAt: '2026-03-05T14:00:00Z',
  active: true,
};

describe('EmergencyAccessPage', () => {
  let fixture: ComponentFixture<EmergencyAccessPage>;
  let http: HttpTestingController;
  let page: HTMLElement;
  let navigate: jest.SpyInstance;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [EmergencyAccessPage, translocoTesting()],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    fixture = TestBed.createComponent(EmergencyAccessPage);
    page = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  async function type(selector: string, value: string): Promise<void> {
    const input = page.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector);
    if (!input) throw new Error(`no ${selector}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  async function click(selector: string): Promise<void> {
    page.querySelector<HTMLElement>(selector)?.click();
    await fixture.whenStable();
  }

  function submit(): void {
    page.querySelector<HTMLButtonElement>('[data-testid="emergency-form"] button[type="submit"]')?.click();
  }

  it('explains that access is read-only, that the casusregisseur is told and that it is logged', () => {
    const explanation = page.querySelector('[data-testid="emergency-explanation"]')?.textContent;
    expect(explanation).toContain('4 uur');
    expect(explanation).toContain('alleen lezen');
    expect(explanation).toContain('De casusregisseur krijgt bericht');
    expect(explanation).toContain('toegangslog');
  });

  it('labels every field and groups the choice in a fieldset with a legend', async () => {
    await click('#emergency-by-name');
    const form = page.querySelector('[data-testid="emergency-form"]');
    for (const input of Array.from(form?.querySelectorAll('input, textarea') ?? [])) {
      expect(page.querySelector(`label[for="${input.id}"]`)).not.toBeNull();
    }
    expect(form?.querySelector('fieldset legend')?.textContent).toContain('Hoe zoekt u de jongere?');
  });

  it('opens the case found by BSN', async () => {
    await type('#emergency-bsn', '111222333');
    await type('#emergency-reason', REASON);
    submit();
    const request = http.expectOne({ method: 'POST', url: '/api/v1/emergency-accesses' });
    expect(request.request.body).toEqual({ bsn: '111222333', reason: REASON });
    request.flush(GRANTED, { status: 201, statusText: 'Created' });
    expect(navigate).toHaveBeenCalledWith(['/cases', 'case-7']);
  });

  it('opens the case found by last name and date of birth', async () => {
    await click('#emergency-by-name');
    await type('#emergency-lastName', ' de Jong ');
    await type('#emergency-dateOfBirth', '2009-05-14');
    await type('#emergency-reason', REASON);
    submit();
    const request = http.expectOne({ method: 'POST', url: '/api/v1/emergency-accesses' });
    expect(request.request.body).toEqual({ lastName: 'de Jong', dateOfBirth: '2009-05-14', reason: REASON });
    request.flush(GRANTED);
  });

  it('needs a reason of at least 20 characters, and counts them', async () => {
    await type('#emergency-bsn', '111222333');
    await type('#emergency-reason', 'Spoed');
    expect(page.querySelector('[data-testid="reason-count"]')?.textContent).toContain('5 van minimaal 20 tekens');
    submit();
    await fixture.whenStable();
    http.expectNone('/api/v1/emergency-accesses');
    const reason = page.querySelector('#emergency-reason');
    expect(reason?.getAttribute('aria-invalid')).toBe('true');
    expect(reason?.getAttribute('aria-describedby')).toContain('emergency-reason-count');
    expect(page.querySelector('#emergency-reason-error')?.textContent).toContain('minimaal 20 tekens');
    expect(document.activeElement?.id).toBe('emergency-reason');
  });

  it('checks the BSN with the elfproef before asking', async () => {
    await type('#emergency-bsn', '111222334');
    await type('#emergency-reason', REASON);
    submit();
    await fixture.whenStable();
    http.expectNone('/api/v1/emergency-accesses');
    expect(page.querySelector('#emergency-bsn-error')?.textContent).toContain('elfproef');
  });

  it('says when no case was found', async () => {
    await type('#emergency-bsn', '111222333');
    await type('#emergency-reason', REASON);
    submit();
    http
      .expectOne('/api/v1/emergency-accesses')
      .flush(
        { type: 'https://sluitend.nl/problems/case-not-found', title: 'Not Found', status: 404, detail: 'x' },
        { status: 404, statusText: 'Not Found' },
      );
    await fixture.whenStable();
    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Geen dossier gevonden');
    expect(navigate).not.toHaveBeenCalled();
  });

  it('asks for the BSN when the name and date of birth match more than one case', async () => {
    await click('#emergency-by-name');
    await type('#emergency-lastName', 'de Jong');
    await type('#emergency-dateOfBirth', '2009-05-14');
    await type('#emergency-reason', REASON);
    submit();
    http
      .expectOne('/api/v1/emergency-accesses')
      .flush(
        { type: 'https://sluitend.nl/problems/ambiguous-case', title: 'Conflict', status: 409, detail: 'x' },
        { status: 409, statusText: 'Conflict' },
      );
    await fixture.whenStable();
    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Vul het BSN van de jongere in');
    expect(page.querySelector<HTMLInputElement>('#emergency-by-bsn')?.checked).toBe(true);
    expect(document.activeElement?.id).toBe('emergency-bsn');
    expect(page.querySelector<HTMLTextAreaElement>('#emergency-reason')?.value).toBe(REASON);
  });
});

describe('emergencyAccessRequest', () => {
  it('sends only what identifies the jongere the chosen way', () => {
    const value = { bsn: ' 111222333 ', lastName: 'de Jong', dateOfBirth: '2009-05-14', reason: ` ${REASON} ` };
    expect(emergencyAccessRequest({ ...value, identifyBy: 'bsn' })).toEqual({ bsn: '111222333', reason: REASON });
    expect(emergencyAccessRequest({ ...value, identifyBy: 'name' })).toEqual({
      lastName: 'de Jong',
      dateOfBirth: '2009-05-14',
      reason: REASON,
    });
  });
});
