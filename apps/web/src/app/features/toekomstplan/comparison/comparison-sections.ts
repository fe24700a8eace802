import {
  ActionComparison,
  ChangeKind,
  DomainComparison,
  FieldChange,
  LifeDomainDefinition,
  PlanAction,
  PlanComparison,
  TransitionItem,
} from '@sluitend/domain';
import { MessageParams } from '../../../core/http/ui-message';
import { formatIsoDate } from '../../../shared/dates';

/** Either text as written in the plan, or a translation key (labels, statuses, scores). */
export type Text = { text: string } | { key: string; params?: MessageParams };

export interface ComparisonRow {
  label: Text;
  /** Pieces shown joined, e.g. an action's description, owner, deadline and status. */
  before: Text[];
  after: Text[];
  change: ChangeKind;
  /** Keys of the changed fields of an action, to say what changed in words. */
  changedFields: string[];
  /** 0 for a field, 1 for a goal, 2 for an action: shown indented under its goal. */
  depth: 0 | 1 | 2;
}

export interface ComparisonSection {
  id: string;
  title: Text;
  rows: ComparisonRow[];
}

/** Names of the people an action or checklist item can be owned by. */
export type People = ReadonlyMap<string, string>;

const EMPTY: Text = { key: 'plan.compare.empty' };

/**
 * Turns a PlanComparison into rows for a side-by-side table. With `onlyChanges` the unchanged
 * goals and actions are left out, which is what a conflict needs; a version comparison shows
 * them too, so both versions can be read whole.
 */
export function comparisonSections(
  comparison: PlanComparison,
  lifeDomains: readonly LifeDomainDefinition[],
  people: People,
  onlyChanges: boolean,
): ComparisonSection[] {
  const sections: ComparisonSection[] = [];
  const general: ComparisonRow[] = [
    ...comparison.myFuture.map((change) => fieldRow({ key: `plan.myFuture.${change.field}` }, change, textValue)),
    ...(comparison.professionalView
      ? [fieldRow({ key: 'plan.professionalView.title' }, comparison.professionalView, textValue)]
      : []),
    ...(comparison.evaluation ? [fieldRow({ key: 'plan.evaluationDate' }, comparison.evaluation, dateValue)] : []),
  ];
  if (general.length > 0) sections.push({ id: 'general', title: { key: 'plan.compare.general' }, rows: general });

  for (const domain of comparison.domains) {
    if (onlyChanges && !domain.changed) continue;
    const rows = domainRows(domain, people, onlyChanges);
    if (rows.length === 0) continue;
    const label = lifeDomains.find((definition) => definition.key === domain.domain)?.label ?? domain.domain;
    sections.push({ id: `domain-${domain.domain}`, title: { text: label }, rows });
  }

  const checklist = comparison.transitionChecklist.map((change) => checklistRow(change, people));
  if (checklist.length > 0) {
    sections.push({ id: 'transition', title: { key: 'plan.transition.title' }, rows: checklist });
  }
  return sections;
}

function domainRows(domain: DomainComparison, people: People, onlyChanges: boolean): ComparisonRow[] {
  const rows = domain.fields.map((change) =>
    fieldRow({ key: `plan.domain.${change.field}` }, change, domainValue(change.field)),
  );
  for (const goal of domain.goals) {
    if (onlyChanges && goal.change === 'unchanged') continue;
    rows.push({
      label: { key: 'plan.compare.goal' },
      before: goal.before === null ? [] : [textValue(goal.before)],
      after: goal.after === null ? [] : [textValue(goal.after)],
      change: goal.change,
      changedFields: [],
      depth: 1,
    });
    for (const action of goal.actions) {
      if (onlyChanges && action.change === 'unchanged') continue;
      rows.push(actionRow(action, people));
    }
  }
  return rows;
}

function actionRow(action: ActionComparison, people: People): ComparisonRow {
  return {
    label: { key: 'plan.compare.action' },
    before: action.before ? actionSummary(action.before, people) : [],
    after: action.after ? actionSummary(action.after, people) : [],
    change: action.change,
    changedFields: action.changedFields.map((field) => `plan.compare.actionField.${field}`),
    depth: 2,
  };
}

function actionSummary(action: PlanAction, people: People): Text[] {
  return [
    textValue(action.description),
    action.owner.userId ? personValue(action.owner.userId, people) : { key: 'plan.action.noOwner' },
    action.deadline ? { text: formatIsoDate(action.deadline) } : { key: 'plan.compare.noDeadline' },
    { key: `plan.actionStatus.${action.status}` },
  ];
}

function checklistRow(change: FieldChange, people: People): ComparisonRow {
  const [topic, field] = change.field.split('.') as [string, string | undefined];
  const topicLabel: Text = { key: `plan.transition.topic.${topic}` };
  if (field === undefined) {
    return {
      label: topicLabel,
      before: itemSummary(change.before, people),
      after: itemSummary(change.after, people),
      change: change.before === null ? 'added' : 'removed',
      changedFields: [],
      depth: 0,
    };
  }
  const value = (raw: unknown): Text[] => {
    if (field === 'ownerUserId')
      return [typeof raw === 'string' ? personValue(raw, people) : { key: 'plan.action.noOwner' }];
    if (field === 'status') return [{ key: `plan.checklistStatus.${String(raw)}` }];
    return [textValue(raw)];
  };
  return {
    label: topicLabel,
    before: value(change.before),
    after: value(change.after),
    change: 'changed',
    changedFields: [`plan.transition.${field === 'ownerUserId' ? 'owner' : field}`],
    depth: 0,
  };
}

function itemSummary(raw: unknown, people: People): Text[] {
  if (raw === null || typeof raw !== 'object') return [];
  const item = raw as TransitionItem;
  return [
    { key: `plan.checklistStatus.${item.status}` },
    item.ownerUserId ? personValue(item.ownerUserId, people) : { key: 'plan.action.noOwner' },
    ...(item.note ? [textValue(item.note)] : []),
  ];
}

function fieldRow(label: Text, change: FieldChange, format: (value: unknown) => Text): ComparisonRow {
  return {
    label,
    before: [format(change.before)],
    after: [format(change.after)],
    change: 'changed',
    changedFields: [],
    depth: 0,
  };
}

function domainValue(field: string): (value: unknown) => Text {
  if (field === 'score')
    return (value) => (typeof value === 'number' ? { key: `plan.score.${value}` } : { key: 'plan.notAssessed' });
  if (field === 'carriedBy')
    return (value) => (typeof value === 'string' ? { key: `plan.carrier.${value}` } : { key: 'plan.notAssessed' });
  return textValue;
}

function textValue(value: unknown): Text {
  return typeof value === 'string' && value.trim() !== '' ? { text: value } : EMPTY;
}

function dateValue(value: unknown): Text {
  return typeof value === 'string' && value !== '' ? { text: formatIsoDate(value) } : EMPTY;
}

function personValue(userId: string, people: People): Text {
  const name = people.get(userId);
  return name ? { text: name } : { key: 'plan.compare.unknownPerson' };
}
