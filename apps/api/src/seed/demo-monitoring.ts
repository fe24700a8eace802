import {
  addMonths,
  ageInYears,
  DEFAULT_ESCALATION_REASON_CODES,
  emptyToekomstplan,
  requiredConsentGivers,
  todayInAmsterdam,
  type Attendance,
  type Sector,
} from '@sluitend/domain';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { ActietafelSessionEntity } from '../actietafel/entities/actietafel-session.entity';
import { AgendaItemEntity } from '../actietafel/entities/agenda-item.entity';
import { AgreementEntity } from '../actietafel/entities/agreement.entity';
import { DecisionEntity } from '../actietafel/entities/decision.entity';
import { EscalationTransitionEntity } from '../actietafel/entities/escalation-transition.entity';
import { EscalationEntity } from '../actietafel/entities/escalation.entity';
import { LadderStepEntity } from '../actietafel/entities/ladder-step.entity';
import { SessionInviteeEntity } from '../actietafel/entities/session-invitee.entity';
import { SessionLoader } from '../actietafel/sessions/session.loader';
import { buildMinutes, personRef } from '../actietafel/sessions/session.mapper';
import { CaseEventEntity } from '../cases/entities/case-event.entity';
import { CaseEntity } from '../cases/entities/case.entity';
import { TeamMemberEntity } from '../cases/entities/team-member.entity';
import { ConsentEntity } from '../consents/entities/consent.entity';
import { ToekomstplanVersionEntity } from '../toekomstplan/entities/toekomstplan-version.entity';
import type { DemoTablePeople } from './demo-actietafel';
import { atDutchTime, plusDays } from './demo-calendar';
import { DEMO_USERS } from './demo-data';
import { DEMO_MONITORING_JONGEREN } from './demo-monitoring-jongeren';
import {
  AGENDA_SUMMARIES,
  AGREEMENT_TEXTS,
  DONE_NOTES,
  DROP_REASONS,
  ESCALATION_TEXTS,
  EVALUATIONS,
  LADDER_REASONS,
} from './escalation-history-texts';
import {
  agreementFate,
  historySessions,
  pickFrom,
  seededRandom,
  simulateEscalation,
  weightedFrom,
  type HistoryActor,
} from './escalation-history';

/** The same history on every seed of the same day: the figures of the demo's dashboard can be checked by hand. */
const SEED = 20_261_123;
const DAY = 86_400_000;
/** A year and a half of the table, ending before the story of demo-actietafel.ts starts (about three weeks back). */
const HISTORY_MONTHS = 18;
/** The last submission this long before the seed: every one of them has been triaged by now. */
const LAST_SUBMISSION_DAYS = 75;
/** The last session of the history this long before the seed, clear of the story's session two weeks ago. */
const LAST_SESSION_DAYS = 30;

const COORDINATOR = 'coordinator@demo.sluitend.nl';
const CHAIR = 'chair@demo.sluitend.nl';
/** Who opened the history's dossiers and submitted their escalations (professionals, casusregisseur). */
const CASUSREGISSEURS: ReadonlyArray<readonly [string, string, number]> = [
  ['jongerenwerker@demo.sluitend.nl', 'trajectbegeleider', 45],
  ['jeugdhulp@demo.sluitend.nl', 'behandelaar jeugd-GGZ', 35],
  ['school@demo.sluitend.nl', 'zorgcoördinator', 10],
  ['werk@demo.sluitend.nl', 'klantmanager', 10],
];
const INVITEES: ReadonlyArray<readonly [string, Sector]> = [
  ['member@demo.sluitend.nl', 'jeugdhulp'],
  ['jeugdhulp@demo.sluitend.nl', 'jeugdhulp'],
  ['jongerenwerker@demo.sluitend.nl', 'welzijn'],
  ['school@demo.sluitend.nl', 'onderwijs'],
  ['werk@demo.sluitend.nl', 'werk-en-inkomen'],
];
/** Who owns agreements, per sector the escalation needs: a person, or else their organisation. */
const OWNERS: Record<Sector, { people: string[]; organisations: string[] }> = {
  jeugdhulp: { people: ['jeugdhulp@demo.sluitend.nl'], organisations: ['jeugd-ggz', 'jeugdbescherming'] },
  welzijn: { people: ['jongerenwerker@demo.sluitend.nl'], organisations: ['jongerenwerk', 'wijkteam'] },
  onderwijs: { people: ['school@demo.sluitend.nl'], organisations: ['praktijkonderwijs', 'mbo'] },
  'werk-en-inkomen': { people: ['werk@demo.sluitend.nl'], organisations: ['werkzaak', 'rmc'] },
  gemeente: { people: [], organisations: ['gemeente'] },
};
const MUNICIPALITY_WEIGHTS: Record<string, number> = {
  Buren: 10,
  Culemborg: 12,
  Maasdriel: 8,
  'Neder-Betuwe': 9,
  Tiel: 22,
  'West Betuwe': 17,
  'West Maas en Waal': 6,
  Zaltbommel: 11,
};
const REASON_WEIGHTS: Record<string, number> = {
  'waiting-list': 26,
  'no-suitable-care': 19,
  housing: 17,
  'financing-dispute': 14,
  'disagreement-between-organisations': 11,
  'jongere-out-of-sight': 8,
  other: 5,
};
const SECTOR_NEED_WEIGHTS: ReadonlyArray<readonly [Sector, number]> = [
  ['jeugdhulp', 32],
  ['werk-en-inkomen', 22],
  ['gemeente', 20],
  ['welzijn', 14],
  ['onderwijs', 12],
];
const CLOSED_REASONS = [
  'Doelen behaald; de jongere redt zich met de reguliere ondersteuning.',
  'Warm overgedragen aan de volwassenenzorg.',
  'Verhuisd buiten de regio; overgedragen aan de nieuwe gemeente.',
];

/**
 * A year and a half of the Actietafel before the story of demo-actietafel.ts: 120 made-up jongeren
 * (DEMO_MONITORING_JONGEREN) in every municipality, each with a dossier, a toekomstplan, consent for the table
 * and one escalation that went the way escalations go (escalation-history.ts): monthly sessions with their
 * agenda, decisions, minutes and agreements (some still open past their deadline). Dossiers whose escalation
 * ended were closed after it, so they plan no reminders; the ones still running stay open. Written in bulk in
 * the seed's transaction; reminders are planned afterwards with every other case (planDemoReminders).
 */
export async function seedDemoMonitoring(manager: EntityManager, people: DemoTablePeople): Promise<void> {
  const random = seededRandom(SEED);
  const { today } = people;
  const now = atDutchTime(today, '00:00').getTime() - 60_000;
  const user = (email: string) => {
    const id = people.users.get(email);
    if (!id) throw new Error(`demo seed: unknown user ${email}`);
    return id;
  };
  const organisationOf = (email: string) => {
    const key = DEMO_USERS.find((candidate) => candidate.email === email)?.organisation;
    const id = key ? people.organisations.get(key) : undefined;
    if (!id) throw new Error(`demo seed: no organisation for ${email}`);
    return id;
  };
  const organisation = (key: string) => {
    const id = people.organisations.get(key);
    if (!id) throw new Error(`demo seed: unknown organisation ${key}`);
    return id;
  };
  const coordinator = user(COORDINATOR);
  const chair = user(CHAIR);
  const by = (actor: HistoryActor, professional: string) =>
    actor === 'professional' ? professional : actor === 'chair' ? chair : coordinator;

  const historyStart = atDutchTime(addMonths(today, -HISTORY_MONTHS), '00:00').getTime();
  const sessions = historySessions(historyStart, now - LAST_SESSION_DAYS * DAY, 1);
  const sessionIds = sessions.map(() => randomUUID());
  await manager.insert(
    ActietafelSessionEntity,
    sessions.map((session, index) => ({
      id: sessionIds[index],
      regionId: people.regionId,
      state: 'ended' as const,
      startsAt: new Date(session.startsAt),
      endsAt: new Date(session.endsAt),
      location: 'Gemeentehuis Tiel, zaal De Linge',
      chairUserId: chair,
      minuteTakerUserId: coordinator,
      agendaSentAt: new Date(session.startsAt - 5 * DAY),
      startedAt: new Date(session.startsAt + 2 * 60_000),
      endedAt: new Date(session.endsAt - 2 * 60_000),
      endedBy: chair,
      createdBy: coordinator,
      createdAt: new Date(session.startsAt - 20 * DAY),
      updatedAt: new Date(session.endsAt),
      version: 1,
    })),
  );
  await manager.insert(
    SessionInviteeEntity,
    sessionIds.flatMap((sessionId) =>
      INVITEES.map(([email, sector]) => ({
        sessionId,
        userId: user(email),
        sector,
        attendance: weightedFrom<Attendance>(random, [
          ['present', 85],
          ['absent', 10],
          ['substitute', 5],
        ]),
        substituteName: null,
      })),
    ),
  );
  // Attendance drawn as substitute needs a name; the history's substitutes stay anonymous colleagues.
  await manager.query(
    `UPDATE session_invitee SET substitute_name = 'Collega van dezelfde organisatie'
      WHERE attendance = 'substitute' AND session_id = ANY($1::uuid[])`,
    [sessionIds],
  );

  const rows = {
    cases: [] as Array<Partial<CaseEntity>>,
    team: [] as Array<Partial<TeamMemberEntity>>,
    consents: [] as Array<Partial<ConsentEntity>>,
    // Its jsonb details defeat Partial<>: typed as the insert takes it.
    events: [] as Array<QueryDeepPartialEntity<CaseEventEntity>>,
    plans: [] as Array<Partial<ToekomstplanVersionEntity>>,
    escalations: [] as Array<Partial<EscalationEntity>>,
    transitions: [] as Array<Partial<EscalationTransitionEntity>>,
    ladder: [] as Array<Partial<LadderStepEntity>>,
    agenda: [] as Array<Partial<AgendaItemEntity>>,
    decisions: [] as Array<Partial<DecisionEntity>>,
    agreements: [] as Array<Partial<AgreementEntity>>,
  };
  const positions = new Map<number, number>();
  const municipalities = Object.entries(MUNICIPALITY_WEIGHTS) as Array<[string, number]>;
  const reasons = DEFAULT_ESCALATION_REASON_CODES.map((code) => [code, REASON_WEIGHTS[code] ?? 5] as const);
  const lastSubmission = now - LAST_SUBMISSION_DAYS * DAY;

  for (const name of DEMO_MONITORING_JONGEREN) {
    // Submissions grow gently over the history, as the table becomes known.
    const submittedAt = Math.floor(
      historyStart + 7 * DAY + Math.pow(random(), 0.8) * (lastSubmission - historyStart - 7 * DAY),
    );
    const [email, part] = weightedFrom(
      random,
      CASUSREGISSEURS.map(([address, role, weight]) => [[address, role] as const, weight] as const),
    );
    const professional = user(email);
    const caseId = randomUUID();
    const openedAt = submittedAt - (14 + Math.floor(random() * 60)) * DAY;
    const openedOn = todayInAmsterdam(new Date(openedAt));
    const ageAtOpening = 13 + Math.floor(random() * 10);
    const dateOfBirth = plusDays(addMonths(openedOn, -12 * ageAtOpening), -Math.floor(random() * 360));
    const municipalityId = people.municipalities.get(weightedFrom(random, municipalities));
    if (!municipalityId) throw new Error('demo seed: unknown municipality');
    rows.cases.push({
      id: caseId,
      firstName: name.firstName,
      lastName: name.lastName,
      dateOfBirth,
      bsn: null,
      municipalityId,
      createdBy: professional,
      createdAt: new Date(openedAt),
      version: 1,
    });
    rows.team.push({ caseId, userId: professional, part, isCasusregisseur: true, addedAt: new Date(openedAt) });
    rows.consents.push({
      caseId,
      scope: 'organisation',
      organisationId: organisationOf(email),
      purpose: 'case-collaboration',
      basis: 'consent',
      givenBy: requiredConsentGivers(ageInYears(dateOfBirth, openedOn)),
      givenOn: openedOn,
      recordedBy: professional,
      recordedAt: new Date(openedAt),
      version: 1,
    });
    rows.events.push({
      caseId,
      actorUserId: professional,
      kind: 'case.opened',
      summary: 'Dossier geopend',
      details: {},
      at: new Date(openedAt),
    });
    const planAt = openedAt + 2 * DAY;
    const planVersionId = randomUUID();
    rows.plans.push({
      id: planVersionId,
      caseId,
      number: 1,
      basedOn: null,
      reason: 'save',
      content: emptyToekomstplan(people.lifeDomains, dateOfBirth, todayInAmsterdam(new Date(planAt))),
      createdBy: professional,
      createdAt: new Date(planAt),
    });
    const consentAt = submittedAt - 30 * 60_000;
    const consentOn = todayInAmsterdam(new Date(consentAt));
    rows.consents.push({
      caseId,
      scope: 'sector',
      sector: 'gemeente',
      purpose: 'actietafel',
      basis: 'consent',
      givenBy: requiredConsentGivers(ageInYears(dateOfBirth, consentOn)),
      givenOn: consentOn,
      recordedBy: professional,
      recordedAt: new Date(consentAt),
      version: 1,
    });

    const escalationId = randomUUID();
    const reasonCode = weightedFrom(random, reasons);
    const texts = ESCALATION_TEXTS[reasonCode];
    const sectors = new Set<Sector>([weightedFrom(random, SECTOR_NEED_WEIGHTS)]);
    const extra = weightedFrom<number>(random, [
      [0, 25],
      [1, 50],
      [2, 25],
    ]);
    for (let k = 0; k < extra; k++) sectors.add(weightedFrom(random, SECTOR_NEED_WEIGHTS));
    const history = simulateEscalation(random, submittedAt, sessions, now);
    rows.escalations.push({
      id: escalationId,
      caseId,
      regionId: people.regionId,
      state: history.state,
      stateSince: new Date(history.stateSince),
      reasonCode,
      reasonText: pickFrom(random, texts.reason),
      whatWasTried: pickFrom(random, texts.tried),
      question: pickFrom(random, texts.question),
      urgency: history.urgency,
      sectorsNeeded: [...sectors],
      planVersionId,
      ladderLevel: history.ladderLevel,
      sessionId: history.session === null ? null : sessionIds[history.session],
      outcome: history.outcome,
      evaluation: history.outcome ? EVALUATIONS[history.outcome] : null,
      createdBy: professional,
      createdAt: new Date(submittedAt - 15 * 60_000),
      submittedAt: new Date(history.submittedAt),
      triagedAt: history.triagedAt === null ? null : new Date(history.triagedAt),
      closedAt: history.closedAt === null ? null : new Date(history.closedAt),
      updatedAt: new Date(history.stateSince),
      version: history.steps.length + 1,
    });
    for (const step of history.steps) {
      rows.transitions.push({
        escalationId,
        transition: step.transition,
        fromState: step.from,
        toState: step.to,
        byUserId: by(step.by, professional),
        at: new Date(step.at),
        why: step.transition === 'escalate-further' ? LADDER_REASONS[0] : null,
      });
      if (step.transition === 'escalate-further')
        rows.ladder.push({
          escalationId,
          level: 'management',
          reason: LADDER_REASONS[0],
          deadline: todayInAmsterdam(new Date(step.at + 14 * DAY)),
          byUserId: chair,
          at: new Date(step.at),
        });
    }
    for (const item of history.agenda) {
      const agendaItemId = randomUUID();
      const position = (positions.get(item.session) ?? 0) + 1;
      positions.set(item.session, position);
      rows.agenda.push({
        id: agendaItemId,
        sessionId: sessionIds[item.session],
        escalationId,
        position,
        kind: item.kind,
        minutesPlanned: item.kind === 'escalation' ? 20 : 10,
        phase: item.discussed ? 'discussed' : 'pending',
        startedAt: item.startedAt === null ? null : new Date(item.startedAt),
        finishedAt: item.finishedAt === null ? null : new Date(item.finishedAt),
        summary: item.discussed ? pickFrom(random, AGENDA_SUMMARIES) : null,
        version: 1,
      });
      if (!item.discussed || item.finishedAt === null) continue;
      const madeAt = item.finishedAt - 3 * 60_000;
      if (item.kind === 'escalation')
        rows.decisions.push({
          agendaItemId,
          escalationId,
          text: 'De tafel spreekt af wie wat doet en wanneer; de casusregisseur houdt de regie.',
          doorzettingsmacht: false,
          justification: null,
          createdBy: coordinator,
          createdAt: new Date(madeAt - 60_000),
        });
      const count = item.kind === 'escalation' ? 2 + Math.floor(random() * 3) : Math.floor(random() * 3);
      for (let k = 0; k < count; k++) {
        const sector = pickFrom(random, [...sectors]);
        const owners = OWNERS[sector];
        const ownerEmail = owners.people.length > 0 && random() < 0.6 ? pickFrom(random, owners.people) : null;
        const deadline = madeAt + (7 + Math.floor(random() * 35)) * DAY;
        const fate = agreementFate(random, madeAt, deadline, history.closedAt, now);
        rows.agreements.push({
          escalationId,
          caseId,
          sessionId: sessionIds[item.session],
          agendaItemId,
          what: pickFrom(random, AGREEMENT_TEXTS),
          ownerUserId: ownerEmail ? user(ownerEmail) : null,
          ownerOrganisationId: ownerEmail ? null : organisation(pickFrom(random, owners.organisations)),
          deadline: todayInAmsterdam(new Date(deadline)),
          status: fate.status,
          doneNote: fate.status === 'done' ? pickFrom(random, DONE_NOTES) : null,
          dropReason: fate.status === 'dropped' ? pickFrom(random, DROP_REASONS) : null,
          settledAt: fate.settledAt === null ? null : new Date(fate.settledAt),
          settledBy: fate.settledAt === null ? null : ownerEmail ? user(ownerEmail) : coordinator,
          createdBy: coordinator,
          createdAt: new Date(madeAt),
          version: 1,
        });
      }
    }
    // A dossier whose escalation ended is closed days to weeks later, when that moment has come.
    const ended = history.state === 'closed' || history.state === 'rejected';
    const closedAt = history.stateSince + (3 + Math.floor(random() * 18)) * DAY;
    if (ended && closedAt < now) {
      const jongere = rows.cases[rows.cases.length - 1];
      Object.assign(jongere, {
        status: 'closed',
        closedReason: pickFrom(random, CLOSED_REASONS),
        closedAt: new Date(closedAt),
      });
    }
  }

  // Bulk, table by table in the order of the foreign keys; the plan versions' trigger sets the plan flags.
  await manager.insert(CaseEntity, rows.cases);
  await manager.insert(TeamMemberEntity, rows.team);
  await manager.insert(ConsentEntity, rows.consents);
  await manager.insert(CaseEventEntity, rows.events);
  await manager.insert(ToekomstplanVersionEntity, rows.plans);
  await manager.insert(EscalationEntity, rows.escalations);
  await manager.insert(EscalationTransitionEntity, rows.transitions);
  if (rows.ladder.length > 0) await manager.insert(LadderStepEntity, rows.ladder);
  await manager.insert(AgendaItemEntity, rows.agenda);
  await manager.insert(DecisionEntity, rows.decisions);
  await manager.insert(AgreementEntity, rows.agreements);

  // The minutes of each session, as ending it builds them (with everything that was recorded in it).
  const loader = new SessionLoader();
  const chairPerson = DEMO_USERS.find((candidate) => candidate.email === CHAIR);
  for (const [index, sessionId] of sessionIds.entries()) {
    const endedAt = new Date(sessions[index].endsAt - 2 * 60_000);
    const loaded = await loader.load(manager, sessionId);
    const minutes = buildMinutes(
      loaded,
      personRef({ id: chair, name: chairPerson?.name ?? '' }),
      endedAt,
      todayInAmsterdam(endedAt),
    );
    await manager.update(ActietafelSessionEntity, { id: sessionId }, { minutes });
  }
}
