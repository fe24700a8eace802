import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { translocoTesting } from '../../../testing/transloco-testing';
import { MonitoringTable, throughputHeaders } from './monitoring-table';

@Component({
  imports: [MonitoringTable],
  template: `<app-monitoring-table caption="Doorlooptijden" [headers]="['Fase', 'Aantal', 'Mediaan']">
    <tr data-stage="triage">
      <th scope="row">Triage</th>
      <td>4</td>
      <td>2 dagen</td>
    </tr>
  </app-monitoring-table>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {}

describe('MonitoringTable', () => {
  it('captions the table, heads the columns and holds the projected rows in its body', () => {
    TestBed.configureTestingModule({ imports: [translocoTesting()] });
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    const table = (fixture.nativeElement as HTMLElement).querySelector('table');
    expect(table?.querySelector('caption')?.textContent?.trim()).toBe('Doorlooptijden');
    expect(table?.hasAttribute('data-testid')).toBe(false);
    const headers = Array.from(table?.querySelectorAll('thead th') ?? []);
    expect(
      headers.map((th) => [th.textContent?.trim(), th.getAttribute('scope'), th.classList.contains('numeric')]),
    ).toEqual([
      ['Fase', 'col', false],
      ['Aantal', 'col', true],
      ['Mediaan', 'col', true],
    ]);
    expect(table?.querySelector('tbody > tr[data-stage="triage"] > th')?.textContent?.trim()).toBe('Triage');
  });

  it('heads the throughput columns with month, submitted, closed and each outcome in order', () => {
    const t = (key: string) => `<${key}>`;
    expect(throughputHeaders(t)).toEqual([
      '<monitoring.throughput.month>',
      '<monitoring.throughput.submitted>',
      '<monitoring.throughput.closed>',
      '<actietafel.outcomes.resolved>',
      '<actietafel.outcomes.partly-resolved>',
      '<actietafel.outcomes.not-resolved>',
    ]);
  });
});
