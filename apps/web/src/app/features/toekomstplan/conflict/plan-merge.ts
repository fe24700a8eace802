import {
  DomainAssessment,
  PlanAction,
  PlanGoal,
  ToekomstplanContent,
  TransitionItem,
  defaultTransitionChecklist,
} from '@sluitend/domain';

/**
 * A three-way merge for "Mijn wijzigingen opnieuw toepassen op de nieuwste versie".
 *
 * - base: the version the user started editing from
 * - mine: the user's unsaved edits
 * - theirs: the newest version, saved by a colleague in between
 *
 * Per field: where the user changed something, their value wins; elsewhere the newest version
 * is kept. Goals, actions and checklist items are matched by id (topic), so additions from both
 * sides survive. A removal wins only over an item the other side left as it was: deleting never
 * throws away someone's fresh work.
 */
export interface PlanMerge {
  content: ToekomstplanContent;
  /** Paths both sides changed differently; there the user's value was kept and deserves a look. */
  overlaps: string[];
}

export function mergePlans(
  base: ToekomstplanContent,
  mine: ToekomstplanContent,
  theirs: ToekomstplanContent,
): PlanMerge {
  const overlaps: string[] = [];
  const pick = <T>(path: string, was: T, mineValue: T, theirValue: T): T => {
    if (same(mineValue, was)) return theirValue;
    if (!same(theirValue, was) && !same(theirValue, mineValue)) overlaps.push(path);
    return mineValue;
  };
  const fields = <T extends object>(
    path: string,
    was: T,
    mineItem: T,
    theirItem: T,
    keys: readonly (keyof T & string)[],
  ): T => {
    const merged = { ...theirItem };
    for (const key of keys) merged[key] = pick(`${path}.${key}`, was[key], mineItem[key], theirItem[key]);
    return merged;
  };

  const mergeAction = (path: string, was: PlanAction, mineAction: PlanAction, theirAction: PlanAction): PlanAction =>
    fields(path, was, mineAction, theirAction, ['description', 'owner', 'deadline', 'status']);

  const mergeGoal = (path: string, was: PlanGoal, mineGoal: PlanGoal, theirGoal: PlanGoal): PlanGoal => ({
    ...fields(path, was, mineGoal, theirGoal, ['description']),
    actions: mergeList(
      was.actions,
      mineGoal.actions,
      theirGoal.actions,
      (action) => action.id,
      (id, b, m, t) => mergeAction(`${path}.actions.${id}`, b, m, t),
    ),
  });

  const mergeDomain = (
    path: string,
    was: DomainAssessment,
    mineDomain: DomainAssessment,
    theirDomain: DomainAssessment,
  ): DomainAssessment => ({
    ...fields(path, was, mineDomain, theirDomain, ['situation', 'wish', 'score', 'carriedBy']),
    goals: mergeList(
      was.goals,
      mineDomain.goals,
      theirDomain.goals,
      (goal) => goal.id,
      (id, b, m, t) => mergeGoal(`${path}.goals.${id}`, b, m, t),
    ),
  });

  const content: ToekomstplanContent = {
    myFuture: fields('myFuture', base.myFuture, mine.myFuture, theirs.myFuture, [
      'whatIWant',
      'whatIAmGoodAt',
      'whoHelpsMe',
    ]),
    professionalView: pick('professionalView', base.professionalView, mine.professionalView, theirs.professionalView),
    evaluationDate: pick('evaluationDate', base.evaluationDate, mine.evaluationDate, theirs.evaluationDate),
    domains: mergeList(
      base.domains,
      mine.domains,
      theirs.domains,
      (domain) => domain.domain,
      (key, b, m, t) => mergeDomain(`domains.${key}`, b, m, t),
    ),
    transitionChecklist: mergeList(
      checklistBase(base, mine, theirs),
      mine.transitionChecklist,
      theirs.transitionChecklist,
      (item) => item.topic,
      (topic, b, m, t) => fields(`transitionChecklist.${topic}`, b, m, t, ['ownerUserId', 'status', 'note']),
    ),
  };
  return { content, overlaps };
}

/**
 * Merges two edited copies of a list, in the newest version's order, with the user's new items
 * placed after the item that precedes them in the user's copy.
 */
function mergeList<T>(
  base: readonly T[],
  mine: readonly T[],
  theirs: readonly T[],
  key: (item: T) => string,
  mergeItem: (key: string, was: T, mineItem: T, theirItem: T) => T,
): T[] {
  const baseByKey = new Map(base.map((item) => [key(item), item]));
  const mineByKey = new Map(mine.map((item) => [key(item), item]));
  const theirKeys = new Set(theirs.map(key));
  const merged: Array<{ key: string; item: T }> = [];

  for (const theirItem of theirs) {
    const id = key(theirItem);
    const mineItem = mineByKey.get(id);
    const was = baseByKey.get(id);
    if (mineItem !== undefined) {
      // Both added an item with the same key (only checklist topics can): theirs is the base then.
      merged.push({ key: id, item: mergeItem(id, was ?? theirItem, mineItem, theirItem) });
    } else if (was === undefined || !same(theirItem, was)) {
      // Added by them, or removed by me after they changed it: their work stays.
      merged.push({ key: id, item: theirItem });
    }
  }

  mine.forEach((mineItem, index) => {
    const id = key(mineItem);
    if (theirKeys.has(id)) return;
    const was = baseByKey.get(id);
    // Removed by them: it comes back only if I changed it since.
    if (was !== undefined && same(mineItem, was)) return;
    const predecessor = index === 0 ? null : key(mine[index - 1] as T);
    const position = predecessor === null ? -1 : merged.findIndex((entry) => entry.key === predecessor);
    merged.splice(position === -1 && predecessor !== null ? merged.length : position + 1, 0, {
      key: id,
      item: mineItem,
    });
  });

  return merged.map((entry) => entry.item);
}

/**
 * The editor adds the default checklist by itself from 16½. When the base had none, that default
 * is what both sides started from, so an untouched item on either side does not count as an edit.
 */
function checklistBase(
  base: ToekomstplanContent,
  mine: ToekomstplanContent,
  theirs: ToekomstplanContent,
): TransitionItem[] {
  if (base.transitionChecklist.length > 0) return base.transitionChecklist;
  return mine.transitionChecklist.length > 0 && theirs.transitionChecklist.length > 0
    ? defaultTransitionChecklist()
    : [];
}

/** Plan content is plain JSON built the same way on both sides, so its serialisation compares it. */
function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
