import { ComponentFixture, TestBed } from '@angular/core/testing';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { ScoreChart, chartSegments } from './score-chart';

const point = (version: number, score: 1 | 2 | 3 | 4 | 5 | null) => ({
  version,
  createdAt: '2026-03-01T10:00:00Z',
  score,
});

describe('ScoreChart', () => {
  it('breaks the line where a version has no score', () => {
    expect(chartSegments([point(1, 2), point(2, 3), point(3, null), point(4, 4)])).toHaveLength(1);
    expect(chartSegments([point(1, 2), point(2, 3), point(3, null), point(4, 4), point(5, 5)])).toHaveLength(2);
  });

  it('is an image with a text alternative and the same numbers in a table', async () => {
    TestBed.configureTestingModule({ imports: [ScoreChart, translocoTesting()] });
    const fixture: ComponentFixture<ScoreChart> = TestBed.createComponent(ScoreChart);
    fixture.componentRef.setInput('label', 'Wonen');
    fixture.componentRef.setInput('chartId', 'chart-wonen');
    fixture.componentRef.setInput('points', [point(1, 2), point(2, 4)]);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;

    const svg = element.querySelector('svg');
    expect(svg?.getAttribute('role')).toBe('img');
    expect(svg?.getAttribute('aria-labelledby')).toBe('chart-wonen-title chart-wonen-desc');
    expect(element.querySelector('#chart-wonen-desc')?.textContent).toContain('versie 2: 4;');
    const cells = Array.from(element.querySelectorAll('tbody td:last-child')).map((cell) => cell.textContent?.trim());
    expect(cells).toEqual(['2 - Niet zelfredzaam', '4 - Voldoende zelfredzaam']);
  });
});
