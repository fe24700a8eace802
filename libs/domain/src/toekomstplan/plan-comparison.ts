import {
  TRANSITION_TOPICS,
  type DomainAssessment,
  type PlanAction,
  type PlanGoal,
  type ToekomstplanContent,
  type TransitionItem,
} from './toekomstplan.contract';

export type ChangeKind = 'added' | 'removed' | 'changed' | 'unchanged';

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface ActionComparison {
  actionId: string;
  change: ChangeKind;
  before: PlanAction | null;
  after: PlanAction | null;
  /** Names of PlanAction fields that differ ('description', 'owner', 'deadline', 'status'); empty unless 'changed'. */
  changedFields: string[];
}

export interface GoalComparison {
  goalId: string;
  change: ChangeKind;
  /** The goal's description in each version; null where the goal does not exist. */
  before: string | null;
  after: string | null;
  actions: ActionComparison[];
}

export interface DomainComparison {
  domain: string;
  /** Only the fields that differ, of situation, wish, score and carriedBy; null where the domain is absent. */
  fields: FieldChange[];
  goals: GoalComparison[];
  changed: boolean;
}

export interface PlanComparison {
  from: number;
  to: number;
  /** Only the fields that differ, named like 'whatIWant'. */
  myFuture: FieldChange[];
  professionalView: FieldChange | null;
  /** The change of the evaluation date (named without "Date": it is a change, not a date). */
  evaluation: FieldChange | null;
  domains: DomainComparison[];
  /** Only what differs: 'housing.status' for a field, 'housing' for a topic added or removed as a whole. */
  transitionChecklist: FieldChange[];
  changed: boolean;
}

export interface VersionedPlan {
  number: number;
  content: ToekomstplanContent;
}

/**
 * Pairs items of two versions by key, in the newer version's order, with each removed item placed
 * right after its predecessor in the older version: a side-by-side view then shows it where it was.
 */
function pairByKey<T>(
  before: readonly T[],
  after: readonly T[],
  key: (item: T) => string,
): Array<[T | null, T | null]> {
  const beforeByKey = new Map<string, T>();
  for (const item of before) if (!beforeByKey.has(key(item))) beforeByKey.set(key(item), item);
  const afterKeys = new Set(after.map(key));

  const pairs: Array<{ key: string; pair: [T | null, T | null] }> = after.map((item) => ({
    key: key(item),
    pair: [beforeByKey.get(key(item)) ?? null, item],
  }));
  before.forEach((item, index) => {
    if (afterKeys.has(key(item))) return;
    const predecessor = index === 0 ? null : key(before[index - 1]);
    // Stryker disable next-line ConditionalExpression: keys are strings, so findIndex of a null key is -1 as well
    const position = predecessor === null ? -1 : pairs.findIndex((entry) => entry.key === predecessor);
    pairs.splice(position + 1, 0, { key: key(item), pair: [item, null] });
  });
  return pairs.map((entry) => entry.pair);
}

function fieldChanges<T extends object>(
  before: T | null,
  after: T | null,
  fields: ReadonlyArray<keyof T & string>,
  prefix = '',
): FieldChange[] {
  return fields.flatMap((field) => {
    const was = before === null ? null : before[field];
    const is = after === null ? null : after[field];
    return was === is ? [] : [{ field: `${prefix}${field}`, before: was, after: is }];
  });
}

function single(field: string, before: unknown, after: unknown): FieldChange | null {
  return before === after ? null : { field, before, after };
}

function changeKind(before: unknown, after: unknown, differs: boolean): ChangeKind {
  if (before === null) return 'added';
  if (after === null) return 'removed';
  return differs ? 'changed' : 'unchanged';
}

function compareAction(before: PlanAction | null, after: PlanAction | null): ActionComparison {
  const changedFields =
    before === null || after === null
      ? []
      : [
          ...(before.description !== after.description ? ['description'] : []),
          ...(before.owner.userId !== after.owner.userId || before.owner.organisationId !== after.owner.organisationId
            ? ['owner']
            : []),
          ...(before.deadline !== after.deadline ? ['deadline'] : []),
          ...(before.status !== after.status ? ['status'] : []),
        ];
  return {
    // Stryker disable next-line StringLiteral: unreachable, an action is compared only when one version has it
    actionId: (after ?? before)?.id ?? '',
    change: changeKind(before, after, changedFields.length > 0),
    before,
    after,
    changedFields,
  };
}

function compareGoal(before: PlanGoal | null, after: PlanGoal | null): GoalComparison {
  const actions = pairByKey(before?.actions ?? [], after?.actions ?? [], (action) => action.id).map(([was, is]) =>
    compareAction(was, is),
  );
  const differs = before?.description !== after?.description || actions.some((action) => action.change !== 'unchanged');
  return {
    // Stryker disable next-line StringLiteral: unreachable, a goal is compared only when one version has it
    goalId: (after ?? before)?.id ?? '',
    change: changeKind(before, after, differs),
    before: before?.description ?? null,
    after: after?.description ?? null,
    actions,
  };
}

const DOMAIN_FIELDS = ['situation', 'wish', 'score', 'carriedBy'] as const;

// Goals are matched within a domain only, so a goal moved to another domain shows as removed there and added here.
function compareDomain(before: DomainAssessment | null, after: DomainAssessment | null): DomainComparison {
  const fields = fieldChanges(before, after, DOMAIN_FIELDS);
  const goals = pairByKey(before?.goals ?? [], after?.goals ?? [], (goal) => goal.id).map(([was, is]) =>
    compareGoal(was, is),
  );
  return {
    // Stryker disable next-line StringLiteral: unreachable, a domain is compared only when one version has it
    domain: (after ?? before)?.domain ?? '',
    fields,
    goals,
    changed:
      // Stryker disable next-line ConditionalExpression,LogicalOperator: a domain in one version only always has field changes (its texts are strings, never null)
      before === null || after === null || fields.length > 0 || goals.some((goal) => goal.change !== 'unchanged'),
  };
}

const CHECKLIST_FIELDS = ['ownerUserId', 'status', 'note'] as const;

function compareChecklist(before: readonly TransitionItem[], after: readonly TransitionItem[]): FieldChange[] {
  return TRANSITION_TOPICS.flatMap((topic) => {
    const was = before.find((item) => item.topic === topic) ?? null;
    const is = after.find((item) => item.topic === topic) ?? null;
    if (was === null && is === null) return [];
    if (was === null || is === null) return [{ field: topic, before: was, after: is }];
    return fieldChanges(was, is, CHECKLIST_FIELDS, `${topic}.`);
  });
}

/**
 * What changed from one plan version to another. Unchanged goals and actions are listed too, so a
 * side-by-side view can render both versions whole from this alone; plain fields list only changes.
 */
export function comparePlans(from: VersionedPlan, to: VersionedPlan): PlanComparison {
  const before = from.content;
  const after = to.content;
  const myFuture = fieldChanges(before.myFuture, after.myFuture, ['whatIWant', 'whatIAmGoodAt', 'whoHelpsMe']);
  const professionalView = single('professionalView', before.professionalView, after.professionalView);
  const evaluation = single('evaluationDate', before.evaluationDate, after.evaluationDate);
  const domains = pairByKey(before.domains, after.domains, (assessment) => assessment.domain).map(([was, is]) =>
    compareDomain(was, is),
  );
  const transitionChecklist = compareChecklist(before.transitionChecklist, after.transitionChecklist);
  return {
    from: from.number,
    to: to.number,
    myFuture,
    professionalView,
    evaluation,
    domains,
    transitionChecklist,
    changed:
      myFuture.length > 0 ||
      professionalView !== null ||
      evaluation !== null ||
      domains.some((domain) => domain.changed) ||
      transitionChecklist.length > 0,
  };
}
