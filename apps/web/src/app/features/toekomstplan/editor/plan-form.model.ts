import { FormArray, FormControl, FormGroup, NonNullableFormBuilder, Validators } from '@angular/forms';
import {
  ActionStatus,
  Carrier,
  ChecklistStatus,
  DomainAssessment,
  LifeDomainDefinition,
  PLAN_LONG_TEXT_MAX,
  PLAN_SHORT_TEXT_MAX,
  PlanAction,
  PlanGoal,
  SelfSufficiencyScore,
  ToekomstplanContent,
  TransitionItem,
  TransitionTopic,
} from '@sluitend/domain';
import { evaluationDateValidator } from '../../../shared/domain-validators';
import { requiredText } from '../../../shared/validators';

export type ActionForm = FormGroup<{
  id: FormControl<string>;
  description: FormControl<string>;
  ownerUserId: FormControl<string>;
  /** Kept as it was: the editor only offers people, but a plan may name an organisation. */
  ownerOrganisationId: FormControl<string>;
  deadline: FormControl<string>;
  status: FormControl<ActionStatus>;
}>;

export type GoalForm = FormGroup<{
  id: FormControl<string>;
  description: FormControl<string>;
  actions: FormArray<ActionForm>;
}>;

export type DomainForm = FormGroup<{
  domain: FormControl<string>;
  situation: FormControl<string>;
  wish: FormControl<string>;
  score: FormControl<SelfSufficiencyScore | null>;
  carriedBy: FormControl<Carrier | null>;
  goals: FormArray<GoalForm>;
}>;

export type TransitionItemForm = FormGroup<{
  topic: FormControl<TransitionTopic>;
  ownerUserId: FormControl<string>;
  status: FormControl<ChecklistStatus>;
  note: FormControl<string>;
}>;

export type PlanForm = FormGroup<{
  myFuture: FormGroup<{
    whatIWant: FormControl<string>;
    whatIAmGoodAt: FormControl<string>;
    whoHelpsMe: FormControl<string>;
  }>;
  professionalView: FormControl<string>;
  domains: FormArray<DomainForm>;
  evaluationDate: FormControl<string>;
  transitionChecklist: FormArray<TransitionItemForm>;
}>;

/** Ids are chosen by the client and stay the same across versions, so versions can be compared. */
export function newId(): string {
  return crypto.randomUUID();
}

/**
 * Builds the typed form of a plan, with the domains in the region's order. A domain the plan
 * lacks (the region added one later) starts empty. One the region no longer has is left out:
 * the API refuses a plan with unknown domains, and earlier versions still hold its text.
 */
export function planForm(
  fb: NonNullableFormBuilder,
  content: ToekomstplanContent,
  lifeDomains: readonly LifeDomainDefinition[],
  today: () => string,
): PlanForm {
  const longText = Validators.maxLength(PLAN_LONG_TEXT_MAX);
  return fb.group({
    myFuture: fb.group({
      whatIWant: fb.control(content.myFuture.whatIWant, longText),
      whatIAmGoodAt: fb.control(content.myFuture.whatIAmGoodAt, longText),
      whoHelpsMe: fb.control(content.myFuture.whoHelpsMe, longText),
    }),
    professionalView: fb.control(content.professionalView, longText),
    domains: fb.array(orderedDomains(content.domains, lifeDomains).map((domain) => domainForm(fb, domain))),
    evaluationDate: fb.control(content.evaluationDate ?? '', evaluationDateValidator(today)),
    transitionChecklist: fb.array(content.transitionChecklist.map((item) => transitionItemForm(fb, item))),
  });
}

export function domainForm(fb: NonNullableFormBuilder, domain: DomainAssessment): DomainForm {
  const longText = Validators.maxLength(PLAN_LONG_TEXT_MAX);
  return fb.group({
    domain: fb.control(domain.domain),
    situation: fb.control(domain.situation, longText),
    wish: fb.control(domain.wish, longText),
    score: fb.control<SelfSufficiencyScore | null>(domain.score),
    carriedBy: fb.control<Carrier | null>(domain.carriedBy),
    goals: fb.array(domain.goals.map((goal) => goalForm(fb, goal))),
  });
}

export function goalForm(fb: NonNullableFormBuilder, goal: PlanGoal): GoalForm {
  return fb.group({
    id: fb.control(goal.id),
    description: fb.control(goal.description, [requiredText, Validators.maxLength(PLAN_SHORT_TEXT_MAX)]),
    actions: fb.array(goal.actions.map((action) => actionForm(fb, action))),
  });
}

export function actionForm(fb: NonNullableFormBuilder, action: PlanAction): ActionForm {
  return fb.group({
    id: fb.control(action.id),
    description: fb.control(action.description, [requiredText, Validators.maxLength(PLAN_SHORT_TEXT_MAX)]),
    ownerUserId: fb.control(action.owner.userId ?? ''),
    ownerOrganisationId: fb.control(action.owner.organisationId ?? ''),
    deadline: fb.control(action.deadline ?? ''),
    status: fb.control<ActionStatus>(action.status),
  });
}

export function transitionItemForm(fb: NonNullableFormBuilder, item: TransitionItem): TransitionItemForm {
  return fb.group({
    topic: fb.control<TransitionTopic>(item.topic),
    ownerUserId: fb.control(item.ownerUserId ?? ''),
    status: fb.control<ChecklistStatus>(item.status),
    note: fb.control(item.note, Validators.maxLength(PLAN_SHORT_TEXT_MAX)),
  });
}

export function emptyGoal(): PlanGoal {
  return { id: newId(), description: '', actions: [] };
}

export function emptyAction(): PlanAction {
  return {
    id: newId(),
    description: '',
    owner: { userId: null, organisationId: null },
    deadline: null,
    status: 'open',
  };
}

/** The form's value as plan content: empty inputs become the contract's nulls. */
export function planContentOf(form: PlanForm): ToekomstplanContent {
  const value = form.getRawValue();
  return {
    myFuture: { ...value.myFuture },
    professionalView: value.professionalView,
    domains: value.domains.map((domain) => ({
      domain: domain.domain,
      situation: domain.situation,
      wish: domain.wish,
      score: domain.score,
      carriedBy: domain.carriedBy,
      goals: domain.goals.map((goal) => ({
        id: goal.id,
        description: goal.description.trim(),
        actions: goal.actions.map((action) => ({
          id: action.id,
          description: action.description.trim(),
          // A person chosen in the editor replaces an organisation named earlier.
          owner: action.ownerUserId
            ? { userId: action.ownerUserId, organisationId: null }
            : { userId: null, organisationId: action.ownerOrganisationId || null },
          deadline: action.deadline || null,
          status: action.status,
        })),
      })),
    })),
    evaluationDate: value.evaluationDate || null,
    transitionChecklist: value.transitionChecklist.map((item) => ({
      topic: item.topic,
      ownerUserId: item.ownerUserId || null,
      status: item.status,
      note: item.note,
    })),
  };
}

function orderedDomains(
  domains: readonly DomainAssessment[],
  lifeDomains: readonly LifeDomainDefinition[],
): DomainAssessment[] {
  const byKey = new Map(domains.map((domain) => [domain.domain, domain]));
  return lifeDomains.map(
    (definition) =>
      byKey.get(definition.key) ?? {
        domain: definition.key,
        situation: '',
        wish: '',
        score: null,
        carriedBy: null,
        goals: [],
      },
  );
}
