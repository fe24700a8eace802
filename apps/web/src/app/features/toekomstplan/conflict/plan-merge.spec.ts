import { PlanAction, PlanGoal, ToekomstplanContent, defaultTransitionChecklist } from '@sluitend/domain';
import { mergePlans } from './plan-merge';

function action(id: string, overrides: Partial<PlanAction> = {}): PlanAction {
  return {
    id,
    description: `Actie ${id}`,
    owner: { userId: 'u-1', organisationId: null },
    deadline: '2026-04-01',
    status: 'open',
    ...overrides,
  };
}

function goal(id: string, actions: PlanAction[] = [], description = `Doel ${id}`): PlanGoal {
  return { id, description, actions };
}

function plan(overrides: Partial<ToekomstplanContent> = {}): ToekomstplanContent {
  return {
    myFuture: { whatIWant: 'Op mezelf wonen', whatIAmGoodAt: 'Koken', whoHelpsMe: 'Mijn oom' },
    professionalView: 'Stabiel',
    domains: [
      {
        domain: 'wonen',
        situation: 'Bij moeder',
        wish: 'Kamer',
        score: 2,
        carriedBy: 'network',
        goals: [goal('g1', [action('a1')])],
      },
      { domain: 'gezondheid', situation: '', wish: '', score: null, carriedBy: null, goals: [] },
    ],
    evaluationDate: '2026-06-01',
    transitionChecklist: [],
    ...overrides,
  };
}

/** A copy with one change made through a callback, so each test states only what differs. */
function edit(content: ToekomstplanContent, change: (draft: ToekomstplanContent) => void): ToekomstplanContent {
  const draft = JSON.parse(JSON.stringify(content)) as ToekomstplanContent;
  change(draft);
  return draft;
}

describe('mergePlans', () => {
  const base = plan();

  it('keeps my value for fields I changed and theirs for fields I did not', () => {
    const mine = edit(base, (draft) => {
      draft.myFuture.whatIWant = 'Een eigen kamer in Tiel';
      draft.domains[0].score = 3;
    });
    const theirs = edit(base, (draft) => {
      draft.myFuture.whoHelpsMe = 'Mijn oom en mijn JIM';
      draft.evaluationDate = '2026-07-01';
      draft.domains[0].situation = 'Bij moeder, veel ruzie';
    });

    const { content, overlaps } = mergePlans(base, mine, theirs);

    expect(content.myFuture).toEqual({
      whatIWant: 'Een eigen kamer in Tiel',
      whatIAmGoodAt: 'Koken',
      whoHelpsMe: 'Mijn oom en mijn JIM',
    });
    expect(content.evaluationDate).toBe('2026-07-01');
    expect(content.domains[0]).toMatchObject({ situation: 'Bij moeder, veel ruzie', score: 3 });
    expect(overlaps).toEqual([]);
  });

  it('keeps my value where both changed the same field, and reports it', () => {
    const mine = edit(base, (draft) => (draft.professionalView = 'Mijn kijk'));
    const theirs = edit(base, (draft) => (draft.professionalView = 'Hun kijk'));
    const { content, overlaps } = mergePlans(base, mine, theirs);
    expect(content.professionalView).toBe('Mijn kijk');
    expect(overlaps).toEqual(['professionalView']);
  });

  it('does not report a field both changed to the same value', () => {
    const both = edit(base, (draft) => (draft.professionalView = 'Zelfde'));
    expect(mergePlans(base, both, both).overlaps).toEqual([]);
  });

  it('merges the fields of one action separately', () => {
    const mine = edit(base, (draft) => (draft.domains[0].goals[0].actions[0].status = 'done'));
    const theirs = edit(base, (draft) => (draft.domains[0].goals[0].actions[0].deadline = '2026-05-01'));
    const merged = mergePlans(base, mine, theirs).content.domains[0].goals[0].actions[0];
    expect(merged).toMatchObject({ status: 'done', deadline: '2026-05-01' });
  });

  it('keeps goals and actions added on both sides, mine after their predecessor', () => {
    const mine = edit(base, (draft) => {
      draft.domains[0].goals.push(goal('g-mine'));
      draft.domains[0].goals[0].actions.unshift(action('a-mine'));
    });
    const theirs = edit(base, (draft) => {
      draft.domains[0].goals.push(goal('g-theirs'));
      draft.domains[0].goals[0].actions.push(action('a-theirs'));
    });
    const { content } = mergePlans(base, mine, theirs);
    expect(content.domains[0].goals.map((g) => g.id)).toEqual(['g1', 'g-mine', 'g-theirs']);
    expect(content.domains[0].goals[0].actions.map((a) => a.id)).toEqual(['a-mine', 'a1', 'a-theirs']);
  });

  it('applies my removal of something they left alone', () => {
    const mine = edit(base, (draft) => (draft.domains[0].goals = []));
    const theirs = edit(base, (draft) => (draft.professionalView = 'Bijgewerkt'));
    const { content } = mergePlans(base, mine, theirs);
    expect(content.domains[0].goals).toEqual([]);
    expect(content.professionalView).toBe('Bijgewerkt');
  });

  it('keeps what I removed when they changed it meanwhile', () => {
    const mine = edit(base, (draft) => (draft.domains[0].goals = []));
    const theirs = edit(base, (draft) => (draft.domains[0].goals[0].description = 'Scherper doel'));
    expect(mergePlans(base, mine, theirs).content.domains[0].goals.map((g) => g.description)).toEqual([
      'Scherper doel',
    ]);
  });

  it('applies their removal unless I changed the item', () => {
    const theirs = edit(base, (draft) => (draft.domains[0].goals[0].actions = []));
    const untouched = mergePlans(base, base, theirs).content;
    expect(untouched.domains[0].goals[0].actions).toEqual([]);

    const mine = edit(base, (draft) => (draft.domains[0].goals[0].actions[0].status = 'stuck'));
    const kept = mergePlans(base, mine, theirs).content;
    expect(kept.domains[0].goals[0].actions.map((a) => a.status)).toEqual(['stuck']);
  });

  it('reloads to the newest version when I changed nothing', () => {
    const theirs = edit(base, (draft) => {
      draft.myFuture.whatIWant = 'Anders';
      draft.domains[1].goals.push(goal('g2'));
    });
    expect(mergePlans(base, base, theirs).content).toEqual(theirs);
  });

  it('merges the 18-/18+ checklist per topic, also when both sides just added it', () => {
    const start = plan({ transitionChecklist: [] });
    const mine = edit(start, (draft) => {
      draft.transitionChecklist = defaultTransitionChecklist();
      draft.transitionChecklist[0].ownerUserId = 'u-1';
    });
    const theirs = edit(start, (draft) => {
      draft.transitionChecklist = defaultTransitionChecklist();
      draft.transitionChecklist[1].status = 'done';
    });
    const { content, overlaps } = mergePlans(start, mine, theirs);
    expect(content.transitionChecklist[0]).toMatchObject({ topic: 'housing', ownerUserId: 'u-1' });
    expect(content.transitionChecklist[1]).toMatchObject({ topic: 'income', status: 'done' });
    expect(content.transitionChecklist).toHaveLength(6);
    expect(overlaps).toEqual([]);
  });
});
