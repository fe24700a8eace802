export const ACTION_STATUSES = ['open', 'in-progress', 'done', 'stuck'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const CARRIERS = ['own-strength', 'network', 'professional-help'] as const;
/** Who carries a life domain now: the jongere alone, with their network, or with professional help. */
export type Carrier = (typeof CARRIERS)[number];

export const TRANSITION_TOPICS = [
  'housing',
  'income',
  'health-insurance',
  'care-continuation',
  'school-work',
  'legal',
] as const;
export type TransitionTopic = (typeof TRANSITION_TOPICS)[number];

export const CHECKLIST_STATUSES = ['open', 'in-progress', 'done'] as const;
export type ChecklistStatus = (typeof CHECKLIST_STATUSES)[number];

/** Self-sufficiency in the manner of the Zelfredzaamheid-Matrix: 1 acute problems … 5 fully self-sufficient. */
export type SelfSufficiencyScore = 1 | 2 | 3 | 4 | 5;

export interface LifeDomainDefinition {
  key: string;
  label: string;
}

export interface ActionOwner {
  userId: string | null;
  organisationId: string | null;
}

export interface PlanAction {
  id: string;
  description: string;
  owner: ActionOwner;
  deadline: string | null;
  status: ActionStatus;
}

export interface PlanGoal {
  id: string;
  description: string;
  actions: PlanAction[];
}

export interface DomainAssessment {
  domain: string;
  situation: string;
  wish: string;
  score: SelfSufficiencyScore | null;
  carriedBy: Carrier | null;
  goals: PlanGoal[];
}

export interface TransitionItem {
  topic: TransitionTopic;
  ownerUserId: string | null;
  status: ChecklistStatus;
  note: string;
}

/** "Mijn toekomst": the jongere's own words, in the first person. */
export interface MyFuture {
  whatIWant: string;
  whatIAmGoodAt: string;
  whoHelpsMe: string;
}

export interface ToekomstplanContent {
  myFuture: MyFuture;
  /** The professionals' layer beside the jongere's words, never over them. */
  professionalView: string;
  domains: DomainAssessment[];
  evaluationDate: string | null;
  transitionChecklist: TransitionItem[];
}

export interface ToekomstplanVersionResponse {
  caseId: string;
  number: number;
  basedOn: number | null;
  content: ToekomstplanContent;
  createdAt: string;
  createdBy: { userId: string; name: string };
  /** The region's life domains, in order, to render the plan with. */
  lifeDomains: LifeDomainDefinition[];
}

export interface ToekomstplanVersionSummary {
  number: number;
  basedOn: number | null;
  createdAt: string;
  createdBy: { userId: string; name: string };
  reason: 'save' | 'action-status';
}

/** Saving names the version it was based on; a stale base is answered 409 with the current version. */
export interface SaveToekomstplanRequest {
  basedOnVersion: number | null;
  content: ToekomstplanContent;
}

export interface UpdateActionStatusRequest {
  status: ActionStatus;
}

export interface MyActionResponse {
  caseId: string;
  caseName: string;
  goalDescription: string;
  action: PlanAction;
  overdue: boolean;
}

export interface DomainScorePoint {
  version: number;
  createdAt: string;
  score: SelfSufficiencyScore | null;
}

export interface DomainScoreHistory {
  domain: string;
  points: DomainScorePoint[];
}
