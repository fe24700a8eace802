import { DEFAULT_LIFE_DOMAINS, emptyToekomstplan, ROLES, type Role, type ToekomstplanContent } from '@sluitend/domain';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { createTestApp, signIn, xsrfTokenSetBy, type TestApp } from '../testing/test-app';
import { projectPlanActions } from '../toekomstplan/plan-actions.projection';

/**
 * Every endpoint of the OpenAPI document × every role × every relation to a case × own or other organisation,
 * each with the answer this table expects. An endpoint missing from ENDPOINTS fails the test, so a new one
 * cannot ship without its row. Each combination works on its own freshly arranged case.
 */

type Relation = 'member' | 'memberWithoutConsent' | 'notMember' | 'breakTheGlass';
type Organisation = 'own' | 'other';
const RELATIONS: Relation[] = ['member', 'memberWithoutConsent', 'notMember', 'breakTheGlass'];
const ORGANISATIONS: Organisation[] = ['own', 'other'];

/** How an endpoint is guarded; the expected status per role and relation follows from it (EXPECTED). */
type Guard =
  | 'public'
  | 'signed-in'
  | 'professional'
  | 'admin'
  | 'privacy-officer'
  | 'case-read'
  | 'case-access'
  | 'consents-read'
  | 'access-log'
  | 'case-change'
  | 'consents-manage'
  | 'case-lead'
  // The Actietafel: by role within the region (both test organisations are in the one demo region).
  | 'actietafel-coordinator'
  | 'table-role'
  | 'escalation-read'
  | 'escalation-triage'
  | 'agreement-change'
  // Actietafel sessions: by the part the role plays in the session (SESSION_GUARDS).
  | 'session-view'
  | 'session-content'
  | 'session-plan'
  | 'session-record';

/** Guards under which a successful answer to the region's coordinator or chair names the jongere. */
const TABLE_GUARDS = new Set<Guard>([
  'actietafel-coordinator',
  'table-role',
  'escalation-read',
  'escalation-triage',
  'agreement-change',
]);
const isTableRole = (role: Role) => role === 'actietafel-coordinator' || role === 'actietafel-chair';

/** Answers of a professional, per relation; any other role gets `notProfessional`. */
const CASE_GUARDS: Record<
  Extract<Guard, `case-${string}` | 'consents-read' | 'consents-manage' | 'access-log'>,
  Record<Relation, 'ok' | 403 | 404>
> = {
  'case-read': { member: 'ok', memberWithoutConsent: 403, notMember: 404, breakTheGlass: 'ok' },
  'case-access': { member: 'ok', memberWithoutConsent: 'ok', notMember: 404, breakTheGlass: 'ok' },
  'consents-read': { member: 'ok', memberWithoutConsent: 403, notMember: 404, breakTheGlass: 'ok' },
  'access-log': { member: 403, memberWithoutConsent: 403, notMember: 404, breakTheGlass: 403 },
  'case-change': { member: 'ok', memberWithoutConsent: 403, notMember: 404, breakTheGlass: 403 },
  'consents-manage': { member: 'ok', memberWithoutConsent: 403, notMember: 404, breakTheGlass: 403 },
  'case-lead': { member: 403, memberWithoutConsent: 403, notMember: 404, breakTheGlass: 403 },
};

/**
 * Actietafel sessions are not cases: each combination gets a planned, a running and an ended session of the
 * region (arrangeSession), chaired by the matrix chair and with the matrix member invited, both of the user's
 * organisation. The answer follows from the part the role plays there; a role without a part gets 404.
 */
const SESSION_GUARDS: Record<Extract<Guard, `session-${string}`>, Partial<Record<Role, 'ok' | 403>>> = {
  'session-view': { 'actietafel-coordinator': 'ok', 'actietafel-chair': 'ok', 'actietafel-member': 'ok' },
  'session-content': { 'actietafel-coordinator': 'ok', 'actietafel-chair': 'ok', 'actietafel-member': 'ok' },
  'session-plan': { 'actietafel-coordinator': 'ok', 'actietafel-chair': 403, 'actietafel-member': 403 },
  'session-record': { 'actietafel-coordinator': 'ok', 'actietafel-chair': 'ok', 'actietafel-member': 403 },
};

function expected(guard: Guard, success: number, role: Role, relation: Relation): number {
  switch (guard) {
    case 'public':
    case 'signed-in':
      return success;
    case 'professional':
    case 'admin':
    case 'privacy-officer':
    case 'actietafel-coordinator':
      return role === guard ? success : 403;
    case 'table-role':
      return isTableRole(role) ? success : 403;
    case 'escalation-read':
      // The region's table reads a submitted escalation by role; the case team as it reads the case.
      return isTableRole(role) ? success : expected('case-read', success, role, relation);
    case 'escalation-triage': {
      // Triage is the coordinator's; a chair and a team member who can see the escalation are refused.
      if (role === 'actietafel-coordinator') return success;
      if (role === 'actietafel-chair') return 403;
      const answer = expected('case-change', success, role, relation);
      return answer === success ? 403 : answer;
    }
    case 'agreement-change':
      // Neither owner nor coordinator: only a table role learns that the agreement exists.
      return role === 'actietafel-coordinator' ? success : role === 'actietafel-chair' ? 403 : 404;
    case 'session-view':
    case 'session-content':
    case 'session-plan':
    case 'session-record': {
      const answer = SESSION_GUARDS[guard][role] ?? 404;
      return answer === 'ok' ? success : answer;
    }
    default: {
      // A case is only ever the professional's: other roles get the answer of a stranger, whatever their relation.
      if (role !== 'professional') return 404;
      const answer = CASE_GUARDS[guard][relation];
      return answer === 'ok' ? success : answer;
    }
  }
}

interface Fixture {
  caseId: string;
  /** The signed-in user's relation to the case. */
  relation: Relation;
  lastName: string;
  teamMemberId: string;
  networkMemberId: string;
  extraConsentId: string;
  actionId: string;
  userId: string;
  otherProfessionalId: string;
  emergencyBsn: string;
  organisationId: string;
  regionId: string;
  dataSource: DataSource;
  escalations: EscalationFixture;
  session: SessionFixture;
}

/** The Actietafel sessions of one combination (arrangeSession). */
interface SessionFixture {
  plannedId: string;
  runningId: string;
  endedId: string;
  runningItemId: string;
  decisionId: string;
  agreementId: string;
  memberId: string;
  /** The signed-in user's own notification. */
  notificationId: string;
}

/**
 * Escalations of the fixture's case: a draft, a submitted one, and one running with two agreements: one owned by
 * the lead, one owned by the signed-in user's organisation without a named person (made at a session the user
 * was not invited to, so only the team relation with consent makes it theirs).
 */
interface EscalationFixture {
  draftId: string;
  submittedId: string;
  agreementId: string;
  organisationAgreementId: string;
}

interface Endpoint {
  guard: Guard;
  success: number;
  path: (f: Fixture) => string;
  body?: (f: Fixture) => Promise<object> | object;
  /** Runs last for its combination: it changes the session (login, logout). */
  last?: boolean;
}

const caseVersion = async (f: Fixture) =>
  Number((await f.dataSource.query(`SELECT version FROM case_file WHERE id = $1`, [f.caseId]))[0].version);
const planVersion = async (f: Fixture) =>
  Number(
    (await f.dataSource.query(`SELECT MAX(number) AS n FROM toekomstplan_version WHERE case_id = $1`, [f.caseId]))[0].n,
  );
const entityVersion = async (f: Fixture, table: string, id: string) =>
  Number((await f.dataSource.query(`SELECT version FROM ${table} WHERE id = $1`, [id]))[0].version);
let unique = 0;
const next = () => `${Date.now().toString(36)}${(unique++).toString(36)}`;

/** The table: every operation of the OpenAPI document, keyed `METHOD /path` as the document names it. */
const ENDPOINTS: Record<string, Endpoint> = {
  'GET /api/v1/health': { guard: 'public', success: 200, path: () => '/api/v1/health' },
  'POST /api/v1/auth/login': {
    guard: 'public',
    success: 200,
    path: () => '/api/v1/auth/login',
    last: true,
    body: () => ({}),
  },
  'POST /api/v1/auth/logout': { guard: 'signed-in', success: 204, path: () => '/api/v1/auth/logout', last: true },
  'GET /api/v1/auth/me': { guard: 'signed-in', success: 200, path: () => '/api/v1/auth/me' },
  'GET /api/v1/regions': { guard: 'signed-in', success: 200, path: () => '/api/v1/regions' },
  'PUT /api/v1/regions/{id}/life-domains': {
    guard: 'admin',
    success: 200,
    path: (f) => `/api/v1/regions/${f.regionId}/life-domains`,
    body: () => ({ lifeDomains: DEFAULT_LIFE_DOMAINS }),
  },
  'GET /api/v1/municipalities': { guard: 'signed-in', success: 200, path: () => '/api/v1/municipalities' },
  'GET /api/v1/organisations': { guard: 'signed-in', success: 200, path: () => '/api/v1/organisations' },
  'POST /api/v1/organisations': {
    guard: 'admin',
    success: 201,
    path: () => '/api/v1/organisations',
    body: (f) => ({ name: `Matrix ${next()}`, sector: 'welzijn', regionId: f.regionId }),
  },
  'GET /api/v1/organisations/{id}': {
    guard: 'signed-in',
    success: 200,
    path: (f) => `/api/v1/organisations/${f.organisationId}`,
  },
  'PATCH /api/v1/organisations/{id}': {
    guard: 'admin',
    success: 200,
    path: (f) => `/api/v1/organisations/${f.organisationId}`,
    body: async (f) => ({
      version: await entityVersion(f, 'organisation', f.organisationId),
      name: `Matrix ${next()}`,
    }),
  },
  'GET /api/v1/users': { guard: 'admin', success: 200, path: () => '/api/v1/users' },
  'POST /api/v1/users': {
    guard: 'admin',
    success: 201,
    path: () => '/api/v1/users',
    body: (f) => ({
      email: `matrix-new-${next()}@test.sluitend.nl`,
      name: 'Nieuwe Collega',
      organisationId: f.organisationId,
      roles: ['professional'],
      password: 'een-lang-genoeg-wachtwoord',
    }),
  },
  'GET /api/v1/users/{id}': { guard: 'admin', success: 200, path: (f) => `/api/v1/users/${f.otherProfessionalId}` },
  'PATCH /api/v1/users/{id}': {
    guard: 'admin',
    success: 200,
    path: (f) => `/api/v1/users/${f.otherProfessionalId}`,
    body: async (f) => ({ version: await entityVersion(f, 'app_user', f.otherProfessionalId), name: 'Youssef Bakker' }),
  },
  'GET /api/v1/colleagues': { guard: 'signed-in', success: 200, path: () => '/api/v1/colleagues' },
  // Sign-in locks (issue 13): an admin sees who is locked and lifts a lock.
  'GET /api/v1/sign-in-locks': { guard: 'admin', success: 200, path: () => '/api/v1/sign-in-locks' },
  'DELETE /api/v1/sign-in-locks/{userId}': {
    guard: 'admin',
    success: 204,
    path: (f) => `/api/v1/sign-in-locks/${f.otherProfessionalId}`,
  },
  'GET /api/v1/cases': { guard: 'professional', success: 200, path: () => '/api/v1/cases' },
  'POST /api/v1/cases': {
    guard: 'professional',
    success: 201,
    path: () => '/api/v1/cases',
    body: async (f) => ({
      firstName: 'Nieuw',
      lastName: `Dossier${next()}`,
      dateOfBirth: '2010-04-04',
      municipalityId: (await f.dataSource.query(`SELECT id FROM municipality LIMIT 1`))[0].id,
    }),
  },
  'GET /api/v1/cases/{id}': { guard: 'case-read', success: 200, path: (f) => `/api/v1/cases/${f.caseId}` },
  'PATCH /api/v1/cases/{id}': {
    guard: 'case-change',
    success: 200,
    path: (f) => `/api/v1/cases/${f.caseId}`,
    body: async (f) => ({ version: await caseVersion(f), schoolOrWork: 'MBO College Rivierenland' }),
  },
  'PUT /api/v1/cases/{id}/casusregisseur': {
    guard: 'case-lead',
    success: 200,
    path: (f) => `/api/v1/cases/${f.caseId}/casusregisseur`,
    body: (f) => ({ userId: f.userId }),
  },
  'GET /api/v1/cases/{id}/timeline': {
    guard: 'case-read',
    success: 200,
    path: (f) => `/api/v1/cases/${f.caseId}/timeline`,
  },
  'GET /api/v1/cases/{id}/team-members': {
    guard: 'case-read',
    success: 200,
    path: (f) => `/api/v1/cases/${f.caseId}/team-members`,
  },
  'POST /api/v1/cases/{id}/team-members': {
    guard: 'case-lead',
    success: 201,
    path: (f) => `/api/v1/cases/${f.caseId}/team-members`,
    body: (f) => ({ userId: f.otherProfessionalId, part: 'behandelaar' }),
  },
  'PATCH /api/v1/cases/{id}/team-members/{memberId}': {
    guard: 'case-lead',
    success: 200,
    path: (f) => `/api/v1/cases/${f.caseId}/team-members/${f.teamMemberId}`,
    body: () => ({ part: 'mentor' }),
  },
  'DELETE /api/v1/cases/{id}/team-members/{memberId}': {
    guard: 'case-lead',
    success: 204,
    path: (f) => `/api/v1/cases/${f.caseId}/team-members/${f.teamMemberId}`,
  },
  'GET /api/v1/cases/{id}/network-members': {
    guard: 'case-read',
    success: 200,
    path: (f) => `/api/v1/cases/${f.caseId}/network-members`,
  },
  'POST /api/v1/cases/{id}/network-members': {
    guard: 'case-change',
    success: 201,
    path: (f) => `/api/v1/cases/${f.caseId}/network-members`,
    body: () => ({ name: 'Oma Bos', relation: 'family' }),
  },
  'PATCH /api/v1/cases/{id}/network-members/{memberId}': {
    guard: 'case-change',
    success: 200,
    path: (f) => `/api/v1/cases/${f.caseId}/network-members/${f.networkMemberId}`,
    body: () => ({ name: 'Opa Bos', relation: 'family' }),
  },
  'DELETE /api/v1/cases/{id}/network-members/{memberId}': {
    guard: 'case-change',
    success: 204,
    path: (f) => `/api/v1/cases/${f.caseId}/network-members/${f.networkMemberId}`,
  },
  'GET /api/v1/cases/{id}/toekomstplan': {
    guard: 'case-read',
    success: 200,
    path: (f) => `/api/v1/cases/${f.caseId}/toekomstplan`,
  },
  'PUT /api/v1/cases/{id}/toekomstplan': {
    guard: 'case-change',
    success: 201,
    path: (f) => `/api/v1/cases/${f.caseId}/toekomstplan`,
    body: async (f) => ({ basedOnVersion: await planVersion(f), content: planOf(f.userId) }),
  },
  'GET /api/v1/cases/{id}/toekomstplan/versions': {
    guard: 'case-read',
    success: 200,
    path: (f) => `/api/v1/cases/${f.caseId}/toekomstplan/versions`,
  },
  'GET /api/v1/cases/{id}/toekomstplan/versions/{number}': {
    guard: 'case-read',
    success: 200,
    path: (f) => `/api/v1/cases/${f.caseId}/toekomstplan/versions/1`,
  },
  'GET /api/v1/cases/{id}/toekomstplan/comparison': {
    guard: 'case-read',
    success: 200,
    path: (f) => `/api/v1/cases/${f.caseId}/toekomstplan/comparison?from=1&to=1`,
  },
  'GET /api/v1/cases/{id}/toekomstplan/score-history': {
    guard: 'case-read',
    success: 200,
    path: (f) => `/api/v1/cases/${f.caseId}/toekomstplan/score-history`,
  },
  'GET /api/v1/cases/{id}/toekomstplan/pdf': {
    guard: 'case-read',
    success: 200,
    path: (f) => `/api/v1/cases/${f.caseId}/toekomstplan/pdf`,
  },
  'PATCH /api/v1/cases/{id}/toekomstplan/actions/{actionId}': {
    guard: 'case-change',
    success: 200,
    path: (f) => `/api/v1/cases/${f.caseId}/toekomstplan/actions/${f.actionId}`,
    body: () => ({ status: 'in-progress' }),
  },
  'GET /api/v1/my-actions': { guard: 'professional', success: 200, path: () => '/api/v1/my-actions' },
  'GET /api/v1/cases/{id}/access': {
    guard: 'case-access',
    success: 200,
    path: (f) => `/api/v1/cases/${f.caseId}/access`,
  },
  'GET /api/v1/cases/{id}/access-log': {
    guard: 'access-log',
    success: 200,
    path: (f) => `/api/v1/cases/${f.caseId}/access-log`,
  },
  'GET /api/v1/cases/{id}/consents': {
    guard: 'consents-read',
    success: 200,
    path: (f) => `/api/v1/cases/${f.caseId}/consents`,
  },
  'POST /api/v1/cases/{id}/consents': {
    guard: 'consents-manage',
    success: 201,
    path: (f) => `/api/v1/cases/${f.caseId}/consents`,
    body: () => ({
      scope: 'sector',
      sector: 'gemeente',
      purpose: 'actietafel',
      basis: 'consent',
      givenBy: ['jongere'],
      givenOn: '2026-01-05',
    }),
  },
  'POST /api/v1/cases/{id}/consents/{consentId}/withdrawal': {
    guard: 'consents-manage',
    success: 200,
    path: (f) => `/api/v1/cases/${f.caseId}/consents/${f.extraConsentId}/withdrawal`,
    body: () => ({ reason: 'De jongere wil dit niet meer.' }),
  },
  'POST /api/v1/emergency-accesses': {
    guard: 'professional',
    success: 201,
    path: () => '/api/v1/emergency-accesses',
    body: (f) => ({ bsn: f.emergencyBsn, reason: 'Acute crisis, de jongere is vermist sinds vannacht.' }),
  },
  'GET /api/v1/emergency-accesses': { guard: 'signed-in', success: 200, path: () => '/api/v1/emergency-accesses' },
  'GET /api/v1/cases/{id}/subject-access-report': {
    guard: 'case-lead',
    success: 200,
    path: (f) => `/api/v1/cases/${f.caseId}/subject-access-report`,
  },
  'GET /api/v1/cases/{id}/subject-access-report/pdf': {
    guard: 'case-lead',
    success: 200,
    path: (f) => `/api/v1/cases/${f.caseId}/subject-access-report/pdf`,
  },
  'PUT /api/v1/cases/{id}/restriction': {
    guard: 'case-lead',
    success: 200,
    path: (f) => `/api/v1/cases/${f.caseId}/restriction`,
    body: () => ({ reason: 'De jongere betwist de juistheid.' }),
  },
  'DELETE /api/v1/cases/{id}/restriction': {
    guard: 'case-lead',
    success: 204,
    path: (f) => `/api/v1/cases/${f.caseId}/restriction`,
  },
  'POST /api/v1/cases/{id}/erasure': {
    guard: 'case-lead',
    success: 201,
    path: (f) => `/api/v1/cases/${f.caseId}/erasure`,
    body: () => ({ reason: 'Verzoek van de jongere (Jeugdwet art. 7.3.9).' }),
  },
  'GET /api/v1/audit-events': { guard: 'privacy-officer', success: 200, path: () => '/api/v1/audit-events' },
  'GET /api/v1/audit-events/verification': {
    guard: 'privacy-officer',
    success: 200,
    path: () => '/api/v1/audit-events/verification',
  },
  'POST /api/v1/audit-checkpoints': {
    guard: 'privacy-officer',
    success: 201,
    path: () => '/api/v1/audit-checkpoints',
  },
  'GET /api/v1/erasure-records': { guard: 'privacy-officer', success: 200, path: () => '/api/v1/erasure-records' },
  'POST /api/v1/retention-runs': {
    guard: 'privacy-officer',
    success: 201,
    path: () => '/api/v1/retention-runs',
    body: () => ({ dryRun: true }),
  },
  'POST /api/v1/cases/{id}/escalations': {
    guard: 'case-change',
    success: 201,
    path: (f) => `/api/v1/cases/${f.caseId}/escalations`,
    body: () => ({ request: EMPTY_ESCALATION_REQUEST }),
  },
  'GET /api/v1/cases/{id}/escalations': {
    guard: 'case-read',
    success: 200,
    path: (f) => `/api/v1/cases/${f.caseId}/escalations`,
  },
  'GET /api/v1/escalations': { guard: 'table-role', success: 200, path: () => '/api/v1/escalations?sort=triage' },
  'GET /api/v1/monitoring/dashboard': { guard: 'table-role', success: 200, path: () => '/api/v1/monitoring/dashboard' },
  'GET /api/v1/monitoring/signals/{signal}/cases': {
    guard: 'table-role',
    success: 200,
    path: () => '/api/v1/monitoring/signals/sixteen-plus-without-plan/cases',
  },
  'GET /api/v1/monitoring/report': { guard: 'table-role', success: 200, path: () => '/api/v1/monitoring/report' },
  'GET /api/v1/monitoring/report/xlsx': {
    guard: 'table-role',
    success: 200,
    path: () => '/api/v1/monitoring/report/xlsx',
  },
  'GET /api/v1/monitoring/report/csv': {
    guard: 'table-role',
    success: 200,
    path: () => '/api/v1/monitoring/report/csv',
  },
  'GET /api/v1/escalations/{id}': {
    guard: 'escalation-read',
    success: 200,
    path: (f) => `/api/v1/escalations/${f.escalations.submittedId}`,
  },
  'GET /api/v1/escalations/{id}/plan-version': {
    guard: 'escalation-read',
    success: 200,
    path: (f) => `/api/v1/escalations/${f.escalations.submittedId}/plan-version`,
  },
  'PUT /api/v1/escalations/{id}': {
    guard: 'case-change',
    success: 200,
    path: (f) => `/api/v1/escalations/${f.escalations.draftId}`,
    body: async (f) => ({
      version: await entityVersion(f, 'escalation', f.escalations.draftId),
      request: { ...EMPTY_ESCALATION_REQUEST, question: 'Wie kan helpen?' },
    }),
  },
  'DELETE /api/v1/escalations/{id}': {
    guard: 'case-change',
    success: 204,
    path: (f) => `/api/v1/escalations/${f.escalations.draftId}`,
  },
  'POST /api/v1/escalations/{id}/transitions': {
    guard: 'escalation-triage',
    success: 200,
    path: (f) => `/api/v1/escalations/${f.escalations.submittedId}/transitions`,
    body: async (f) => ({
      transition: 'accept',
      version: await entityVersion(f, 'escalation', f.escalations.submittedId),
    }),
  },
  'GET /api/v1/cases/{id}/agreements': {
    guard: 'case-read',
    success: 200,
    path: (f) => `/api/v1/cases/${f.caseId}/agreements`,
  },
  'GET /api/v1/agreements': { guard: 'actietafel-coordinator', success: 200, path: () => '/api/v1/agreements' },
  'PATCH /api/v1/agreements/{id}': {
    guard: 'agreement-change',
    success: 200,
    path: (f) => `/api/v1/agreements/${f.escalations.agreementId}`,
    body: async (f) => ({
      version: await entityVersion(f, 'agreement', f.escalations.agreementId),
      deadline: '2099-12-31',
    }),
  },
  'POST /api/v1/actietafel-sessions': {
    guard: 'actietafel-coordinator',
    success: 201,
    path: () => '/api/v1/actietafel-sessions',
    body: async (f) => ({
      startsAt: '2030-03-04T09:00:00+01:00',
      endsAt: '2030-03-04T11:00:00+01:00',
      location: 'Matrixzaal',
      chairUserId: (
        await f.dataSource.query(`SELECT chair_user_id FROM actietafel_session WHERE id = $1`, [f.session.plannedId])
      )[0].chair_user_id,
      invitees: [{ userId: f.session.memberId, sector: 'jeugdhulp' }],
    }),
  },
  'GET /api/v1/actietafel-sessions': { guard: 'signed-in', success: 200, path: () => '/api/v1/actietafel-sessions' },
  'GET /api/v1/actietafel-sessions/{id}': {
    guard: 'session-view',
    success: 200,
    path: (f) => `/api/v1/actietafel-sessions/${f.session.runningId}`,
  },
  'PATCH /api/v1/actietafel-sessions/{id}': {
    guard: 'session-plan',
    success: 200,
    path: (f) => `/api/v1/actietafel-sessions/${f.session.plannedId}`,
    body: async (f) => ({
      version: await entityVersion(f, 'actietafel_session', f.session.plannedId),
      location: `Matrix ${next()}`,
    }),
  },
  'POST /api/v1/actietafel-sessions/{id}/transitions': {
    guard: 'session-plan',
    success: 200,
    path: (f) => `/api/v1/actietafel-sessions/${f.session.plannedId}/transitions`,
    body: async (f) => ({
      transition: 'send-agenda',
      version: await entityVersion(f, 'actietafel_session', f.session.plannedId),
    }),
  },
  'PATCH /api/v1/actietafel-sessions/{id}/invitees/{userId}': {
    guard: 'session-record',
    success: 200,
    path: (f) => `/api/v1/actietafel-sessions/${f.session.runningId}/invitees/${f.session.memberId}`,
    body: () => ({ attendance: 'present' }),
  },
  'GET /api/v1/actietafel-sessions/{id}/agreements': {
    guard: 'session-content',
    success: 200,
    path: (f) => `/api/v1/actietafel-sessions/${f.session.runningId}/agreements`,
  },
  'GET /api/v1/actietafel-sessions/{id}/minutes': {
    guard: 'session-content',
    success: 200,
    path: (f) => `/api/v1/actietafel-sessions/${f.session.endedId}/minutes`,
  },
  'GET /api/v1/actietafel-sessions/{id}/minutes/pdf': {
    guard: 'session-content',
    success: 200,
    path: (f) => `/api/v1/actietafel-sessions/${f.session.endedId}/minutes/pdf`,
  },
  'PATCH /api/v1/actietafel-sessions/{id}/agenda-items/{itemId}': {
    guard: 'session-record',
    success: 200,
    path: (f) => `/api/v1/actietafel-sessions/${f.session.runningId}/agenda-items/${f.session.runningItemId}`,
    body: async (f) => ({
      version: await entityVersion(f, 'agenda_item', f.session.runningItemId),
      summary: 'Besproken in de matrix.',
    }),
  },
  'POST /api/v1/actietafel-sessions/{id}/agenda-items/{itemId}/decisions': {
    guard: 'session-record',
    success: 201,
    path: (f) => `/api/v1/actietafel-sessions/${f.session.runningId}/agenda-items/${f.session.runningItemId}/decisions`,
    body: () => ({ text: 'Een besluit in de matrix.' }),
  },
  'DELETE /api/v1/actietafel-sessions/{id}/agenda-items/{itemId}/decisions/{decisionId}': {
    guard: 'session-record',
    success: 204,
    path: (f) =>
      `/api/v1/actietafel-sessions/${f.session.runningId}/agenda-items/${f.session.runningItemId}/decisions/${f.session.decisionId}`,
  },
  'POST /api/v1/actietafel-sessions/{id}/agenda-items/{itemId}/agreements': {
    guard: 'session-record',
    success: 201,
    path: (f) =>
      `/api/v1/actietafel-sessions/${f.session.runningId}/agenda-items/${f.session.runningItemId}/agreements`,
    body: (f) => ({
      what: 'Een afspraak in de matrix.',
      ownerOrganisationId: f.organisationId,
      deadline: '2099-12-31',
    }),
  },
  'DELETE /api/v1/actietafel-sessions/{id}/agenda-items/{itemId}/agreements/{agreementId}': {
    guard: 'session-record',
    success: 204,
    path: (f) =>
      `/api/v1/actietafel-sessions/${f.session.runningId}/agenda-items/${f.session.runningItemId}/agreements/${f.session.agreementId}`,
  },
  'GET /api/v1/actietafel-sessions/{id}/agenda-items/{itemId}/plan-version': {
    guard: 'session-content',
    success: 200,
    path: (f) =>
      `/api/v1/actietafel-sessions/${f.session.runningId}/agenda-items/${f.session.runningItemId}/plan-version`,
  },
  'GET /api/v1/notifications': { guard: 'signed-in', success: 200, path: () => '/api/v1/notifications' },
  'POST /api/v1/notifications/{id}/read': {
    guard: 'signed-in',
    success: 200,
    path: (f) => `/api/v1/notifications/${f.session.notificationId}/read`,
  },
  'GET /api/v1/notifications/summary': {
    guard: 'signed-in',
    success: 200,
    path: () => '/api/v1/notifications/summary',
  },
  'POST /api/v1/notifications/read-all': {
    guard: 'signed-in',
    success: 200,
    path: () => '/api/v1/notifications/read-all',
  },
  // Own settings only: there is no id in the path, so no one can reach another user's.
  'GET /api/v1/notification-settings': {
    guard: 'signed-in',
    success: 200,
    path: () => '/api/v1/notification-settings',
  },
  'PUT /api/v1/notification-settings': {
    guard: 'signed-in',
    success: 200,
    path: () => '/api/v1/notification-settings',
    body: async (f) => ({ mail: 'daily-digest', version: await entityVersion(f, 'app_user', f.userId) }),
  },
};

/**
 * Requests the OpenAPI document does not tell apart but an attacker does, checked for every combination like the
 * table: each role on its own account, on a row owned by its organisation, and on the team's draft escalation
 * (under break-the-glass too). Each says its expected status, whether the answer may name the jongere, and what
 * else must hold (a message when it does not).
 */
interface Variant {
  method: 'GET' | 'PATCH';
  path: (f: Fixture) => string;
  body?: (f: Fixture) => Promise<object> | object;
  expected: (role: Role, relation: Relation) => number;
  mayName: (role: Role, relation: Relation) => boolean;
  check?: (answer: { status: number; body: unknown }, f: Fixture, role: Role) => Promise<string | null>;
}

/** An agreement of the user's organisation is theirs only with a relation to the case: here, the team with consent. */
const ownsOrganisationAgreement = (role: Role, relation: Relation) => role === 'professional' && relation === 'member';
/** The team's draft: team members with consent only; break-the-glass is a stranger to it. */
const draftAnswer = (role: Role, relation: Relation) =>
  role !== 'professional'
    ? 404
    : ({ member: 200, memberWithoutConsent: 403, notMember: 404, breakTheGlass: 404 } as const)[relation];
const idsOf = (body: unknown) => (Array.isArray(body) ? body.map((item: { id: string }) => item.id) : []);
const agreementStatus = async (f: Fixture) =>
  (await f.dataSource.query(`SELECT status FROM agreement WHERE id = $1`, [f.escalations.organisationAgreementId]))[0]
    .status as string;

const VARIANTS: Record<string, Variant> = {
  'PATCH /api/v1/users/{id} (own roles)': {
    method: 'PATCH',
    path: (f) => `/api/v1/users/${f.userId}`,
    body: async (f) => ({
      version: await entityVersion(f, 'app_user', f.userId),
      roles: ['admin', 'actietafel-coordinator', 'professional'],
    }),
    // Nobody changes their own roles: the admin by the rule (own-roles), everyone else as no admin.
    expected: () => 403,
    mayName: () => false,
    check: async (answer, f, role) => {
      const [row] = await f.dataSource.query(`SELECT roles FROM app_user WHERE id = $1`, [f.userId]);
      return JSON.stringify(row.roles) === JSON.stringify([role]) ? null : `own roles became ${row.roles}`;
    },
  },
  'GET /api/v1/agreements?owner=mine (one of my organisation)': {
    method: 'GET',
    path: () => '/api/v1/agreements?owner=mine',
    expected: () => 200,
    mayName: ownsOrganisationAgreement,
    check: async (answer, f, role) => {
      const listed = idsOf(answer.body).includes(f.escalations.organisationAgreementId);
      const relation = f.relation;
      if (listed === ownsOrganisationAgreement(role, relation)) return null;
      return listed ? 'lists an agreement of the organisation by membership alone' : 'misses an agreement it owns';
    },
  },
  'PATCH /api/v1/agreements/{id} (of my organisation, stale version)': {
    method: 'PATCH',
    path: (f) => `/api/v1/agreements/${f.escalations.organisationAgreementId}`,
    body: async (f) => ({
      version: (await entityVersion(f, 'agreement', f.escalations.organisationAgreementId)) + 5,
      status: 'done',
      doneNote: 'Gedaan, volgens de matrix.',
    }),
    // Only who may change it learns that the version is stale; anyone else is told nothing exists.
    expected: (role, relation) =>
      role === 'actietafel-coordinator' || ownsOrganisationAgreement(role, relation)
        ? 409
        : role === 'actietafel-chair'
          ? 403
          : 404,
    mayName: () => false,
  },
  'PATCH /api/v1/agreements/{id} (of my organisation)': {
    method: 'PATCH',
    path: (f) => `/api/v1/agreements/${f.escalations.organisationAgreementId}`,
    body: async (f) => ({
      version: await entityVersion(f, 'agreement', f.escalations.organisationAgreementId),
      status: 'done',
      doneNote: 'Gedaan, volgens de matrix.',
    }),
    expected: (role, relation) =>
      role === 'actietafel-coordinator' || ownsOrganisationAgreement(role, relation)
        ? 200
        : role === 'actietafel-chair'
          ? 403
          : 404,
    mayName: (role, relation) => role === 'actietafel-coordinator' || ownsOrganisationAgreement(role, relation),
    check: async (answer, f) =>
      answer.status === 200 || (await agreementStatus(f)) === 'open' ? null : 'a refused change changed the agreement',
  },
  'GET /api/v1/escalations/{id} (the team’s draft)': {
    method: 'GET',
    path: (f) => `/api/v1/escalations/${f.escalations.draftId}`,
    expected: draftAnswer,
    mayName: (role, relation) => draftAnswer(role, relation) === 200,
  },
  'GET /api/v1/escalations/{id}/plan-version (the team’s draft)': {
    method: 'GET',
    path: (f) => `/api/v1/escalations/${f.escalations.draftId}/plan-version`,
    expected: draftAnswer,
    mayName: (role, relation) => draftAnswer(role, relation) === 200,
  },
  'GET /api/v1/cases/{id}/escalations (drafts only to the team)': {
    method: 'GET',
    path: (f) => `/api/v1/cases/${f.caseId}/escalations`,
    expected: (role, relation) => expected('case-read', 200, role, relation),
    mayName: (role, relation) => expected('case-read', 200, role, relation) === 200,
    check: async (answer, f, role) => {
      const listed = idsOf(answer.body).includes(f.escalations.draftId);
      return listed && draftAnswer(role, f.relation) !== 200 ? 'lists the team’s draft' : null;
    },
  },
};

const EMPTY_ESCALATION_REQUEST = {
  reasonCode: null,
  reasonText: '',
  whatWasTried: '',
  question: '',
  urgency: 'normal',
  sectorsNeeded: [],
};

function planOf(ownerUserId: string): ToekomstplanContent {
  const plan = emptyToekomstplan(DEFAULT_LIFE_DOMAINS, '2009-02-02', '2026-11-23');
  plan.domains[0].goals = [
    {
      id: 'goal-1',
      description: 'Een eigen kamer',
      actions: [
        {
          id: 'action-1',
          description: 'Inschrijven bij de woningcorporatie',
          owner: { userId: ownerUserId, organisationId: null },
          deadline: '2026-12-31',
          status: 'open',
        },
      ],
    },
  ];
  return plan;
}

describe('authorization matrix', () => {
  let subject: TestApp;
  let dataSource: DataSource;
  let leadId: string;
  let regionId: string;
  let organisations: Record<Organisation, { id: string; sector: string }>;
  let otherProfessionalId: string;
  let emergencyBsn: string;
  const users = new Map<string, { id: string; email: string }>();
  let combinations = 0;

  beforeAll(async () => {
    // Some 200 sign-ins from one address: the per-address throttle is not what this test is about.
    subject = await createTestApp({ LOGIN_ATTEMPTS_PER_IP_PER_MINUTE: '100000' });
    dataSource = subject.app.get(DataSource);
    const byEmail = async (email: string) =>
      (await dataSource.query(`SELECT id, organisation_id, password_hash FROM app_user WHERE email = $1`, [email]))[0];
    const lead = await byEmail('jongerenwerker@demo.sluitend.nl');
    leadId = lead.id;
    otherProfessionalId = (await byEmail('jeugdhulp@demo.sluitend.nl')).id;
    const werk = await byEmail('werk@demo.sluitend.nl');
    const sectorOf = async (id: string) =>
      (await dataSource.query(`SELECT sector FROM organisation WHERE id = $1`, [id]))[0].sector as string;
    organisations = {
      own: { id: lead.organisation_id, sector: await sectorOf(lead.organisation_id) },
      other: { id: werk.organisation_id, sector: await sectorOf(werk.organisation_id) },
    };
    regionId = (await dataSource.query(`SELECT id FROM region LIMIT 1`))[0].id;
    for (const role of ROLES) {
      for (const organisation of ORGANISATIONS) {
        const email = `matrix-${role}-${organisation}@test.sluitend.nl`;
        const [row] = await dataSource.query(
          `INSERT INTO app_user (email, name, password_hash, organisation_id, roles, version)
           VALUES ($1, $2, $3, $4, $5, 1) RETURNING id`,
          [email, `Matrix ${role} ${organisation}`, lead.password_hash, organisations[organisation].id, [role]],
        );
        users.set(`${role}/${organisation}`, { id: row.id, email });
      }
    }
    emergencyBsn = '123456782';
    await arrangeCase({ bsn: emergencyBsn, lastName: 'Noodgeval' });
  });

  afterAll(() => subject.close());

  /** A case led by Sanne (Jongerenwerk) as the relation requires; SQL, so every combination starts clean. */
  async function arrangeCase(options: {
    bsn?: string;
    lastName: string;
    userId?: string;
    relation?: Relation;
    organisation?: Organisation;
  }): Promise<
    Omit<
      Fixture,
      | 'dataSource'
      | 'regionId'
      | 'emergencyBsn'
      | 'organisationId'
      | 'otherProfessionalId'
      | 'escalations'
      | 'session'
      | 'relation'
    >
  > {
    const municipality = (await dataSource.query(`SELECT id FROM municipality LIMIT 1`))[0].id;
    const [created] = await dataSource.query(
      `INSERT INTO case_file (first_name, last_name, date_of_birth, bsn, municipality_id, created_by, version)
       VALUES ('Matrix', $1, '2009-02-02', $2, $3, $4, 1) RETURNING id`,
      [options.lastName, options.bsn ?? null, municipality, leadId],
    );
    const caseId: string = created.id;
    await dataSource.query(
      `INSERT INTO case_team_member (case_id, user_id, part, is_casusregisseur) VALUES ($1, $2, 'trajectbegeleider', true)`,
      [caseId, leadId],
    );
    const [school] = await dataSource.query(
      `INSERT INTO case_team_member (case_id, user_id, part)
       SELECT $1, id, 'mentor' FROM app_user WHERE email = 'school@demo.sluitend.nl' RETURNING id`,
      [caseId],
    );
    const [network] = await dataSource.query(
      `INSERT INTO case_network_member (case_id, name, relation) VALUES ($1, 'Esther Bos', 'parent') RETURNING id`,
      [caseId],
    );
    const consent = (scope: string, organisationId: string | null, sector: string | null) =>
      dataSource.query(
        `INSERT INTO consent (case_id, scope, organisation_id, sector, purpose, basis, given_by, given_on, recorded_by, version)
         VALUES ($1, $2, $3, $4, 'case-collaboration', 'consent', '{jongere}', '2026-01-05', $5, 1) RETURNING id`,
        [caseId, scope, organisationId, sector, leadId],
      );
    const [extra] = await consent('sector', null, 'onderwijs');
    const relation = options.relation;
    const organisation = options.organisation ?? 'own';
    const userOrganisation = organisations[organisation].id;
    // The lead's own organisation has consent unless that would also cover a member who must lack it.
    if (!(relation === 'memberWithoutConsent' || relation === 'breakTheGlass') || organisation === 'other')
      await consent('organisation', organisations.own.id, null);
    if (relation === 'member' || relation === 'notMember') await consent('organisation', userOrganisation, null);
    if (options.userId && (relation === 'member' || relation === 'memberWithoutConsent'))
      await dataSource.query(`INSERT INTO case_team_member (case_id, user_id, part) VALUES ($1, $2, 'begeleider')`, [
        caseId,
        options.userId,
      ]);
    if (options.userId && relation === 'breakTheGlass')
      await dataSource.query(
        `INSERT INTO emergency_access (case_id, user_id, reason, granted_at, expires_at)
         VALUES ($1, $2, 'Acute crisis in de nacht, niemand bereikbaar.', now(), now() + interval '4 hours')`,
        [caseId, options.userId],
      );
    const content = planOf(options.userId ?? leadId);
    await dataSource.query(
      `INSERT INTO toekomstplan_version (case_id, number, reason, content, created_by) VALUES ($1, 1, 'save', $2, $3)`,
      [caseId, content, leadId],
    );
    await projectPlanActions(dataSource.manager, caseId, 1, content);
    return {
      caseId,
      lastName: options.lastName,
      teamMemberId: school.id,
      networkMemberId: network.id,
      extraConsentId: extra.id,
      actionId: 'action-1',
      userId: options.userId ?? leadId,
    };
  }

  /** SQL, like arrangeCase: a draft, a submitted escalation with the plan attached, and a running one's agreement. */
  async function arrangeEscalations(caseId: string, organisation: Organisation): Promise<EscalationFixture> {
    const escalation = async (state: string) =>
      (
        await dataSource.query(
          `INSERT INTO escalation (case_id, region_id, state, state_since, reason_code, reason_text, what_was_tried,
                                   question, urgency, sectors_needed, plan_version_id, submitted_at, created_by, version)
           SELECT $1, $2, $3::varchar, now(), 'waiting-list', 'Wachtlijst', 'Overbrugging', 'Wie helpt?', 'normal',
                  '{jeugdhulp}', (SELECT id FROM toekomstplan_version WHERE case_id = $1 ORDER BY number DESC LIMIT 1),
                  CASE WHEN $3::varchar = 'draft' THEN NULL ELSE now() END, $4, 1
           RETURNING id`,
          [caseId, regionId, state, leadId],
        )
      )[0].id as string;
    const draftId = await escalation('draft');
    const submittedId = await escalation('submitted');
    const runningId = await escalation('agreements-running');
    const [session] = await dataSource.query(
      `INSERT INTO actietafel_session (region_id, starts_at, ends_at, chair_user_id, created_by, version)
       VALUES ($1, now() - interval '1 day', now() - interval '22 hours', $2, $2, 1) RETURNING id`,
      [regionId, leadId],
    );
    const [item] = await dataSource.query(
      `INSERT INTO agenda_item (session_id, escalation_id, position, kind, minutes_planned, version)
       VALUES ($1, $2, 1, 'escalation', 20, 1) RETURNING id`,
      [session.id, runningId],
    );
    const [agreement] = await dataSource.query(
      `INSERT INTO agreement (escalation_id, case_id, session_id, agenda_item_id, what, owner_user_id,
                              owner_organisation_id, deadline, created_by, version)
       VALUES ($1, $2, $3, $4, 'Intake plannen', $5, $6, '2099-01-01', $5, 1) RETURNING id`,
      [runningId, caseId, session.id, item.id, leadId, organisations.own.id],
    );
    const [ofOrganisation] = await dataSource.query(
      `INSERT INTO agreement (escalation_id, case_id, session_id, agenda_item_id, what, owner_organisation_id,
                              deadline, created_by, version)
       VALUES ($1, $2, $3, $4, 'Woonplek regelen', $5, '2099-01-01', $6, 1) RETURNING id`,
      [runningId, caseId, session.id, item.id, organisations[organisation].id, leadId],
    );
    return { draftId, submittedId, agreementId: agreement.id, organisationAgreementId: ofOrganisation.id };
  }

  /**
   * A planned, a running (with a decision and an agreement) and an ended session (with minutes) of the region,
   * chaired by the matrix chair of the organisation, with its matrix member invited; about a case of its own
   * that the leak check does not look for. SQL, so every combination starts clean.
   */
  async function arrangeSession(userId: string, organisation: Organisation): Promise<SessionFixture> {
    const chairId = users.get(`actietafel-chair/${organisation}`)?.id;
    const memberId = users.get(`actietafel-member/${organisation}`)?.id;
    if (!chairId || !memberId) throw new Error('matrix table users missing');
    const municipality = (await dataSource.query(`SELECT id FROM municipality LIMIT 1`))[0].id;
    const [tableCase] = await dataSource.query(
      `INSERT INTO case_file (first_name, last_name, date_of_birth, municipality_id, created_by, version)
       VALUES ('Tafel', 'Matrixtafel', '2008-08-08', $1, $2, 1) RETURNING id`,
      [municipality, leadId],
    );
    const [plan] = await dataSource.query(
      `INSERT INTO toekomstplan_version (case_id, number, reason, content, created_by) VALUES ($1, 1, 'save', $2, $3)
       RETURNING id`,
      [tableCase.id, planOf(leadId), leadId],
    );
    const hours = (n: number) => new Date(Date.now() + n * 3_600_000);
    const session = async (state: string, startsIn: number, sentIn: number | null) => {
      const [row] = await dataSource.query(
        `INSERT INTO actietafel_session (region_id, state, starts_at, ends_at, location, chair_user_id, agenda_sent_at,
                                         started_at, ended_at, ended_by, created_by, version)
         VALUES ($1, $2, $3, $4, 'Matrixzaal', $5, $6, $7, $8, $9, $5, 1) RETURNING id`,
        [
          regionId,
          state,
          hours(startsIn),
          hours(startsIn + 2),
          chairId,
          sentIn === null ? null : hours(sentIn),
          state === 'planned' ? null : hours(startsIn),
          state === 'ended' ? hours(startsIn + 2) : null,
          state === 'ended' ? chairId : null,
        ],
      );
      await dataSource.query(`INSERT INTO session_invitee (session_id, user_id, sector) VALUES ($1, $2, 'jeugdhulp')`, [
        row.id,
        memberId,
      ]);
      return row.id as string;
    };
    const escalation = async (state: string, sessionId: string) => {
      const [row] = await dataSource.query(
        `INSERT INTO escalation (case_id, region_id, state, state_since, reason_code, question, plan_version_id,
                                 session_id, created_by, version)
         VALUES ($1, $2, $3, now(), 'housing', 'Wat kan de tafel doen?', $4, $5, $6, 1) RETURNING id`,
        [tableCase.id, regionId, state, plan.id, sessionId, leadId],
      );
      const [item] = await dataSource.query(
        `INSERT INTO agenda_item (session_id, escalation_id, position, kind, minutes_planned, version)
         VALUES ($1, $2, 1, 'escalation', 20, 1) RETURNING id`,
        [sessionId, row.id],
      );
      return { escalationId: row.id as string, itemId: item.id as string };
    };
    const plannedId = await session('planned', 48, null);
    const runningId = await session('in-progress', -1, -24);
    const endedId = await session('ended', -48, -72);
    const running = await escalation('scheduled', runningId);
    await escalation('agreements-running', endedId);
    const chairRef = { userId: chairId, name: 'Matrix actietafel-chair' };
    const minutes = {
      sessionId: endedId,
      startsAt: hours(-48).toISOString(),
      endsAt: hours(-46).toISOString(),
      location: 'Matrixzaal',
      onlineUrl: null,
      chair: chairRef,
      minuteTaker: null,
      attendance: [],
      items: [],
      generatedAt: hours(-46).toISOString(),
      endedBy: chairRef,
    };
    await dataSource.query(`UPDATE actietafel_session SET minutes = $2 WHERE id = $1`, [endedId, minutes]);
    const [decision] = await dataSource.query(
      `INSERT INTO decision (agenda_item_id, escalation_id, text, created_by) VALUES ($1, $2, 'Matrixbesluit', $3)
       RETURNING id`,
      [running.itemId, running.escalationId, chairId],
    );
    const [agreement] = await dataSource.query(
      `INSERT INTO agreement (escalation_id, case_id, session_id, agenda_item_id, what, owner_organisation_id, deadline,
                              created_by, version)
       VALUES ($1, $2, $3, $4, 'Matrixafspraak', $5, '2099-12-31', $6, 1) RETURNING id`,
      [running.escalationId, tableCase.id, runningId, running.itemId, organisations.own.id, chairId],
    );
    const [notification] = await dataSource.query(
      `INSERT INTO notification (user_id, kind, subject_id, title, link)
       VALUES ($1, 'session.agenda-sent', $2, 'De agenda van de matrix is verstuurd', '/home') RETURNING id`,
      [userId, plannedId],
    );
    return {
      plannedId,
      runningId,
      endedId,
      runningItemId: running.itemId,
      decisionId: decision.id,
      agreementId: agreement.id,
      memberId,
      notificationId: notification.id,
    };
  }

  const send = async (agent: TestAgent, token: string, method: string, path: string, body?: object) => {
    const call = agent[method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](path);
    return method === 'GET' ? call : call.set('X-XSRF-TOKEN', token).send(body ?? {});
  };

  it('names every operation of the OpenAPI document in the table, and nothing else', async () => {
    const document = (await subject.browser().get('/api/docs-json')).body;
    const operations = Object.entries(document.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, item]) =>
        Object.keys(item)
          .filter((method) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
          .map((method) => `${method.toUpperCase()} ${new URL(document.servers[0].url, 'http://x').pathname}${path}`),
    );
    expect(Object.keys(ENDPOINTS).sort()).toEqual(operations.sort());
  });

  // One test per role keeps each within the time limit and names the role that leaks.
  it.each(ROLES)(
    'answers every endpoint × relation × organisation as the table says, signed in as %s, naming no jongere it may not',
    async (role) => {
      const outcomes: string[] = [];
      for (const organisation of ORGANISATIONS) {
        for (const relation of RELATIONS) {
          const user = users.get(`${role}/${organisation}`);
          if (!user) throw new Error('user missing');
          const lastName = `Geheim${next()}`;
          const arranged = await arrangeCase({ lastName, userId: user.id, relation, organisation });
          const fixture: Fixture = {
            ...arranged,
            relation,
            dataSource,
            regionId,
            emergencyBsn,
            organisationId: organisations.other.id,
            otherProfessionalId,
            escalations: await arrangeEscalations(arranged.caseId, organisation),
            session: await arrangeSession(user.id, organisation),
          };
          const agent = subject.browser();
          let token = await signIn(agent, user.email);
          const mayShow = role === 'professional' && (relation === 'member' || relation === 'breakTheGlass');
          const call = async (operation: string, endpoint: Endpoint) => {
            const [method] = operation.split(' ');
            const body =
              operation === 'POST /api/v1/auth/login'
                ? { email: user.email, password: 'integratie-test-wachtwoord' }
                : await endpoint.body?.(fixture);
            const response = await send(agent, token, method, endpoint.path(fixture), body);
            // Sign-in and sign-out hand out a new token, bound to the session they leave behind.
            token = xsrfTokenSetBy(response) ?? token;
            const want = expected(endpoint.guard, endpoint.success, role, relation);
            const label = `${operation} as ${role} (${organisation} organisation, ${relation})`;
            combinations += 1;
            if (response.status !== want) outcomes.push(`${label}: expected ${want}, got ${response.status}`);
            // Zero leaks: a refusal, a list, a search or a count never names a jongere it may not show.
            const named = mayShow || (TABLE_GUARDS.has(endpoint.guard) && isTableRole(role));
            if (!named && JSON.stringify(response.body ?? '').includes(lastName))
              outcomes.push(`${label}: the answer names the jongere`);
          };
          // The variants first: the table's own rows delete the draft and settle agreements.
          for (const [label, variant] of Object.entries(VARIANTS)) {
            const response = await send(
              agent,
              token,
              variant.method,
              variant.path(fixture),
              await variant.body?.(fixture),
            );
            const want = variant.expected(role, relation);
            const where = `${label} as ${role} (${organisation} organisation, ${relation})`;
            combinations += 1;
            if (response.status !== want) outcomes.push(`${where}: expected ${want}, got ${response.status}`);
            if (!variant.mayName(role, relation) && JSON.stringify(response.body ?? '').includes(lastName))
              outcomes.push(`${where}: the answer names the jongere`);
            const problem = await variant.check?.(response, fixture, role);
            if (problem) outcomes.push(`${where}: ${problem}`);
          }
          const entries = Object.entries(ENDPOINTS);
          for (const [operation, endpoint] of entries.filter(([, e]) => !e.last)) await call(operation, endpoint);
          if (role === 'professional' && relation !== 'member') {
            const search = await agent.get('/api/v1/cases').query({ search: lastName });
            if (search.body.total !== 0) outcomes.push(`a search by name finds the case as ${relation}`);
          }
          // Sign-in and sign-out change the session, so they come last.
          for (const [operation, endpoint] of entries.filter(([, e]) => e.last)) await call(operation, endpoint);
        }
      }
      expect(outcomes).toEqual([]);
    },
    180_000,
  );

  afterAll(() => {
    // For the closing note: how many endpoint × role × relation × organisation answers the table checked.
    console.log(
      `authorization matrix: (${Object.keys(ENDPOINTS).length} endpoints + ${Object.keys(VARIANTS).length} variants) × ${ROLES.length} roles × ${RELATIONS.length} relations × ${ORGANISATIONS.length} organisations = ${combinations} answers checked`,
    );
  });
});
