import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { anAccess, anEmergencyAccess } from '../../../../../testing/case-access';
import { aCase, provideFixedClock } from '../../../../../testing/cases';
import { translocoTesting } from '../../../../../testing/transloco-testing';
import { CaseContext } from '../case-context';
import { CaseOverview } from './case-overview';

describe('CaseOverview', () => {
  let fixture: ComponentFixture<CaseOverview>;
  let http: HttpTestingController;
  let page: HTMLElement;
  let context: CaseContext;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [CaseOverview, translocoTesting()],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideFixedClock(), CaseContext],
    });
    http = TestBed.inject(HttpTestingController);
    context = TestBed.inject(CaseContext);
    context.setAccess(anAccess());
    context.set(aCase());
    fixture = TestBed.createComponent(CaseOverview);
    page = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    http.expectOne('/api/v1/municipalities').flush([{ id: 'm-1', name: 'Tiel' }]);
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

  async function openEditor(): Promise<void> {
    page.querySelector<HTMLButtonElement>('#edit-case-button')?.click();
    await fixture.whenStable();
  }

  function submitEdit(): void {
    page.querySelector<HTMLButtonElement>('app-case-edit-form button[type="submit"]')?.click();
  }

  it('sends only the changed fields with the version, and shows the saved dossier', async () => {
    await openEditor();
    expect(document.activeElement?.id).toBe('edit-case-firstName');
    await type('#edit-case-schoolOrWork', 'ROC Rivor');
    submitEdit();
    const request = http.expectOne({ method: 'PATCH', url: '/api/v1/cases/case-1' });
    expect(request.request.body).toEqual({ version: 3, schoolOrWork: 'ROC Rivor' });
    request.flush(aCase({ schoolOrWork: 'ROC Rivor', version: 4 }));
    await fixture.whenStable();
    expect(page.querySelector('[data-testid="case-data"]')?.textContent).toContain('ROC Rivor');
    expect(page.querySelector('app-case-edit-form')).toBeNull();
    expect(document.activeElement?.id).toBe('edit-case-button');
  });

  it('on a version conflict shows the newest dossier, keeps the edits and saves on the new version', async () => {
    await openEditor();
    await type('#edit-case-schoolOrWork', 'ROC Rivor');
    submitEdit();
    http.expectOne({ method: 'PATCH', url: '/api/v1/cases/case-1' }).flush(
      {
        type: 'https://sluitend.nl/problems/version-conflict',
        title: 'Conflict',
        status: 409,
        detail: 'x',
        currentVersion: 5,
      },
      { status: 409, statusText: 'Conflict' },
    );
    http
      .expectOne({ method: 'GET', url: '/api/v1/cases/case-1' })
      .flush(aCase({ contact: { phone: '0687654321', email: null, address: null }, version: 5 }));
    await fixture.whenStable();

    expect(page.querySelector('app-case-edit-form [role="alert"]')?.textContent).toContain(
      'Iemand anders heeft dit dossier intussen gewijzigd',
    );
    expect(page.querySelector('[data-testid="case-data"]')?.textContent).toContain('0687654321');
    expect(page.querySelector<HTMLInputElement>('#edit-case-schoolOrWork')?.value).toBe('ROC Rivor');

    submitEdit();
    const retry = http.expectOne({ method: 'PATCH', url: '/api/v1/cases/case-1' });
    expect(retry.request.body).toEqual({ version: 5, schoolOrWork: 'ROC Rivor' });
    retry.flush(aCase({ schoolOrWork: 'ROC Rivor', version: 6 }));
  });

  it('hides edit controls under emergency access', async () => {
    context.setAccess(anEmergencyAccess());
    await fixture.whenStable();
    expect(page.querySelector('[data-testid="case-data"]')?.textContent).toContain('Praktijkschool Tiel');
    expect(page.querySelector('#edit-case-button')).toBeNull();
    expect(page.querySelector('app-close-case-form')).toBeNull();
  });

  it('hides edit controls while processing is restricted', async () => {
    context.set(aCase({ restriction: { reason: 'Bezwaar', since: '2026-03-02T09:00:00Z' } }));
    await fixture.whenStable();
    expect(page.querySelector('#edit-case-button')).toBeNull();
    expect(page.querySelector('app-close-case-form')).toBeNull();
  });

  it('explains a write refused because processing was restricted meanwhile', async () => {
    await openEditor();
    await type('#edit-case-schoolOrWork', 'ROC Rivor');
    submitEdit();
    http
      .expectOne({ method: 'PATCH', url: '/api/v1/cases/case-1' })
      .flush(
        { type: 'https://sluitend.nl/problems/case-restricted', title: 'Conflict', status: 409, detail: 'x' },
        { status: 409, statusText: 'Conflict' },
      );
    await fixture.whenStable();
    expect(page.querySelector('app-case-edit-form [role="alert"]')?.textContent).toContain(
      'De verwerking van dit dossier is beperkt',
    );
  });

  it('closes the case with a reason', async () => {
    page.querySelector<HTMLButtonElement>('app-close-case-form button[type="submit"]')?.click();
    await fixture.whenStable();
    http.expectNone({ method: 'PATCH' });
    expect(page.querySelector('#close-reason')?.getAttribute('aria-invalid')).toBe('true');

    await type('#close-reason', 'Doelen bereikt');
    page.querySelector<HTMLButtonElement>('app-close-case-form button[type="submit"]')?.click();
    const request = http.expectOne({ method: 'PATCH', url: '/api/v1/cases/case-1' });
    expect(request.request.body).toEqual({ version: 3, status: 'closed', closedReason: 'Doelen bereikt' });
    request.flush(
      aCase({ status: 'closed', closedReason: 'Doelen bereikt', closedAt: '2026-03-05T10:00:00Z', version: 4 }),
    );
    await fixture.whenStable();
    expect(page.querySelector('.notice--success')?.textContent).toContain('Het dossier is gesloten.');
    expect(page.textContent).toContain('Dossier heropenen');
  });
});
