import {
  ESCALATION_OUTCOMES,
  EscalationStateFigure,
  LeadTimeFigure,
  MonthFigure,
  ReasonCodeFigure,
} from '@sluitend/domain';
import type { EChartsCoreOption } from 'echarts/core';
import { formatDays } from './figures-format';

export type Translate = (key: string, params?: Record<string, unknown>) => string;

/**
 * Colours with at least 3:1 contrast against white (WCAG 1.4.11 for graphics), told apart by the decal
 * patterns too: primary blue, dark orange, green, purple, red.
 */
export const CHART_COLOURS = ['#1a4f80', '#a64b00', '#2e7031', '#6a3d9a', '#b3261e'];

const TEXT = { color: '#1b2430', fontSize: 13 };

function base(): EChartsCoreOption {
  return {
    color: CHART_COLOURS,
    textStyle: TEXT,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, textStyle: TEXT },
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
  };
}

export function stateChart(figures: EscalationStateFigure[], t: Translate): EChartsCoreOption {
  return {
    ...base(),
    xAxis: { type: 'category', data: figures.map((figure) => t(`actietafel.states.${figure.state}`)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: t('monitoring.states.count'), type: 'bar', data: figures.map((figure) => figure.count) },
      { name: t('monitoring.states.pastNorm'), type: 'bar', data: figures.map((figure) => figure.pastNorm) },
    ],
  };
}

/** Submitted next to closed, the closed bar split by outcome (the stack adds up to the closed count). */
export function throughputChart(months: MonthFigure[], t: Translate): EChartsCoreOption {
  return {
    ...base(),
    xAxis: { type: 'category', data: months.map((month) => month.month) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        name: t('monitoring.throughput.submitted'),
        type: 'bar',
        stack: 'submitted',
        data: months.map((m) => m.submitted),
      },
      ...ESCALATION_OUTCOMES.map((outcome) => ({
        name: `${t('monitoring.throughput.closed')}: ${t(`actietafel.outcomes.${outcome}`)}`,
        type: 'bar',
        stack: 'closed',
        data: months.map((month) => month.outcomes[outcome]),
      })),
    ],
  };
}

export function leadTimeChart(figures: LeadTimeFigure[], t: Translate): EChartsCoreOption {
  return {
    ...base(),
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (value: unknown) => days(value) },
    xAxis: { type: 'category', data: figures.map((figure) => t(`monitoring.leadTimes.stages.${figure.stage}`)) },
    yAxis: { type: 'value', name: t('monitoring.leadTimes.days') },
    series: [
      { name: t('monitoring.leadTimes.median'), type: 'bar', data: figures.map((figure) => figure.medianDays) },
      { name: t('monitoring.leadTimes.p90'), type: 'bar', data: figures.map((figure) => figure.p90Days) },
    ],
  };
}

export function reasonCodeChart(figures: ReasonCodeFigure[], t: Translate): EChartsCoreOption {
  // Most frequent at the top: a horizontal bar chart draws its first category at the bottom.
  const shown = [...figures].reverse();
  return {
    ...base(),
    legend: { show: false },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: shown.map((figure) => figure.label) },
    series: [{ name: t('monitoring.reasons.count'), type: 'bar', data: shown.map((figure) => figure.count) }],
  };
}

function days(value: unknown): string {
  return typeof value === 'number' ? formatDays(value) : '';
}
