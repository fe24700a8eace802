import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { DomainScorePoint } from '@sluitend/domain';
import { DateTimePipe } from '../../../shared/dates';

const WIDTH = 260;
const HEIGHT = 120;
const PADDING = { left: 28, right: 12, top: 10, bottom: 22 };

export interface ChartPoint {
  x: number;
  y: number;
  point: DomainScorePoint;
}

/** Positions on the chart; versions without a score are left out, which breaks the line there. */
export function chartPoints(points: readonly DomainScorePoint[]): ChartPoint[] {
  const innerWidth = WIDTH - PADDING.left - PADDING.right;
  const innerHeight = HEIGHT - PADDING.top - PADDING.bottom;
  const step = points.length > 1 ? innerWidth / (points.length - 1) : 0;
  return points.flatMap((point, index) =>
    point.score === null
      ? []
      : [
          {
            x: PADDING.left + (points.length > 1 ? index * step : innerWidth / 2),
            y: PADDING.top + ((5 - point.score) / 4) * innerHeight,
            point,
          },
        ],
  );
}

/** Lines only between scores of consecutive versions, so a gap is not drawn as a trend. */
export function chartSegments(points: readonly DomainScorePoint[]): string[] {
  const positions = chartPoints(points);
  const segments: string[] = [];
  let current: string[] = [];
  let previousIndex = -2;
  for (const position of positions) {
    const index = points.indexOf(position.point);
    if (index !== previousIndex + 1 && current.length > 0) {
      segments.push(current.join(' '));
      current = [];
    }
    current.push(`${position.x},${position.y}`);
    previousIndex = index;
  }
  if (current.length > 0) segments.push(current.join(' '));
  return segments.filter((segment) => segment.includes(' '));
}

/**
 * The self-sufficiency score of one life domain across versions. The SVG is a picture for sighted
 * users; the same numbers are in its description and in a table, for everyone else.
 */
@Component({
  selector: 'app-score-chart',
  imports: [TranslocoDirective, DateTimePipe],
  templateUrl: './score-chart.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ScoreChart {
  readonly label = input.required<string>();
  readonly points = input.required<readonly DomainScorePoint[]>();
  readonly chartId = input.required<string>();

  protected readonly width = WIDTH;
  protected readonly height = HEIGHT;
  protected readonly padding = PADDING;
  protected readonly levels = [1, 2, 3, 4, 5].map((score) => ({
    score,
    y: PADDING.top + ((5 - score) / 4) * (HEIGHT - PADDING.top - PADDING.bottom),
  }));
  protected readonly positions = computed(() => chartPoints(this.points()));
  protected readonly segments = computed(() => chartSegments(this.points()));
  protected readonly scored = computed(() => this.points().filter((point) => point.score !== null));
}
