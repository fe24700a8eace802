import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { EChartsCoreOption } from 'echarts/core';
import { NgxEchartsDirective } from 'ngx-echarts';

/**
 * One chart of the dashboard. The figures are always also in the table next to it (the accessible and
 * clickable version); the chart carries a description for screen readers and decal patterns, so no series
 * is told apart by colour alone.
 */
@Component({
  selector: 'app-monitoring-chart',
  imports: [NgxEchartsDirective],
  template: `<div
    echarts
    class="monitoring-chart"
    role="img"
    [attr.aria-label]="label()"
    [options]="chartOptions()"
  ></div>`,
  styles: `
    .monitoring-chart {
      height: 20rem;
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MonitoringChart {
  readonly options = input.required<EChartsCoreOption>();
  /** What the chart shows, in words. */
  readonly label = input.required<string>();

  protected readonly chartOptions = computed<EChartsCoreOption>(() => ({
    ...this.options(),
    aria: { enabled: true, label: { description: this.label() }, decal: { show: true } },
  }));
}
