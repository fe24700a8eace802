import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { translocoTesting } from '../../../testing/transloco-testing';
import { FigureRow, FigureTable } from './figure-table';

@Component({
  imports: [FigureTable],
  template: `<app-figure-table
    caption="Per gemeente"
    labelHeader="Gemeente"
    countHeader="Ingediend"
    testId="figures"
    [rows]="rows()"
  />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  readonly rows = signal<FigureRow[]>([]);
}

describe('FigureTable', () => {
  function render(rows: FigureRow[]): HTMLElement {
    TestBed.configureTestingModule({ imports: [translocoTesting()], providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(Host);
    fixture.componentInstance.rows.set(rows);
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();

  it('names the table by its caption and heads columns and rows with their scope', () => {
    const page = render([{ key: 'tiel', label: 'Tiel', count: 3 }]);
    const table = page.querySelector('table[data-testid="figures"]');
    expect(text(table?.querySelector('caption'))).toBe('Per gemeente');
    expect(
      Array.from(table?.querySelectorAll('thead th') ?? []).map((th) => [th.getAttribute('scope'), text(th)]),
    ).toEqual([
      ['col', 'Gemeente'],
      ['col', 'Ingediend'],
    ]);
    const rowHeader = table?.querySelector('tbody th');
    expect(rowHeader?.getAttribute('scope')).toBe('row');
    expect(text(rowHeader)).toBe('Tiel');
    expect(text(table?.querySelector('tbody td'))).toBe('3');
  });

  it('links a count to the list behind it, its accessible name starting with the number', () => {
    const page = render([
      {
        key: 'tiel',
        label: 'Tiel',
        count: 1234,
        link: { path: '/actietafel/escalations', queryParams: { municipalityId: 'tiel' } },
        opens: 'escalaties uit Tiel: toon de lijst',
      },
      { key: 'buren', label: 'Buren', count: 2, link: null, opens: 'escalaties uit Buren: toon de lijst' },
    ]);
    const links = page.querySelectorAll<HTMLAnchorElement>('tbody a');
    expect(links).toHaveLength(1);
    expect(links[0]?.getAttribute('href')).toBe('/actietafel/escalations?municipalityId=tiel');
    expect(links[0]?.getAttribute('aria-label')).toBe(`${text(links[0])} escalaties uit Tiel: toon de lijst`);
    expect(text(page.querySelectorAll('tbody tr')[1]?.querySelector('td'))).toBe('2');
  });

  it('shows a suppressed report count as "<5" and links nowhere', () => {
    const page = render([
      { key: 'tiel', label: 'Tiel', count: null },
      { key: 'buren', label: 'Buren', count: 7 },
    ]);
    const cells = Array.from(page.querySelectorAll('tbody td'));
    expect(cells.map((cell) => text(cell))).toEqual(['<5', '7']);
    expect(cells[0]?.querySelector('[data-testid="suppressed"]')).not.toBeNull();
    expect(page.querySelector('tbody a')).toBeNull();
  });
});
