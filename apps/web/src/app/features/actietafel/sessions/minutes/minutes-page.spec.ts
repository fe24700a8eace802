import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { someMinutes } from '../../../../../testing/sessions';
import { translocoTesting } from '../../../../../testing/transloco-testing';
import { MinutesPage } from './minutes-page';

describe('MinutesPage', () => {
  let fixture: ComponentFixture<MinutesPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [MinutesPage, translocoTesting()],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(MinutesPage);
    fixture.componentRef.setInput('id', 'session-1');
    page = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  const byTestId = (id: string) => page.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const allText = (id: string) =>
    Array.from(page.querySelectorAll(`[data-testid="${id}"]`)).map((element) =>
      element.textContent?.replace(/\s+/g, ' ').trim(),
    );

  it('shows who was there, and per item the summary, the decisions and the agreements', async () => {
    http.expectOne('/api/v1/actietafel-sessions/session-1/minutes').flush(someMinutes());
    await fixture.whenStable();
    const content = byTestId('minutes-content');
    expect(content?.querySelector('h1')?.textContent).toContain(
      'Verslag van de Actietafel van donderdag 12 maart 2026',
    );
    expect(byTestId('minutes-attendance')?.textContent?.replace(/\s+/g, ' ')).toContain('Vervangen door Eva Smit');

    const item = byTestId('minutes-item')?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(item).toContain('Punt 1: Noah de Jong');
    expect(item).toContain('20 minuten gepland, 24 minuten besproken');
    expect(item).toContain('Beide domeinen zien de noodzaak.');

    const decisions = allText('minutes-decision');
    expect(decisions).toHaveLength(2);
    expect(decisions[0]).toBe('De gemeente financiert de plek voorlopig');
    expect(decisions[0]).not.toContain('doorzettingsmacht');
    expect(decisions[1]).toContain('Plaatsing gaat door, ook zonder akkoord van de financier');
    expect(decisions[1]).toContain('Met doorzettingsmacht');
    expect(decisions[1]).toContain('Onderbouwing: De jongere dreigt dakloos te worden');
    const agreements = Array.from(page.querySelectorAll('[data-testid="minutes-agreement"]')).map((row) =>
      Array.from(row.children).map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim()),
    );
    expect(agreements).toEqual([
      ['Passende woonplek zoeken', 'Peter Hol Jeugdbescherming Gelderland', '19-03-2026'],
      ['Indicatie aanvragen', 'Gemeente Tiel', '26-03-2026'],
    ]);
  });

  it('can be printed and downloaded as a PDF', async () => {
    http.expectOne('/api/v1/actietafel-sessions/session-1/minutes').flush(someMinutes());
    await fixture.whenStable();
    const link = byTestId('minutes-pdf');
    expect(link?.getAttribute('href')).toBe('/api/v1/actietafel-sessions/session-1/minutes/pdf');
    expect(link?.hasAttribute('download')).toBe(true);
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    byTestId('minutes-print')?.click();
    expect(print).toHaveBeenCalled();
  });

  it('explains when there are no minutes yet', async () => {
    http
      .expectOne('/api/v1/actietafel-sessions/session-1/minutes')
      .flush(
        { type: 'about:blank', title: 'Conflict', status: 409, detail: 'x' },
        { status: 409, statusText: 'Conflict' },
      );
    await fixture.whenStable();
    expect(page.querySelector('[role="alert"]')?.textContent).toContain('de sessie is nog niet beëindigd');
    expect(byTestId('minutes-pdf')).toBeNull();
  });
});
