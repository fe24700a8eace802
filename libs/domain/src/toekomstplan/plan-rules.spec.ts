import { todayInAmsterdam } from '../rules/calendar-date';
import { emptyToekomstplan } from './empty-plan';
import { DEFAULT_LIFE_DOMAINS } from './life-domains';
import { compareMyActions, isOverdue, planActions, toekomstplanProblems } from './plan-rules';
import type { PlanAction, PlanGoal, SelfSufficiencyScore, ToekomstplanContent } from './toekomstplan.contract';
import { defaultTransitionChecklist } from './transition-checklist';

const TODAY = '2026-03-05';
const KEYS = DEFAULT_LIFE_DOMAINS.map((domain) => domain.key);

function action(id: string, overrides: Partial<PlanAction> = {}): PlanAction {
  return {
    id,
    description: `Actie ${id}`,
    owner: { userId: null, organisationId: null },
    deadline: null,
    status: 'open',
    ...overrides,
  };
}

function goal(id: string, actions: PlanAction[] = [], description = `Doel ${id}`): PlanGoal {
  return { id, description, actions };
}

/** A plan for a 17-year-old with two goals in 'wonen' and one in 'inkomen-en-schulden'. */
function plan(): ToekomstplanContent {
  const content = emptyToekomstplan(DEFAULT_LIFE_DOMAINS, '2008-06-01', TODAY);
  content.domains[0].goals = [goal('g1', [action('a1'), action('a2')]), goal('g2', [action('a3')])];
  content.domains[2].goals = [goal('g3', [action('a4')])];
  return content;
}

describe('isOverdue', () => {
  it('is not overdue on the deadline day itself', () => {
    expect(isOverdue('2026-03-05', 'open', '2026-03-05')).toBe(false);
  });

  it('is overdue from the day after the deadline', () => {
    expect(isOverdue('2026-03-04', 'open', '2026-03-05')).toBe(true);
  });

  it('is never overdue once done', () => {
    expect(isOverdue('2026-01-01', 'done', '2026-03-05')).toBe(false);
  });

  it('is overdue when stuck or in progress past the deadline', () => {
    expect(isOverdue('2026-03-04', 'stuck', '2026-03-05')).toBe(true);
    expect(isOverdue('2026-03-04', 'in-progress', '2026-03-05')).toBe(true);
  });

  it('is never overdue without a deadline', () => {
    expect(isOverdue(null, 'open', '2026-03-05')).toBe(false);
  });

  it('turns overdue at midnight in Amsterdam, an hour before midnight UTC in winter', () => {
    const now = new Date('2026-03-05T23:30:00Z');
    expect(isOverdue('2026-03-05', 'open', now.toISOString().slice(0, 10))).toBe(false);
    expect(isOverdue('2026-03-05', 'open', todayInAmsterdam(now))).toBe(true);
  });
});

describe('compareMyActions', () => {
  const sort = (actions: PlanAction[]): string[] =>
    [...actions].sort((a, b) => compareMyActions(a, b, TODAY)).map((candidate) => candidate.id);

  it('puts overdue actions first, even before ones due today', () => {
    expect(sort([action('today', { deadline: '2026-03-05' }), action('late', { deadline: '2026-03-01' })])).toEqual([
      'late',
      'today',
    ]);
  });

  it('orders by deadline, earliest first, within overdue and within not overdue', () => {
    expect(
      sort([
        action('soon', { deadline: '2026-03-20' }),
        action('very-late', { deadline: '2026-01-01' }),
        action('sooner', { deadline: '2026-03-06' }),
        action('late', { deadline: '2026-03-01' }),
      ]),
    ).toEqual(['very-late', 'late', 'sooner', 'soon']);
  });

  it('puts actions without a deadline last', () => {
    expect(sort([action('undated'), action('dated', { deadline: '2027-01-01' })])).toEqual(['dated', 'undated']);
  });

  it('does not count a done action with a past deadline as overdue', () => {
    expect(
      sort([action('done', { deadline: '2026-01-01', status: 'done' }), action('late', { deadline: '2026-02-01' })]),
    ).toEqual(['late', 'done']);
  });

  it('breaks ties by description, in Dutch alphabetical order', () => {
    expect(
      sort([
        action('b', { description: 'bellen met school' }),
        action('a', { description: 'Aanmelden bij woningcorporatie' }),
        action('c', { description: 'Zorgverzekering regelen' }),
      ]),
    ).toEqual(['a', 'b', 'c']);
  });

  it('treats identical actions as equal', () => {
    expect(compareMyActions(action('x'), action('x'), TODAY)).toBe(0);
  });
});

describe('planActions', () => {
  it('lists every action with its goal and life domain, in plan order', () => {
    expect(planActions(plan()).map(({ goal, domain, action }) => [domain, goal.id, action.id])).toEqual([
      ['wonen', 'g1', 'a1'],
      ['wonen', 'g1', 'a2'],
      ['wonen', 'g2', 'a3'],
      ['inkomen-en-schulden', 'g3', 'a4'],
    ]);
  });

  it('is empty for a plan without goals or with goals without actions', () => {
    const content = emptyToekomstplan(DEFAULT_LIFE_DOMAINS, '2010-01-01', TODAY);
    expect(planActions(content)).toEqual([]);
    content.domains[1].goals = [goal('g1')];
    expect(planActions(content)).toEqual([]);
  });
});

describe('toekomstplanProblems', () => {
  const problems = (content: ToekomstplanContent, keys: string[] = KEYS) => toekomstplanProblems(content, keys, TODAY);

  it('finds nothing wrong with an empty plan or a sound filled-in one', () => {
    expect(problems(emptyToekomstplan(DEFAULT_LIFE_DOMAINS, '2010-01-01', TODAY))).toEqual([]);
    const content = plan();
    content.evaluationDate = '2026-09-05';
    content.domains[0].score = 3;
    content.domains[0].goals[0].actions[0].deadline = '2026-01-01';
    expect(problems(content)).toEqual([]);
  });

  describe('evaluation date', () => {
    it('refuses a date more than 6 months ahead, in class-validator style', () => {
      expect(problems({ ...plan(), evaluationDate: '2026-09-06' })).toEqual([
        { field: 'evaluationDate', message: 'evaluationDate must be at most 6 months ahead' },
      ]);
    });

    it('refuses a date in the past', () => {
      expect(problems({ ...plan(), evaluationDate: '2026-03-04' })).toEqual([
        { field: 'evaluationDate', message: 'evaluationDate must not be in the past' },
      ]);
    });

    it('refuses a day that does not exist', () => {
      expect(problems({ ...plan(), evaluationDate: '2026-02-30' })).toEqual([
        { field: 'evaluationDate', message: 'evaluationDate must be a date as YYYY-MM-DD' },
      ]);
    });
  });

  describe('life domains', () => {
    it('refuses a domain key the region does not have', () => {
      const content = plan();
      content.domains[3].domain = 'sport';
      expect(problems(content)).toEqual([
        { field: 'domains.3.domain', message: "domain must be one of the region's life domains" },
      ]);
    });

    it('refuses the second occurrence of a domain, not the first', () => {
      const content = plan();
      content.domains[4].domain = 'wonen';
      expect(problems(content)).toEqual([
        { field: 'domains.4.domain', message: 'domain must appear only once in the plan' },
      ]);
    });

    it('allows a plan with only some of the region’s domains', () => {
      const content = plan();
      content.domains = content.domains.slice(0, 2);
      expect(problems(content)).toEqual([]);
    });

    it.each([0, 6, 2.5, -1])('refuses the score %p', (score) => {
      const content = plan();
      content.domains[1].score = score as SelfSufficiencyScore;
      expect(problems(content)).toEqual([
        { field: 'domains.1.score', message: 'score must be a whole number from 1 to 5, or null' },
      ]);
    });

    it('accepts every score from 1 to 5 and null', () => {
      const content = plan();
      ([1, 2, 3, 4, 5, null] as const).forEach((score, index) => {
        content.domains[index].score = score;
      });
      expect(problems(content)).toEqual([]);
    });
  });

  describe('ids', () => {
    it('refuses a goal id used twice, also across life domains', () => {
      const content = plan();
      content.domains[2].goals[0].id = 'g1';
      expect(problems(content)).toEqual([
        { field: 'domains.2.goals.0.id', message: 'id must be unique within the plan' },
      ]);
    });

    it('refuses an action id used twice, also across goals', () => {
      const content = plan();
      content.domains[0].goals[1].actions[0].id = 'a1';
      expect(problems(content)).toEqual([
        { field: 'domains.0.goals.1.actions.0.id', message: 'id must be unique within the plan' },
      ]);
    });

    it('allows a goal and an action to share an id, as they are looked up separately', () => {
      const content = plan();
      content.domains[0].goals[0].actions[0].id = 'g1';
      expect(problems(content)).toEqual([]);
    });

    it('refuses an empty id', () => {
      const content = plan();
      content.domains[0].goals[1].id = '';
      expect(problems(content)).toEqual([{ field: 'domains.0.goals.1.id', message: 'id must not be empty' }]);
    });

    it('refuses a goal id and an action id of only spaces, or empty, as no id', () => {
      const content = plan();
      content.domains[0].goals[1].id = '  ';
      content.domains[0].goals[0].actions[0].id = ' ';
      content.domains[2].goals[0].actions[0].id = '';
      expect(problems(content)).toEqual([
        { field: 'domains.0.goals.0.actions.0.id', message: 'id must not be empty' },
        { field: 'domains.0.goals.1.id', message: 'id must not be empty' },
        { field: 'domains.2.goals.0.actions.0.id', message: 'id must not be empty' },
      ]);
    });
  });

  describe('goals and actions', () => {
    it('refuses an action without a description, also when it is only spaces', () => {
      const content = plan();
      content.domains[0].goals[0].actions[1].description = '   ';
      content.domains[2].goals[0].actions[0].description = '';
      expect(problems(content)).toEqual([
        { field: 'domains.0.goals.0.actions.1.description', message: 'description must not be empty' },
        { field: 'domains.2.goals.0.actions.0.description', message: 'description must not be empty' },
      ]);
    });

    it('refuses a goal without a description, also when it is only spaces', () => {
      const content = plan();
      content.domains[2].goals[0].description = '';
      content.domains[0].goals[0].description = '   ';
      expect(problems(content)).toEqual([
        { field: 'domains.0.goals.0.description', message: 'description must not be empty' },
        { field: 'domains.2.goals.0.description', message: 'description must not be empty' },
      ]);
    });

    it('refuses an action deadline that is not a real day, naming the exact action', () => {
      const content = plan();
      content.domains[0].goals[0].actions[1].deadline = '2026-02-29';
      expect(problems(content)).toEqual([
        { field: 'domains.0.goals.0.actions.1.deadline', message: 'deadline must be a date as YYYY-MM-DD' },
      ]);
    });

    it('allows an action deadline in the past, so a plan with late work can still be saved', () => {
      const content = plan();
      content.domains[0].goals[0].actions[0].deadline = '2025-01-01';
      expect(problems(content)).toEqual([]);
    });
  });

  describe('text lengths', () => {
    it('allows 4000 characters in the jongere’s words and refuses 4001', () => {
      const content = plan();
      content.myFuture.whatIWant = 'x'.repeat(4000);
      content.myFuture.whoHelpsMe = 'x'.repeat(4001);
      expect(problems(content)).toEqual([
        { field: 'myFuture.whoHelpsMe', message: 'whoHelpsMe must be shorter than or equal to 4000 characters' },
      ]);
    });

    it('names each of the jongere’s own fields that is too long', () => {
      const content = plan();
      content.myFuture.whatIWant = 'x'.repeat(4001);
      content.myFuture.whatIAmGoodAt = 'x'.repeat(4001);
      expect(problems(content)).toEqual([
        { field: 'myFuture.whatIWant', message: 'whatIWant must be shorter than or equal to 4000 characters' },
        { field: 'myFuture.whatIAmGoodAt', message: 'whatIAmGoodAt must be shorter than or equal to 4000 characters' },
      ]);
    });

    it('limits the professional view, situation and wish to 4000 characters', () => {
      const content = plan();
      content.professionalView = 'x'.repeat(4001);
      content.domains[1].situation = 'x'.repeat(4001);
      content.domains[1].wish = 'x'.repeat(4001);
      expect(problems(content).map((problem) => problem.field)).toEqual([
        'professionalView',
        'domains.1.situation',
        'domains.1.wish',
      ]);
    });

    it('limits goal and action descriptions and checklist notes to 1000 characters', () => {
      const content = plan();
      content.domains[0].goals[1].description = 'x'.repeat(1000);
      content.domains[0].goals[0].description = 'x'.repeat(1001);
      content.domains[2].goals[0].actions[0].description = 'x'.repeat(1001);
      content.transitionChecklist[1].note = 'x'.repeat(1001);
      expect(problems(content)).toEqual([
        {
          field: 'domains.0.goals.0.description',
          message: 'description must be shorter than or equal to 1000 characters',
        },
        {
          field: 'domains.2.goals.0.actions.0.description',
          message: 'description must be shorter than or equal to 1000 characters',
        },
        { field: 'transitionChecklist.1.note', message: 'note must be shorter than or equal to 1000 characters' },
      ]);
    });

    it('counts an emoji as one character, as the database does', () => {
      const content = plan();
      content.domains[0].goals[0].description = '🏠'.repeat(1000);
      expect(problems(content)).toEqual([]);
    });
  });

  describe('transition checklist', () => {
    it('refuses a topic listed twice', () => {
      const content = plan();
      content.transitionChecklist = [...defaultTransitionChecklist(), { ...defaultTransitionChecklist()[0] }];
      expect(problems(content)).toEqual([
        { field: 'transitionChecklist.6.topic', message: 'topic must appear only once in the checklist' },
      ]);
    });
  });

  it('reports every problem at once, each at its own field', () => {
    const content = plan();
    content.evaluationDate = '2030-01-01';
    content.domains[0].score = 9 as SelfSufficiencyScore;
    content.domains[0].goals[1].actions[0].description = '';
    expect(problems(content).map((problem) => problem.field)).toEqual([
      'evaluationDate',
      'domains.0.score',
      'domains.0.goals.1.actions.0.description',
    ]);
  });

  it('judges the evaluation date against the Amsterdam day', () => {
    const now = new Date('2026-03-05T23:30:00Z');
    const content = { ...plan(), evaluationDate: '2026-03-05' };
    expect(toekomstplanProblems(content, KEYS, now.toISOString().slice(0, 10))).toEqual([]);
    expect(toekomstplanProblems(content, KEYS, todayInAmsterdam(now)).map((problem) => problem.field)).toEqual([
      'evaluationDate',
    ]);
  });
});
