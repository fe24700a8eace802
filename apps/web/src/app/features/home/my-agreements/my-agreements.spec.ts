import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AgreementListItem, Role } from '@sluitend/domain';
import { provideFixedClock } from '../../../../testing/cases';
import { anAgreementListItem, problem } from '../../../../testing/escalations';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { signIn } from '../../../../testing/users';
import { MyAgreements } from './my-agreements';

describe('MyAgreements', () => {
  let fixture: ComponentFixture<MyAgreements>;
  let http: HttpTestingController;
  let page: HTMLElement;

  async function render(agreements: AgreementListItem[], roles: Role[] = ['professional']): Promise<void> {
    TestBed.configureTestingModule({
      imports: [MyAgreements, translocoTesting()],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideFixedClock()],
    });
    http = TestBed.inject(HttpTestingController);
    signIn(roles);
    fixture = TestBed.createComponent(MyAgreements);
    page = fixture.nativeElement as HTMLElement;
    document.body.appendChild(page);
    await fixture.whenStable();
    http.expectOne('/api/v1/agreements?owner=mine').flush(agreements);
    await fixture.whenStable();
  }

  afterEach(() => {
    http.verify();
    page?.remove();
  });

  function rows(): HTMLElement[] {
    return Array.from(page.querySelectorAll<HTMLElement>('[data-testid="my-agreement-row"]'));
  }

  async function click(element: Element | null | undefined): Promise<void> {
    if (!(element instanceof HTMLElement)) throw new Error('nothing to click');
    element.click();
    await fixture.whenStable();
  }

  const AGREEMENTS = [
    anAgreementListItem({ id: 'done', status: 'done', doneNote: 'Gebeld', settledAt: '2026-03-03T10:00:00Z' }),
    anAgreementListItem({ id: 'later', deadline: '2026-03-20' }),
    anAgreementListItem({ id: 'late', deadline: '2026-03-01', overdue: true, what: 'Huisvesting regelen' }),
  ];

  it('shows open agreements first, overdue at the top and marked in words, with the jongere and deadline', async () => {
    await render(AGREEMENTS);
    expect(rows().map((row) => row.getAttribute('data-agreement-id'))).toEqual(['late', 'later', 'done']);
    const [late, later, done] = rows();
    expect(late?.textContent).toContain('Huisvesting regelen');
    expect(late?.textContent).toContain('Noah de Jong');
    expect(late?.textContent).toContain('01-03-2026');
    expect(late?.querySelector('[data-testid="agreement-overdue"]')?.textContent?.trim()).toBe('Over de deadline');
    expect(later?.querySelector('[data-testid="agreement-overdue"]')).toBeNull();
    expect(done?.textContent).toContain('Afgerond');
    expect(done?.textContent).toContain('Gebeld');
    expect(done?.querySelector('[data-testid="mark-agreement-done"]')).toBeNull();
    expect(page.querySelector('[data-testid="my-agreements-overdue-count"]')?.textContent?.trim()).toBe(
      'Over de deadline: 1',
    );
    // Only the coordinator gets a link to the escalation.
    expect(late?.querySelector('a')).toBeNull();
  });

  it('needs a note to mark an agreement done, and sends it with the version', async () => {
    await render(AGREEMENTS);
    await click(rows()[0]?.querySelector('[data-testid="mark-agreement-done"]'));
    const dialog = page.querySelector('[data-testid="agreement-done-dialog"]');
    expect(dialog?.textContent).toContain('Huisvesting regelen');
    expect(document.activeElement?.id).toBe('agreement-done-note');

    await click(page.querySelector('[data-testid="confirm-agreement-done"]'));
    http.expectNone((request) => request.method === 'PATCH');
    expect(dialog?.textContent).toContain('Dit veld is verplicht.');

    const note = page.querySelector<HTMLTextAreaElement>('[data-testid="agreement-done-note"]');
    if (note) {
      note.value = 'Kamer geregeld via de woningcorporatie';
      note.dispatchEvent(new Event('input'));
    }
    await click(page.querySelector('[data-testid="confirm-agreement-done"]'));
    const request = http.expectOne({ method: 'PATCH', url: '/api/v1/agreements/late' });
    expect(request.request.body).toEqual({
      version: 1,
      status: 'done',
      doneNote: 'Kamer geregeld via de woningcorporatie',
    });
    request.flush({
      ...AGREEMENTS[2],
      status: 'done',
      overdue: false,
      doneNote: 'Kamer geregeld via de woningcorporatie',
      settledAt: '2026-03-05T10:00:00Z',
      version: 2,
    });
    await fixture.whenStable();
    expect(page.querySelector('[data-testid="agreement-done-dialog"]')).toBeNull();
    expect(page.textContent).toContain('De afspraak ‘Huisvesting regelen’ is afgerond.');
    expect(rows().map((row) => row.getAttribute('data-agreement-id'))).toEqual(['later', 'late', 'done']);
    expect(page.querySelector('[data-testid="my-agreements-overdue-count"]')).toBeNull();
  });

  it('reloads the list when someone else changed the agreement first', async () => {
    await render(AGREEMENTS);
    await click(rows()[0]?.querySelector('[data-testid="mark-agreement-done"]'));
    const note = page.querySelector<HTMLTextAreaElement>('[data-testid="agreement-done-note"]');
    if (note) {
      note.value = 'Klaar';
      note.dispatchEvent(new Event('input'));
    }
    await click(page.querySelector('[data-testid="confirm-agreement-done"]'));
    const refusal = problem('agreement-changed', 409);
    http.expectOne('/api/v1/agreements/late').flush(refusal.body, refusal.options);
    await fixture.whenStable();
    expect(page.querySelector('[data-testid="agreement-done-dialog"]')?.textContent).toContain(
      'Iemand anders heeft deze afspraak intussen gewijzigd',
    );
    http.expectOne('/api/v1/agreements?owner=mine').flush(AGREEMENTS);
  });

  it('links the coordinator to the escalation', async () => {
    await render(AGREEMENTS, ['actietafel-coordinator']);
    expect(rows()[0]?.querySelector('a')?.getAttribute('href')).toBe('/actietafel/escalations/esc-1');
  });

  it('says so when there are none', async () => {
    await render([]);
    expect(page.querySelector('.empty-state')?.textContent).toContain('Geen afspraken');
  });
});
