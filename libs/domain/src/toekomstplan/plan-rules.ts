import type { FieldError } from '../api/problem';
import { compareDates, isIsoDate } from '../rules/calendar-date';
import { MAX_EVALUATION_MONTHS, evaluationDateProblem } from '../rules/evaluation-date';
import type { ActionStatus, PlanAction, PlanGoal, ToekomstplanContent } from './toekomstplan.contract';

export const PLAN_LONG_TEXT_MAX = 4000;
export const PLAN_SHORT_TEXT_MAX = 1000;

/** Overdue once the deadline day is over; a deadline of today still leaves the day to finish it. */
export function isOverdue(deadline: string | null, status: ActionStatus, today: string): boolean {
  return deadline !== null && status !== 'done' && compareDates(deadline, today) < 0;
}

type SortableAction = Pick<PlanAction, 'description' | 'deadline' | 'status'>;

/** "Mijn acties": what is already late first, then what is due soonest; undated work comes last. */
export function compareMyActions(a: SortableAction, b: SortableAction, today: string): number {
  const lateFirst = Number(isOverdue(b.deadline, b.status, today)) - Number(isOverdue(a.deadline, a.status, today));
  if (lateFirst !== 0) return lateFirst;
  if (a.deadline !== b.deadline) {
    if (a.deadline === null) return 1;
    if (b.deadline === null) return -1;
    return compareDates(a.deadline, b.deadline);
  }
  return a.description.localeCompare(b.description, 'nl');
}

/** Every action of the plan with the goal and life domain it serves, in plan order. */
export function planActions(
  content: ToekomstplanContent,
): Array<{ goal: PlanGoal; domain: string; action: PlanAction }> {
  return content.domains.flatMap((assessment) =>
    assessment.goals.flatMap((goal) => goal.actions.map((action) => ({ goal, domain: assessment.domain, action }))),
  );
}

// Counted in code points, as class-validator's MaxLength and PostgreSQL's varchar do, so an emoji counts once.
function length(text: string): number {
  return [...text].length;
}

function tooLong(field: string, text: string, max: number): FieldError[] {
  return length(text) > max
    ? [{ field, message: `${leaf(field)} must be shorter than or equal to ${max} characters` }]
    : [];
}

function leaf(field: string): string {
  return field.slice(field.lastIndexOf('.') + 1);
}

const EVALUATION_MESSAGES = {
  invalid: 'evaluationDate must be a date as YYYY-MM-DD',
  'in-past': 'evaluationDate must not be in the past',
  'too-far': `evaluationDate must be at most ${MAX_EVALUATION_MONTHS} months ahead`,
} as const;

const SCORES: readonly unknown[] = [1, 2, 3, 4, 5];

/**
 * What the shape checks (class-validator in the API, the form in the web app) cannot see:
 * rules across fields, against the region's life domains and against today. Fields are dotted
 * paths into the content, so the API can prefix them and the web app can put them on the input.
 */
export function toekomstplanProblems(
  content: ToekomstplanContent,
  lifeDomainKeys: readonly string[],
  today: string,
): FieldError[] {
  const problems: FieldError[] = [];
  const add = (field: string, message: string): void => {
    problems.push({ field, message });
  };

  problems.push(...tooLong('myFuture.whatIWant', content.myFuture.whatIWant, PLAN_LONG_TEXT_MAX));
  problems.push(...tooLong('myFuture.whatIAmGoodAt', content.myFuture.whatIAmGoodAt, PLAN_LONG_TEXT_MAX));
  problems.push(...tooLong('myFuture.whoHelpsMe', content.myFuture.whoHelpsMe, PLAN_LONG_TEXT_MAX));
  problems.push(...tooLong('professionalView', content.professionalView, PLAN_LONG_TEXT_MAX));

  const evaluation = evaluationDateProblem(content.evaluationDate, today);
  if (evaluation) add('evaluationDate', EVALUATION_MESSAGES[evaluation]);

  const domainsSeen = new Set<string>();
  // Goal and action ids are unique across the whole plan: actions are found by id alone, and a
  // version comparison must not mistake one goal for another in a different life domain.
  const goalIds = new Set<string>();
  const actionIds = new Set<string>();

  content.domains.forEach((assessment, d) => {
    const at = `domains.${d}`;
    if (!lifeDomainKeys.includes(assessment.domain)) {
      add(`${at}.domain`, "domain must be one of the region's life domains");
    } else if (domainsSeen.has(assessment.domain)) {
      add(`${at}.domain`, 'domain must appear only once in the plan');
    }
    domainsSeen.add(assessment.domain);

    problems.push(...tooLong(`${at}.situation`, assessment.situation, PLAN_LONG_TEXT_MAX));
    problems.push(...tooLong(`${at}.wish`, assessment.wish, PLAN_LONG_TEXT_MAX));
    if (assessment.score !== null && !SCORES.includes(assessment.score)) {
      add(`${at}.score`, 'score must be a whole number from 1 to 5, or null');
    }

    assessment.goals.forEach((goal, g) => {
      const goalAt = `${at}.goals.${g}`;
      if (goal.id.trim() === '') add(`${goalAt}.id`, 'id must not be empty');
      else if (goalIds.has(goal.id)) add(`${goalAt}.id`, 'id must be unique within the plan');
      goalIds.add(goal.id);
      if (goal.description.trim() === '') add(`${goalAt}.description`, 'description must not be empty');
      problems.push(...tooLong(`${goalAt}.description`, goal.description, PLAN_SHORT_TEXT_MAX));

      goal.actions.forEach((action, a) => {
        const actionAt = `${goalAt}.actions.${a}`;
        if (action.id.trim() === '') add(`${actionAt}.id`, 'id must not be empty');
        else if (actionIds.has(action.id)) add(`${actionAt}.id`, 'id must be unique within the plan');
        actionIds.add(action.id);
        if (action.description.trim() === '') add(`${actionAt}.description`, 'description must not be empty');
        problems.push(...tooLong(`${actionAt}.description`, action.description, PLAN_SHORT_TEXT_MAX));
        // A deadline in the past is allowed: re-saving a plan must not fail on work that is merely late.
        if (action.deadline !== null && !isIsoDate(action.deadline)) {
          add(`${actionAt}.deadline`, 'deadline must be a date as YYYY-MM-DD');
        }
      });
    });
  });

  const topicsSeen = new Set<string>();
  content.transitionChecklist.forEach((item, i) => {
    if (topicsSeen.has(item.topic))
      add(`transitionChecklist.${i}.topic`, 'topic must appear only once in the checklist');
    topicsSeen.add(item.topic);
    problems.push(...tooLong(`transitionChecklist.${i}.note`, item.note, PLAN_SHORT_TEXT_MAX));
  });

  return problems;
}
