import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { RetentionRunResponse } from '@sluitend/domain';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { RetentionPage } from './retention-page';

function aRun(dryRun: boolean): RetentionRunResponse {
  return {
    dryRun,
    ranAt: '2026-03-05T10:00:00Z',
    kinds: [
      { kind: 'case-file', retentionYears: 20, cutoff: '2006-03-05', count: 2, caseIds: ['case-7', 'case-9'] },
      { kind: 'access-log', retentionYears: 20, cutoff: '2006-03-05', count: 0, caseIds: [] },
    ],
  };
}

describe('RetentionPage', () => {
  let fixture: ComponentFixture<RetentionPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [RetentionPage, translocoTesting()],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(RetentionPage);
    page = fixture.nativeElement as HTMLElement;
    document.body.appendChild(page);
    await fixture.whenStable();
  });

  afterEach(() => {
    http.verify();
    page.remove();
  });

  const button = (text: string, root: ParentNode = page) => {
    const found = Array.from(root.querySelectorAll<HTMLButtonElement>('button')).find(
      (candidate) => candidate.textContent?.trim() === text,
    );
    if (!found) throw new Error(`no button "${text}"`);
    return found;
  };
  const resultRows = () =>
    Array.from(page.querySelectorAll('[data-testid="retention-result"] tbody tr')).map((row) =>
      Array.from(row.children).map((cell) => {
        const items = Array.from(cell.querySelectorAll('li')).map((item) => item.textContent?.trim());
        return items.length > 0 ? items.join(', ') : cell.textContent?.trim();
      }),
    );

  it('puts focus on the page heading and asks the API nothing on opening', () => {
    expect(document.activeElement).toBe(page.querySelector('h1'));
    expect(page.querySelector('h1')?.textContent?.trim()).toBe('Bewaartermijnen');
    http.expectNone(() => true);
  });

  it('explains the terms from the domain, with the article of the Jeugdwet', () => {
    const terms = page.querySelector('[data-testid="retention-terms"]');
    expect(terms?.textContent).toContain('Jeugdwet artikel 7.3.8: het dossier wordt 20 jaar bewaard');
    const rows = Array.from(terms?.querySelectorAll('tbody tr') ?? []).map((row) =>
      Array.from(row.children).map((cell) => cell.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['Dossier', '20 jaar na het sluiten van het dossier', 'Jeugdwet art. 7.3.8'],
      ['Toegangslog', '20 jaar na het vastleggen van de gebeurtenis', 'Jeugdwet art. 7.3.8'],
    ]);
  });

  it('shows per kind what a trial run would remove, and says nothing was removed', async () => {
    button('Proefdraaien').click();
    await fixture.whenStable();
    expect(button('Bezig...')).toBeTruthy();
    const request = http.expectOne({ method: 'POST', url: '/api/v1/retention-runs' });
    expect(request.request.body).toEqual({ dryRun: true });
    request.flush(aRun(true), { status: 201, statusText: 'Created' });
    await fixture.whenStable();

    expect(page.querySelector('[role="status"] .notice--success')?.textContent).toContain('Er is niets verwijderd');
    expect(page.querySelector('#retention-result-title')?.textContent?.trim()).toBe('Proefdraai van 05-03-2026 11:00');
    expect(page.querySelector('[data-testid="retention-result"] caption')?.textContent?.trim()).toBe(
      'Wat er zou verdwijnen, per soort gegevens',
    );
    expect(resultRows()).toEqual([
      ['Dossier', '20 jaar', '05-03-2006', '2', 'case-7, case-9'],
      ['Toegangslog', '20 jaar', '05-03-2006', '0', 'geen'],
    ]);
  });

  it('runs for real only after confirmation', async () => {
    button('Nu uitvoeren').click();
    await fixture.whenStable();
    const dialog = page.querySelector('dialog');
    expect(dialog?.textContent).toContain('Dit kan niet ongedaan worden gemaakt');
    http.expectNone({ method: 'POST', url: '/api/v1/retention-runs' });

    button('Definitief verwijderen', dialog ?? page).click();
    await fixture.whenStable();
    const request = http.expectOne({ method: 'POST', url: '/api/v1/retention-runs' });
    expect(request.request.body).toEqual({ dryRun: false });
    request.flush(aRun(false), { status: 201, statusText: 'Created' });
    await fixture.whenStable();

    expect(page.querySelector('dialog')).toBeNull();
    expect(page.querySelector('.notice--success')?.textContent).toContain('De bewaartermijnen zijn toegepast');
    expect(page.querySelector('#retention-result-title')?.textContent?.trim()).toBe('Uitgevoerd op 05-03-2026 11:00');
  });

  it('removes nothing when the confirmation is cancelled', async () => {
    button('Nu uitvoeren').click();
    await fixture.whenStable();
    button('Annuleren', page.querySelector('dialog') ?? page).click();
    await fixture.whenStable();

    expect(page.querySelector('dialog')).toBeNull();
    http.expectNone({ method: 'POST', url: '/api/v1/retention-runs' });
  });

  it('starts only one run while one is busy', async () => {
    button('Proefdraaien').click();
    await fixture.whenStable();
    button('Bezig...').click();
    button('Nu uitvoeren').click();
    await fixture.whenStable();
    expect(page.querySelector('dialog')).toBeNull();
    http.expectOne('/api/v1/retention-runs').flush(aRun(true));
  });

  it('explains a refused run in Dutch', async () => {
    button('Proefdraaien').click();
    http
      .expectOne('/api/v1/retention-runs')
      .flush(
        { type: 'https://sluitend.nl/problems/forbidden', title: 'Forbidden', status: 403 },
        { status: 403, statusText: 'Forbidden' },
      );
    await fixture.whenStable();
    expect(page.querySelector('[role="alert"]')?.textContent).toContain('U hebt geen toestemming');
    expect(page.querySelector('[data-testid="retention-result"]')).toBeNull();
  });
});
