import { emptyToekomstplan } from './empty-plan';
import { DEFAULT_LIFE_DOMAINS } from './life-domains';
import { comparePlans } from './plan-comparison';
import type { PlanAction, PlanGoal, ToekomstplanContent } from './toekomstplan.contract';

function action(id: string, overrides: Partial<PlanAction> = {}): PlanAction {
  return {
    id,
    description: `Actie ${id}`,
    owner: { userId: 'u1', organisationId: null },
    deadline: '2026-04-01',
    status: 'open',
    ...overrides,
  };
}

function goal(id: string, actions: PlanAction[]): PlanGoal {
  return { id, description: `Doel ${id}`, actions };
}

/** Version 1: 'wonen' has g1 (a1, a2) and g2 (a3); 'inkomen-en-schulden' has g3 (a4). */
function version1(): ToekomstplanContent {
  const content = emptyToekomstplan(DEFAULT_LIFE_DOMAINS, '2008-06-01', '2026-03-05');
  content.myFuture.whatIWant = 'Op mezelf wonen';
  content.domains[0].situation = 'Woont bij oom';
  content.domains[0].score = 2;
  content.domains[0].goals = [goal('g1', [action('a1'), action('a2')]), goal('g2', [action('a3')])];
  content.domains[2].goals = [goal('g3', [action('a4')])];
  return content;
}

function compare(before: ToekomstplanContent, after: ToekomstplanContent) {
  return comparePlans({ number: 1, content: before }, { number: 2, content: after });
}

function domainOf(comparison: ReturnType<typeof compare>, key: string) {
  const found = comparison.domains.find((domain) => domain.domain === key);
  if (!found) throw new Error(`no domain ${key} in comparison`);
  return found;
}

describe('comparePlans', () => {
  describe('without any change', () => {
    const comparison = compare(version1(), version1());

    it('says nothing changed and carries the version numbers', () => {
      expect(comparison.changed).toBe(false);
      expect(comparison.from).toBe(1);
      expect(comparison.to).toBe(2);
    });

    it('has no field changes anywhere', () => {
      expect(comparison.myFuture).toEqual([]);
      expect(comparison.professionalView).toBeNull();
      expect(comparison.evaluation).toBeNull();
      expect(comparison.transitionChecklist).toEqual([]);
      expect(comparison.domains.every((domain) => !domain.changed && domain.fields.length === 0)).toBe(true);
    });

    it('still lists every domain, goal and action as unchanged, for a side-by-side view', () => {
      expect(comparison.domains.map((domain) => domain.domain)).toEqual(
        DEFAULT_LIFE_DOMAINS.map((domain) => domain.key),
      );
      const wonen = domainOf(comparison, 'wonen');
      expect(wonen.goals.map((g) => [g.goalId, g.change])).toEqual([
        ['g1', 'unchanged'],
        ['g2', 'unchanged'],
      ]);
      expect(wonen.goals[0].actions).toEqual([
        { actionId: 'a1', change: 'unchanged', before: action('a1'), after: action('a1'), changedFields: [] },
        { actionId: 'a2', change: 'unchanged', before: action('a2'), after: action('a2'), changedFields: [] },
      ]);
      expect(wonen.goals[0]).toMatchObject({ before: 'Doel g1', after: 'Doel g1' });
    });
  });

  it("reports changes to the jongere's own words, field by field", () => {
    const after = version1();
    after.myFuture.whatIWant = 'Een kamer in Tiel';
    after.myFuture.whoHelpsMe = 'Mijn JIM';
    const comparison = compare(version1(), after);
    expect(comparison.myFuture).toEqual([
      { field: 'whatIWant', before: 'Op mezelf wonen', after: 'Een kamer in Tiel' },
      { field: 'whoHelpsMe', before: '', after: 'Mijn JIM' },
    ]);
    expect(comparison.changed).toBe(true);
  });

  it('reports a changed professional view and evaluation date', () => {
    const after = { ...version1(), professionalView: 'Stabiel', evaluationDate: '2026-06-01' };
    const comparison = compare(version1(), after);
    expect(comparison.professionalView).toEqual({ field: 'professionalView', before: '', after: 'Stabiel' });
    expect(comparison.evaluation).toEqual({ field: 'evaluationDate', before: null, after: '2026-06-01' });
    expect(comparison.changed).toBe(true);
    expect(comparison.domains.some((domain) => domain.changed)).toBe(false);
  });

  it('counts a plan changed when only the professional view changed, or only the evaluation date', () => {
    expect(compare(version1(), { ...version1(), professionalView: 'Stabiel' }).changed).toBe(true);
    expect(compare(version1(), { ...version1(), evaluationDate: '2026-06-01' }).changed).toBe(true);
  });

  it('counts a plan changed when only one of its life domains changed', () => {
    const after = version1();
    after.domains[1].wish = 'Een opleiding afmaken';
    const comparison = compare(version1(), after);
    expect(comparison.changed).toBe(true);
    expect(comparison.domains.filter((domain) => domain.changed).map((domain) => domain.domain)).toEqual([
      'onderwijs-en-werk',
    ]);
  });

  it('reports changed domain fields and marks only that domain changed', () => {
    const after = version1();
    after.domains[0].situation = 'Eigen kamer';
    after.domains[0].score = 4;
    after.domains[0].carriedBy = 'network';
    const comparison = compare(version1(), after);
    expect(domainOf(comparison, 'wonen')).toMatchObject({
      changed: true,
      fields: [
        { field: 'situation', before: 'Woont bij oom', after: 'Eigen kamer' },
        { field: 'score', before: 2, after: 4 },
        { field: 'carriedBy', before: null, after: 'network' },
      ],
    });
    expect(comparison.domains.filter((domain) => domain.changed).map((domain) => domain.domain)).toEqual(['wonen']);
  });

  describe('actions', () => {
    it('names the changed fields of a changed action and keeps both versions of it', () => {
      const after = version1();
      after.domains[0].goals[0].actions[0] = action('a1', {
        status: 'done',
        deadline: '2026-05-01',
        owner: { userId: 'u2', organisationId: null },
      });
      const [a1, a2] = domainOf(compare(version1(), after), 'wonen').goals[0].actions;
      expect(a1).toEqual({
        actionId: 'a1',
        change: 'changed',
        before: action('a1'),
        after: after.domains[0].goals[0].actions[0],
        changedFields: ['owner', 'deadline', 'status'],
      });
      expect(a2.change).toBe('unchanged');
    });

    it('reports an action whose description alone changed as changed, its goal and the plan with it', () => {
      const after = version1();
      after.domains[0].goals[0].actions[0] = action('a1', { description: 'Inschrijven bij de woningcorporatie' });
      const comparison = compare(version1(), after);
      const g1 = domainOf(comparison, 'wonen').goals[0];
      expect(g1.actions[0]).toEqual({
        actionId: 'a1',
        change: 'changed',
        before: action('a1'),
        after: action('a1', { description: 'Inschrijven bij de woningcorporatie' }),
        changedFields: ['description'],
      });
      expect(g1.change).toBe('changed');
      expect(comparison.changed).toBe(true);
    });

    it('counts a change of owning organisation as an owner change', () => {
      const after = version1();
      after.domains[0].goals[0].actions[1].owner = { userId: 'u1', organisationId: 'o1' };
      expect(domainOf(compare(version1(), after), 'wonen').goals[0].actions[1].changedFields).toEqual(['owner']);
    });

    it('reports an added action, with no before, and marks its goal changed', () => {
      const after = version1();
      after.domains[0].goals[1].actions.push(action('a5'));
      const g2 = domainOf(compare(version1(), after), 'wonen').goals[1];
      expect(g2.change).toBe('changed');
      expect(g2.actions[1]).toEqual({
        actionId: 'a5',
        change: 'added',
        before: null,
        after: action('a5'),
        changedFields: [],
      });
    });

    it('reports a removed action in the place it had, with no after', () => {
      const after = version1();
      after.domains[0].goals[0].actions = [action('a2')];
      const g1 = domainOf(compare(version1(), after), 'wonen').goals[0];
      expect(g1.change).toBe('changed');
      expect(g1.actions.map((a) => [a.actionId, a.change])).toEqual([
        ['a1', 'removed'],
        ['a2', 'unchanged'],
      ]);
      expect(g1.actions[0]).toMatchObject({ before: action('a1'), after: null, changedFields: [] });
    });

    it('does not count reordered actions as a change', () => {
      const after = version1();
      after.domains[0].goals[0].actions.reverse();
      const comparison = compare(version1(), after);
      expect(comparison.changed).toBe(false);
      expect(domainOf(comparison, 'wonen').goals[0].actions.map((a) => a.actionId)).toEqual(['a2', 'a1']);
    });
  });

  describe('goals', () => {
    it('reports a goal whose description changed, its actions untouched', () => {
      const after = version1();
      after.domains[0].goals[1].description = 'Een eigen kamer voor mijn 18e';
      const g2 = domainOf(compare(version1(), after), 'wonen').goals[1];
      expect(g2).toMatchObject({
        goalId: 'g2',
        change: 'changed',
        before: 'Doel g2',
        after: 'Een eigen kamer voor mijn 18e',
      });
      expect(g2.actions.map((a) => a.change)).toEqual(['unchanged']);
    });

    it('reports an added goal with all its actions added', () => {
      const after = version1();
      after.domains[5].goals.push(goal('g4', [action('a6'), action('a7')]));
      const vrijeTijd = domainOf(compare(version1(), after), 'vrije-tijd');
      expect(vrijeTijd.changed).toBe(true);
      expect(vrijeTijd.goals).toEqual([
        {
          goalId: 'g4',
          change: 'added',
          before: null,
          after: 'Doel g4',
          actions: [
            { actionId: 'a6', change: 'added', before: null, after: action('a6'), changedFields: [] },
            { actionId: 'a7', change: 'added', before: null, after: action('a7'), changedFields: [] },
          ],
        },
      ]);
    });

    it('reports a removed goal with all its actions removed, where it used to be', () => {
      const after = version1();
      after.domains[0].goals = [after.domains[0].goals[1]];
      const wonen = domainOf(compare(version1(), after), 'wonen');
      expect(wonen.goals.map((g) => [g.goalId, g.change])).toEqual([
        ['g1', 'removed'],
        ['g2', 'unchanged'],
      ]);
      expect(wonen.goals[0]).toMatchObject({ before: 'Doel g1', after: null });
      expect(wonen.goals[0].actions.map((a) => [a.actionId, a.change, a.after])).toEqual([
        ['a1', 'removed', null],
        ['a2', 'removed', null],
      ]);
    });

    it('places a removed goal after the goal that preceded it', () => {
      const before = version1();
      before.domains[0].goals.push(goal('g9', []));
      const after = version1();
      after.domains[0].goals = [goal('g0', []), after.domains[0].goals[0]];
      const wonen = domainOf(compare(before, after), 'wonen');
      expect(wonen.goals.map((g) => [g.goalId, g.change])).toEqual([
        ['g0', 'added'],
        ['g1', 'unchanged'],
        ['g2', 'removed'],
        ['g9', 'removed'],
      ]);
    });

    it('counts a goal moved to another life domain as removed from the one and added to the other', () => {
      const after = version1();
      const moved = after.domains[2].goals.pop();
      if (!moved) throw new Error('fixture has g3');
      after.domains[3].goals.push(moved);
      const comparison = compare(version1(), after);
      expect(domainOf(comparison, 'inkomen-en-schulden').goals.map((g) => [g.goalId, g.change])).toEqual([
        ['g3', 'removed'],
      ]);
      expect(domainOf(comparison, 'gezondheid').goals.map((g) => [g.goalId, g.change])).toEqual([['g3', 'added']]);
      expect(comparison.domains.filter((d) => d.changed).map((d) => d.domain)).toEqual([
        'inkomen-en-schulden',
        'gezondheid',
      ]);
    });
  });

  describe('life domains present in one version only', () => {
    it('lists a domain dropped from the plan in its old place, with its fields and goals as removed', () => {
      const after = version1();
      after.domains.splice(0, 1);
      const comparison = compare(version1(), after);
      expect(comparison.domains.map((domain) => domain.domain)).toEqual(
        DEFAULT_LIFE_DOMAINS.map((domain) => domain.key),
      );
      const wonen = domainOf(comparison, 'wonen');
      expect(wonen.changed).toBe(true);
      expect(wonen.fields).toEqual([
        { field: 'situation', before: 'Woont bij oom', after: null },
        { field: 'wish', before: '', after: null },
        { field: 'score', before: 2, after: null },
      ]);
      expect(wonen.goals.map((g) => g.change)).toEqual(['removed', 'removed']);
    });

    it('lists a domain new to the plan as changed, even when still empty', () => {
      const before = version1();
      before.domains.pop();
      const veiligheid = domainOf(compare(before, version1()), 'veiligheid-en-justitie');
      expect(veiligheid.changed).toBe(true);
      expect(veiligheid.fields.map((field) => field.field)).toEqual(['situation', 'wish']);
    });
  });

  describe('transition checklist', () => {
    it("reports changed items by topic and field, like 'housing.status'", () => {
      const after = version1();
      after.transitionChecklist[0] = { topic: 'housing', ownerUserId: 'u1', status: 'done', note: '' };
      after.transitionChecklist[3].note = 'Verlengde jeugdhulp aangevraagd';
      const comparison = compare(version1(), after);
      expect(comparison.transitionChecklist).toEqual([
        { field: 'housing.ownerUserId', before: null, after: 'u1' },
        { field: 'housing.status', before: 'open', after: 'done' },
        { field: 'care-continuation.note', before: '', after: 'Verlengde jeugdhulp aangevraagd' },
      ]);
      expect(comparison.changed).toBe(true);
    });

    it('reports a checklist that appeared (at 16½) as whole topics added', () => {
      const before = { ...version1(), transitionChecklist: [] };
      const comparison = compare(before, version1());
      expect(comparison.transitionChecklist.map((change) => change.field)).toEqual([
        'housing',
        'income',
        'health-insurance',
        'care-continuation',
        'school-work',
        'legal',
      ]);
      expect(comparison.transitionChecklist[0]).toEqual({
        field: 'housing',
        before: null,
        after: { topic: 'housing', ownerUserId: null, status: 'open', note: '' },
      });
    });

    it('reports nothing of a checklist neither version has (before 16½)', () => {
      const young = { ...version1(), transitionChecklist: [] };
      const comparison = compare(young, { ...version1(), transitionChecklist: [] });
      expect(comparison.transitionChecklist).toEqual([]);
      expect(comparison.changed).toBe(false);
    });

    it('reports a topic dropped from the checklist with no after', () => {
      const after = version1();
      after.transitionChecklist = after.transitionChecklist.filter((item) => item.topic !== 'legal');
      expect(compare(version1(), after).transitionChecklist).toEqual([
        { field: 'legal', before: { topic: 'legal', ownerUserId: null, status: 'open', note: '' }, after: null },
      ]);
    });
  });
});
