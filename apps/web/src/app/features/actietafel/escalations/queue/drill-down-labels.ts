import { MunicipalityResponse } from '@sluitend/domain';
import { UiMessage } from '../../../../core/http/ui-message';
import { formatIsoDate } from '../../../../shared/dates';
import { reasonLabelKey } from '../shared/escalation-labels';
import { QueueFilters } from './queue-filters';

/** A text with its translation key, and the keys of the labels it names (translated where it is shown). */
export interface DrillDownLabel extends UiMessage {
  labelKeys?: Record<string, string>;
}

/** The dashboard's narrower filters in words, so the coordinator sees why the list is this list. */
export function drillDownLabels(filters: QueueFilters, municipalities: MunicipalityResponse[]): DrillDownLabel[] {
  const prefix = 'actietafel.escalations.queue.drillDown';
  const { submittedFrom, submittedTo, closedFrom, closedTo, sector, outcome, pastNorm, reasonCode } = filters.drillDown;
  const labels: DrillDownLabel[] = [];
  if (submittedFrom || submittedTo) {
    labels.push({
      key: `${prefix}.submitted`,
      params: { from: formatIsoDate(submittedFrom) || '…', to: formatIsoDate(submittedTo) || '…' },
    });
  }
  if (closedFrom || closedTo) {
    labels.push({
      key: `${prefix}.closed`,
      params: { from: formatIsoDate(closedFrom) || '…', to: formatIsoDate(closedTo) || '…' },
    });
  }
  if (pastNorm) labels.push({ key: `${prefix}.pastNorm.${pastNorm}` });
  if (sector) labels.push({ key: `${prefix}.sector`, labelKeys: { sector: `sector.${sector}` } });
  if (outcome) labels.push({ key: `${prefix}.outcome`, labelKeys: { outcome: `actietafel.outcomes.${outcome}` } });
  if (reasonCode) {
    const key = reasonLabelKey(reasonCode);
    labels.push(
      key
        ? { key: `${prefix}.reasonCode`, labelKeys: { reason: key } }
        : { key: `${prefix}.reasonCode`, params: { reason: reasonCode } },
    );
  }
  if (filters.municipalityIds.length > 1) {
    const names = filters.municipalityIds.map((id) => municipalities.find((m) => m.id === id)?.name ?? id);
    labels.push({ key: `${prefix}.municipalities`, params: { names: names.join(', ') } });
  }
  return labels;
}
