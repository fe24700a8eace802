import {
  addMonths,
  addWorkingDays,
  ageInYears,
  canTransition,
  compareDates,
  emptyToekomstplan,
  requiredConsentGivers,
  todayInAmsterdam,
  type Attendance,
  type EscalationRequestContent,
  type EscalationTransition,
  type EscalationTransitionContext,
  type EscalationTransitionInput,
  type Role,
  type Sector,
} from '@sluitend/domain';
import type { EntityManager } from 'typeorm';
import { ActietafelSessionEntity } from '../actietafel/entities/actietafel-session.entity';
import { AgendaItemEntity } from '../actietafel/entities/agenda-item.entity';
import { AgreementEntity } from '../actietafel/entities/agreement.entity';
import { DecisionEntity } from '../actietafel/entities/decision.entity';
import { EscalationEntity } from '../actietafel/entities/escalation.entity';
import { SessionInviteeEntity } from '../actietafel/entities/session-invitee.entity';
import { escalationTimelineEvent } from '../actietafel/escalations/escalation-timeline';
import { recordEscalationTransition } from '../actietafel/escalations/escalation-transition.recorder';
import {
  addLadderStep,
  putOnAgenda,
  storedTransitionFacts,
  transitionChanges,
} from '../actietafel/escalations/escalation-transition.steps';
import { refreshFollowUps } from '../actietafel/sessions/follow-up.agenda';
import { SessionLoader } from '../actietafel/sessions/session.loader';
import { buildMinutes, personRef } from '../actietafel/sessions/session.mapper';
import { discussedEvent, everyoneInvolved, sessionNotifications } from '../actietafel/sessions/session-texts';
import type { CaseEventInput } from '../cases/case-timeline.service';
import { CaseEventEntity } from '../cases/entities/case-event.entity';
import { CaseEntity } from '../cases/entities/case.entity';
import { TeamMemberEntity } from '../cases/entities/team-member.entity';
import { ConsentEntity } from '../consents/entities/consent.entity';
import { NotificationEntity } from '../notifications/entities/notification.entity';
import type { NotificationInput } from '../notifications/notifications.service';
import { ToekomstplanVersionEntity } from '../toekomstplan/entities/toekomstplan-version.entity';
import { projectPlanActions } from '../toekomstplan/plan-actions.projection';
import { atDutchTime, onWorkingDay, plusDays, plusWorkingDays } from './demo-calendar';
import { openDemoCase, type DemoJongere, type DemoPeople } from './demo-cases';
import { DEMO_USERS } from './demo-data';

const SANNE = 'jongerenwerker@demo.sluitend.nl';
const YOUSSEF = 'jeugdhulp@demo.sluitend.nl';
const KARIM = 'coordinator@demo.sluitend.nl';
const MARIEKE = 'chair@demo.sluitend.nl';
const PETER = 'member@demo.sluitend.nl';
const LINDA = 'school@demo.sluitend.nl';
const THOMAS = 'werk@demo.sluitend.nl';

export interface DemoTablePeople extends DemoPeople {
  /** The demo region: its table handles every demo escalation. */
  regionId: string;
}

interface Actor {
  id: string;
  name: string;
  roles: Role[];
  organisationId: string;
}

/** What a dossier's first toekomstplan says: a few lines, so the plan attached to an escalation exists. */
interface PlanText {
  whatIWant: string;
  professionalView: string;
  /** Life domain key → the situation in a sentence. */
  situations: Record<string, string>;
}

type NewJongere = Omit<DemoJongere, 'dateOfBirth' | 'bsn' | 'givenBy' | 'openedOn'> & {
  /** Age in years and days past the last birthday, on the day of the seed. */
  age: [number, number];
  /** How many days before the seed the dossier was opened. */
  openedDaysAgo: number;
  plan: PlanText;
};

/** The jongeren who come to the table besides Noah, Sara and Daan of demo-cases.ts; no BSN (none is needed). */
const NEW_JONGEREN: Record<string, NewJongere> = {
  lieke: {
    firstName: 'Lieke',
    lastName: 'van den Berg',
    age: [17, 140],
    municipality: 'Neder-Betuwe',
    casusregisseur: YOUSSEF,
    part: 'behandelaar jeugd-GGZ',
    openedDaysAgo: 62,
    plan: {
      whatIWant: 'Mijn stage bij de kinderopvang afmaken en later daar werken.',
      professionalView:
        'Lieke heeft een licht verstandelijke beperking en heeft begeleiding nodig bij school en thuis.',
      situations: { 'onderwijs-en-werk': 'Stage bij een kinderopvang, dreigt die kwijt te raken zonder begeleiding.' },
    },
  },
  jayden: {
    firstName: 'Jayden',
    lastName: 'Mulder',
    age: [20, 75],
    municipality: 'Tiel',
    casusregisseur: SANNE,
    part: 'trajectbegeleider',
    openedDaysAgo: 46,
    plan: {
      whatIWant: 'Een eigen plek en mijn entreeopleiding afmaken.',
      professionalView: 'Jayden is dakloos sinds een ruzie thuis; zonder adres stokt alles: inkomen, opleiding, zorg.',
      situations: { wonen: 'Slaapt bij wisselende vrienden.', 'inkomen-en-schulden': 'Geen inkomen, geen adres.' },
    },
  },
  ilias: {
    firstName: 'Ilias',
    lastName: 'Benali',
    age: [18, 40],
    municipality: 'West Betuwe',
    casusregisseur: SANNE,
    part: 'trajectbegeleider',
    openedDaysAgo: 52,
    plan: {
      whatIWant: 'Op mezelf blijven wonen in mijn trainingskamer en een baan in de logistiek.',
      professionalView: 'Ilias is net 18: zijn jeugdhulp stopt, de Wmo-begeleiding is er nog niet.',
      situations: { wonen: 'Kamertraining, begeleiding loopt af.' },
    },
  },
  femke: {
    firstName: 'Femke',
    lastName: 'Willems',
    age: [15, 200],
    municipality: 'Maasdriel',
    casusregisseur: YOUSSEF,
    part: 'behandelaar jeugd-GGZ',
    openedDaysAgo: 27,
    plan: {
      whatIWant: 'Weer naar school zonder buikpijn.',
      professionalView: 'Femke verzuimt sinds de kerstvakantie; school en jeugdhulp zoeken de regie.',
      situations: { 'onderwijs-en-werk': 'Gaat nauwelijks naar school.' },
    },
  },
  yasmina: {
    firstName: 'Yasmina',
    lastName: 'Kaya',
    age: [19, 160],
    municipality: 'Culemborg',
    casusregisseur: SANNE,
    part: 'trajectbegeleider',
    openedDaysAgo: 36,
    plan: {
      whatIWant: 'Mijn entreediploma halen en dan een opleiding tot doktersassistent.',
      professionalView: 'Yasmina is gemotiveerd; school en Werkzaak stellen tegengestelde eisen.',
      situations: { 'onderwijs-en-werk': 'Entreeopleiding MBO College, laatste half jaar.' },
    },
  },
  ruben: {
    firstName: 'Ruben',
    lastName: 'Smits',
    // 21 four days ago: the age clock asks whether the extended youth care continues.
    age: [21, 4],
    municipality: 'West Maas en Waal',
    casusregisseur: SANNE,
    part: 'trajectbegeleider',
    openedDaysAgo: 71,
    plan: {
      whatIWant: 'Van mijn schulden af en een vaste kamer.',
      professionalView: 'Ruben raakte zijn kamer en uitkering kwijt en is uit beeld geraakt.',
      situations: { 'inkomen-en-schulden': 'Uitkering stopgezet, schulden onbekend.' },
    },
  },
  milan: {
    firstName: 'Milan',
    lastName: 'Hendriks',
    // 16 three days ago: the age clock says a toekomstplan is due.
    age: [16, 3],
    municipality: 'Buren',
    casusregisseur: YOUSSEF,
    part: 'behandelaar jeugd-GGZ',
    openedDaysAgo: 21,
    plan: {
      whatIWant: 'Weer durven naar buiten gaan en naar school.',
      professionalView: 'Ernstige angstklachten; de geadviseerde opname heeft een lange wachttijd.',
      situations: { gezondheid: 'Komt sinds drie weken de deur niet uit.' },
    },
  },
};

const DAAN_PLAN: PlanText = {
  whatIWant: 'Een leerwerkplek in de groenvoorziening en geen schulden meer.',
  professionalView: 'Daan zit sinds een half jaar thuis; de schuldhulp heeft een wachtlijst.',
  situations: { 'inkomen-en-schulden': 'Schulden bij meerdere schuldeisers, wacht op schuldhulp.' },
};

function complete(
  request: Omit<EscalationRequestContent, 'urgency'> & { urgency?: EscalationRequestContent['urgency'] },
): EscalationRequestContent {
  return { urgency: 'normal', ...request };
}

const REQUESTS = {
  noah: complete({
    reasonCode: 'waiting-list',
    reasonText:
      'Noah wacht al vier maanden op behandeling bij de jeugd-GGZ; de wachtlijst is nog minstens twaalf weken. Hij slaapt slecht, is somber en verzuimt steeds vaker. Ondertussen loopt zijn schuld bij de zorgverzekeraar op.',
    whatWasTried:
      'Overbrugging bij de POH-jeugd van de huisarts (drie gesprekken), aanmelding bij een tweede aanbieder (zelfde wachttijd), verzoek om voorrang afgewezen omdat er geen acuut gevaar is. Een betalingsregeling lukt niet zonder inkomen.',
    question:
      'Kan de tafel zorgen dat Noah binnen vier weken met behandeling start, en dat de schuld bij de zorgverzekeraar niet verder oploopt zolang die behandeling loopt?',
    sectorsNeeded: ['jeugdhulp', 'werk-en-inkomen', 'onderwijs'],
  }),
  lieke: complete({
    reasonCode: 'financing-dispute',
    reasonText:
      'Lieke heeft begeleiding nodig bij school en thuis. De gemeente verwijst naar het zorgkantoor (Wlz), het zorgkantoor naar de gemeente (Jeugdwet). Al drie maanden krijgt ze geen begeleiding; ze dreigt haar stage kwijt te raken.',
    whatWasTried:
      'Aanvragen onder de Jeugdwet en de Wlz, beide afgewezen met een verwijzing naar de ander; overleg tussen de consulenten zonder uitkomst; de school geeft tijdelijk extra mentoruren.',
    question: 'Wie financiert de begeleiding van Lieke, en kan die binnen twee weken starten?',
    sectorsNeeded: ['jeugdhulp', 'gemeente', 'onderwijs'],
  }),
  jayden: complete({
    reasonCode: 'housing',
    reasonText:
      'Jayden (20) slaapt sinds zes weken bij wisselende vrienden. Zonder adres krijgt hij geen uitkering en kan hij zijn entreeopleiding niet afmaken. De woningcorporatie geeft geen urgentie, beschermd wonen vindt hem te zelfstandig.',
    whatWasTried:
      'Inschrijving bij de woningcorporatie, urgentieaanvraag (afgewezen), aanmelding bij de nachtopvang (vol), gesprek met zijn ouders over tijdelijk terugkeren (gaat niet).',
    question:
      'Kan de tafel binnen een maand een (tijdelijke) woonplek voor Jayden regelen, zodat hij zijn inkomen en opleiding houdt?',
    sectorsNeeded: ['welzijn', 'werk-en-inkomen', 'gemeente'],
  }),
  ilias: complete({
    reasonCode: 'financing-dispute',
    reasonText:
      'Ilias is net 18 geworden. Zijn ambulante jeugdhulp stopt, maar zijn Wmo-aanvraag is nog niet beoordeeld. Zonder begeleiding dreigt hij uit zijn kamertraining te vallen.',
    whatWasTried:
      'Verlenging van de jeugdhulp na 18 aangevraagd (afgewezen), Wmo-melding acht weken geleden gedaan, twee keer navraag bij de Wmo-consulent.',
    question: 'Kan de tafel zorgen dat de begeleiding van Ilias doorloopt tot de Wmo-beschikking er is?',
    sectorsNeeded: ['jeugdhulp', 'gemeente'],
  }),
  femke: complete({
    reasonCode: 'disagreement-between-organisations',
    reasonText:
      'Femke gaat sinds de kerstvakantie nauwelijks naar school. School en jeugdhulp zijn het niet eens over wie het voortouw heeft: school wil eerst behandeling, wij willen eerst een aangepast rooster.',
    whatWasTried: 'Twee gesprekken met de mentor; een huisbezoek samen met de leerplichtambtenaar staat gepland.',
    question: 'Wie neemt de regie rond Femke: school of jeugdhulp?',
    sectorsNeeded: ['onderwijs', 'jeugdhulp'],
  }),
  yasmina: complete({
    reasonCode: 'disagreement-between-organisations',
    reasonText:
      'Yasmina wil haar entreeopleiding afmaken. Werkzaak wil haar met haar bijstandsuitkering in een werktraject plaatsen; de school zegt dat ze dan haar opleiding niet kan afmaken.',
    whatWasTried:
      'Afzonderlijke gesprekken met de consulent van Werkzaak en met de studieloopbaanbegeleider; een gezamenlijk gesprek is twee keer afgezegd.',
    question:
      'Kunnen school en Werkzaak aan tafel één plan afspreken waarin Yasmina haar opleiding afmaakt met behoud van inkomen?',
    sectorsNeeded: ['onderwijs', 'werk-en-inkomen'],
  }),
  daan: complete({
    reasonCode: 'waiting-list',
    reasonText:
      'Daan is gestopt met zijn opleiding en zit sinds een half jaar thuis. Hij wacht al vijf maanden op schuldhulpverlening; zonder rust in zijn financiën wil geen werkgever hem een leerwerkplek geven.',
    whatWasTried:
      'Aanmelding bij de schuldhulpverlening, budgetcursus via het jongerenwerk, twee sollicitaties op een leerwerkplek.',
    question: 'Kan de tafel de wachttijd voor schuldhulp doorbreken, zodat Daan aan een leerwerkplek kan beginnen?',
    sectorsNeeded: ['werk-en-inkomen', 'welzijn'],
  }),
  ruben: complete({
    reasonCode: 'jongere-out-of-sight',
    reasonText:
      'Ruben is sinds zeven weken niet bereikbaar. Zijn uitkering is stopgezet omdat hij niet op afspraken kwam en zijn kamer is opgezegd. Vrienden zeggen dat hij bij kennissen in Tiel slaapt.',
    whatWasTried: 'Bellen, appen, een huisbezoek op het oude adres, navraag bij zijn moeder en bij de nachtopvang.',
    question:
      'Wie zoekt Ruben actief op, en kan zijn uitkering zonder nieuwe wachttijd herleven zodra hij weer in beeld is?',
    sectorsNeeded: ['welzijn', 'werk-en-inkomen', 'gemeente'],
  }),
  milan: complete({
    reasonCode: 'no-suitable-care',
    urgency: 'urgent',
    reasonText:
      'Milan heeft ernstige angstklachten en komt sinds drie weken de deur niet uit. De klinische opname die zijn behandelaar adviseert heeft vier maanden wachttijd; behandeling aan huis is er in de regio niet. Zijn ouders zijn uitgeput.',
    whatWasTried:
      'Ambulante behandeling (gestopt omdat hij niet meer komt), twee keer de crisisdienst, aanmelding bij drie klinieken; de school geeft onderwijs op afstand.',
    question: 'Kan de tafel binnen twee weken behandeling aan huis regelen tot de opname, en de opname versnellen?',
    sectorsNeeded: ['jeugdhulp', 'onderwijs', 'gemeente'],
  }),
  sara: {
    // A draft still being written: the question is not there yet, nor the consent for the table.
    reasonCode: 'no-suitable-care',
    reasonText:
      'Sara zorgt veel voor haar jongere broertjes omdat haar moeder ziek is. Ze is vaak moe en haalt slechte cijfers. Er is geen gezinsondersteuning die past bij de situatie thuis.',
    whatWasTried: 'Gesprekken met Sara en haar moeder, aanmelding bij het wijkteam (wachtlijst), huiswerkbegeleiding.',
    question: '',
    urgency: 'normal',
    sectorsNeeded: ['welzijn', 'jeugdhulp'],
  } satisfies EscalationRequestContent,
};

interface DemoSession {
  id: string;
  regionId: string;
  startsAt: Date;
}

/**
 * Plays the Actietafel's history into the database as its users would have made it, each step at its own
 * moment in the past: the transitions are judged by the domain's canTransition and written by the api's
 * recordEscalationTransition, follow-ups come from refreshFollowUps, and the minutes from buildMinutes.
 */
class DemoTable {
  private readonly loader = new SessionLoader();

  constructor(
    private readonly manager: EntityManager,
    private readonly people: DemoTablePeople,
  ) {}

  actor(email: string): Actor {
    const user = DEMO_USERS.find((candidate) => candidate.email === email);
    const id = this.people.users.get(email);
    const organisationId = user ? this.people.organisations.get(user.organisation) : undefined;
    if (!user || !id || !organisationId) throw new Error(`demo seed: unknown user ${email}`);
    return { id, name: user.name, roles: user.roles, organisationId };
  }

  organisation(key: string): string {
    const id = this.people.organisations.get(key);
    if (!id) throw new Error(`demo seed: unknown organisation ${key}`);
    return id;
  }

  async openCase(jongere: NewJongere): Promise<string> {
    const [years, days] = jongere.age;
    const dateOfBirth = plusDays(addMonths(this.people.today, -12 * years), -days);
    const openedOn = plusDays(this.people.today, -jongere.openedDaysAgo);
    const caseId = await openDemoCase(this.manager, this.people, {
      ...jongere,
      dateOfBirth,
      bsn: null,
      givenBy: requiredConsentGivers(ageInYears(dateOfBirth, openedOn)),
      openedOn,
    });
    await this.savePlan(
      caseId,
      this.actor(jongere.casusregisseur),
      atDutchTime(plusDays(openedOn, 2), '15:00'),
      jongere.plan,
    );
    return caseId;
  }

  async savePlan(caseId: string, by: Actor, at: Date, text: PlanText): Promise<void> {
    const content = emptyToekomstplan(this.people.lifeDomains, await this.dateOfBirth(caseId), todayInAmsterdam(at));
    content.myFuture.whatIWant = text.whatIWant;
    content.professionalView = text.professionalView;
    for (const domain of content.domains) domain.situation = text.situations[domain.domain] ?? '';
    const [{ last }]: Array<{ last: number | null }> = await this.manager.query(
      `SELECT MAX(number) AS last FROM toekomstplan_version WHERE case_id = $1`,
      [caseId],
    );
    const number = (last ?? 0) + 1;
    await this.manager.insert(ToekomstplanVersionEntity, {
      caseId,
      number,
      basedOn: last,
      reason: 'save',
      content,
      createdBy: by.id,
      createdAt: at,
    });
    await projectPlanActions(this.manager, caseId, number, content);
    await this.timeline(
      {
        caseId,
        actorUserId: by.id,
        kind: 'toekomstplan.saved',
        summary: `Toekomstplan opgeslagen (versie ${number})`,
        details: { version: number },
      },
      at,
    );
  }

  /** The jongere's consent to discuss the case at the regional table (purpose actietafel). */
  async consentToTable(caseId: string, by: Actor, at: Date): Promise<void> {
    const dateOfBirth = await this.dateOfBirth(caseId);
    const givenOn = todayInAmsterdam(at);
    await this.manager.insert(ConsentEntity, {
      caseId,
      scope: 'sector',
      sector: 'gemeente',
      purpose: 'actietafel',
      basis: 'consent',
      givenBy: requiredConsentGivers(ageInYears(dateOfBirth, givenOn)),
      givenOn,
      recordedBy: by.id,
      recordedAt: at,
      version: 1,
    });
  }

  async draft(caseId: string, by: Actor, at: Date, request: EscalationRequestContent): Promise<string> {
    this.inThePast(at);
    const inserted = await this.manager.insert(EscalationEntity, {
      ...request,
      caseId,
      regionId: this.people.regionId,
      state: 'draft',
      stateSince: at,
      createdBy: by.id,
      createdAt: at,
      updatedAt: at,
      version: 1,
    });
    return inserted.identifiers[0]['id'] as string;
  }

  /** Consent for the table, a draft and its submission, a few minutes apart. */
  async escalate(caseId: string, by: Actor, day: string, request: EscalationRequestContent): Promise<string> {
    await this.consentToTable(caseId, by, atDutchTime(day, '09:00'));
    const id = await this.draft(caseId, by, atDutchTime(day, '09:10'), request);
    await this.step(id, 'submit', by, atDutchTime(day, '09:25'));
    return id;
  }

  /** One transition, judged and recorded as EscalationTransitions.apply does it, at a moment in the past. */
  async step(
    id: string,
    transition: EscalationTransition,
    by: Actor,
    at: Date,
    input: EscalationTransitionInput = {},
  ): Promise<void> {
    const manager = this.manager;
    this.inThePast(at);
    const escalation = await manager.findOneByOrFail(EscalationEntity, { id });
    if (at.getTime() <= escalation.stateSince.getTime())
      throw new Error(`demo seed: ${transition} of escalation ${id} must come after its previous step`);
    const today = todayInAmsterdam(at);
    const context: EscalationTransitionContext = {
      ...input,
      today,
      ladderLevel: escalation.ladderLevel,
      isCaseTeamMember: await manager.existsBy(TeamMemberEntity, { caseId: escalation.caseId, userId: by.id }),
      ...(await storedTransitionFacts(manager, escalation, transition, today)),
    };
    const decision = canTransition(escalation.state, transition, by.roles, context);
    if (!decision.allowed) throw new Error(`demo seed: ${decision.refusal.message}`);
    if (transition === 'schedule') {
      const session = await manager.findOneByOrFail(ActietafelSessionEntity, { id: input.sessionId });
      if (session.regionId !== escalation.regionId || !['planned', 'agenda-sent'].includes(session.state))
        throw new Error(`demo seed: session ${session.id} takes no new escalations`);
    }
    const { changes, why } = await transitionChanges(manager, escalation, transition, input, at, decision.ladderLevel);
    const recorded = await recordEscalationTransition(manager, {
      escalation,
      transition,
      to: decision.to,
      by,
      at,
      why,
      changes,
    });
    if (!recorded) throw new Error(`demo seed: escalation ${id} changed underway`);
    if (transition === 'schedule' && input.sessionId) await putOnAgenda(manager, input.sessionId, id);
    if (transition === 'escalate-further')
      await addLadderStep(
        manager,
        { escalationId: id, level: decision.ladderLevel, reason: why, deadline: input.deadline, today },
        by,
        at,
      );
    const event = escalationTimelineEvent(escalation, by.id, transition, {
      sessionId: input.sessionId,
      outcome: input.outcome,
      level: decision.ladderLevel,
      deadline: input.deadline,
    });
    if (event) await this.timeline(event, at);
  }

  /** The coordinator plans a session of the region; follow-ups join its agenda at once (as SessionsService.plan). */
  async planSession(plan: {
    by: Actor;
    at: Date;
    startsAt: Date;
    endsAt: Date;
    location: string | null;
    onlineUrl: string | null;
    chair: Actor;
    minuteTaker: Actor;
    invitees: Array<[Actor, Sector]>;
  }): Promise<DemoSession> {
    this.inThePast(plan.at);
    const inserted = await this.manager.insert(ActietafelSessionEntity, {
      regionId: this.people.regionId,
      state: 'planned',
      startsAt: plan.startsAt,
      endsAt: plan.endsAt,
      location: plan.location,
      onlineUrl: plan.onlineUrl,
      chairUserId: plan.chair.id,
      minuteTakerUserId: plan.minuteTaker.id,
      createdBy: plan.by.id,
      createdAt: plan.at,
      version: 1,
    });
    const session = {
      id: inserted.identifiers[0]['id'] as string,
      regionId: this.people.regionId,
      startsAt: plan.startsAt,
    };
    await this.manager.insert(
      SessionInviteeEntity,
      plan.invitees.map(([invitee, sector]) => ({ sessionId: session.id, userId: invitee.id, sector })),
    );
    await refreshFollowUps(this.manager, session);
    return session;
  }

  /** send-agenda: follow-ups refreshed, everyone with a part in the session told (as SessionsService.transition). */
  async sendAgenda(session: DemoSession, at: Date, readAt: Date | null = null): Promise<void> {
    this.inThePast(at);
    await refreshFollowUps(this.manager, session);
    await this.manager.update(ActietafelSessionEntity, { id: session.id }, { state: 'agenda-sent', agendaSentAt: at });
    const stored = await this.manager.findOneByOrFail(ActietafelSessionEntity, { id: session.id });
    const invitees = await this.manager.find(SessionInviteeEntity, { where: { sessionId: session.id } });
    await this.notify(sessionNotifications.agendaSent(session, everyoneInvolved(stored, invitees)), at, readAt);
  }

  async start(session: DemoSession, at: Date, attendance: Array<[Actor, Attendance, string?]>): Promise<void> {
    await this.manager.update(ActietafelSessionEntity, { id: session.id }, { state: 'in-progress', startedAt: at });
    for (const [invitee, present, substituteName] of attendance)
      await this.manager.update(
        SessionInviteeEntity,
        { sessionId: session.id, userId: invitee.id },
        { attendance: present, substituteName: substituteName ?? null },
      );
  }

  /** One agenda item discussed in the session: its time, summary, decisions and agreements. */
  async discussItem(
    session: DemoSession,
    escalationId: string,
    item: {
      from: Date;
      until: Date;
      summary: string;
      recordedBy: Actor;
      decisions: Array<{ text: string; justification?: string }>;
      agreements: Array<{ what: string; owner: Actor | { organisation: string }; deadline: string }>;
    },
  ): Promise<Map<string, string>> {
    const manager = this.manager;
    const agendaItem = await manager.findOneByOrFail(AgendaItemEntity, { sessionId: session.id, escalationId });
    await manager.update(
      AgendaItemEntity,
      { id: agendaItem.id },
      { phase: 'discussed', startedAt: item.from, finishedAt: item.until, summary: item.summary },
    );
    const { caseId } = await manager.findOneByOrFail(EscalationEntity, { id: escalationId });
    const minute = (n: number) => new Date(item.from.getTime() + n * 60_000);
    for (const [index, decision] of item.decisions.entries())
      await manager.insert(DecisionEntity, {
        agendaItemId: agendaItem.id,
        escalationId,
        text: decision.text,
        doorzettingsmacht: decision.justification !== undefined,
        justification: decision.justification ?? null,
        createdBy: item.recordedBy.id,
        createdAt: minute(10 + index),
      });
    const agreements = new Map<string, string>();
    for (const [index, agreement] of item.agreements.entries()) {
      const owner = agreement.owner;
      const inserted = await manager.insert(AgreementEntity, {
        escalationId,
        caseId,
        sessionId: session.id,
        agendaItemId: agendaItem.id,
        what: agreement.what,
        ownerUserId: 'id' in owner ? owner.id : null,
        ownerOrganisationId: 'id' in owner ? owner.organisationId : this.organisation(owner.organisation),
        deadline: agreement.deadline,
        status: 'open',
        createdBy: item.recordedBy.id,
        createdAt: minute(14 + index),
        version: 1,
      });
      agreements.set(agreement.what, inserted.identifiers[0]['id'] as string);
    }
    return agreements;
  }

  /**
   * Ending, as SessionsService.end: every scheduled escalation discussed (by the ender), each case's timeline
   * told, the minutes built from what was recorded, the owners of agreements and everyone invited notified.
   */
  async end(session: DemoSession, by: Actor, at: Date): Promise<void> {
    const manager = this.manager;
    this.inThePast(at);
    const before = await this.loader.load(manager, session.id);
    for (const loaded of before.items) {
      const escalation = loaded.item.escalation;
      if (escalation.state === 'scheduled') await this.step(escalation.id, 'discuss', by, at);
      await this.timeline(discussedEvent(session, by.id, loaded), at);
    }
    const after = await this.loader.load(manager, session.id);
    const minutes = buildMinutes(after, personRef(by), at, todayInAmsterdam(at));
    await manager.update(
      ActietafelSessionEntity,
      { id: session.id },
      { state: 'ended', endedAt: at, endedBy: by.id, minutes },
    );
    await this.notify(sessionNotifications.ended(after), at);
  }

  /** The owner marks an agreement done, with a note. */
  async settle(agreementId: string, by: Actor, at: Date, doneNote: string): Promise<void> {
    this.inThePast(at);
    await this.manager.update(
      AgreementEntity,
      { id: agreementId },
      { status: 'done', doneNote, settledAt: at, settledBy: by.id },
    );
  }

  private async dateOfBirth(caseId: string): Promise<string> {
    const jongere = await this.manager.findOneOrFail(CaseEntity, {
      where: { id: caseId },
      select: { dateOfBirth: true },
    });
    return jongere.dateOfBirth;
  }

  private async notify(notifications: NotificationInput[], at: Date, readAt: Date | null = null): Promise<void> {
    if (notifications.length === 0) return;
    await this.manager
      .createQueryBuilder()
      .insert()
      .into(NotificationEntity)
      // Unread ones go out by e-mail when the worker starts, so the demo's mail folder shows these kinds too;
      // read ones are history from before mail existed.
      .values(
        notifications.map((notification) => ({
          ...notification,
          createdAt: at,
          readAt,
          mailStatus: readAt ? ('skipped' as const) : ('pending' as const),
        })),
      )
      .orIgnore()
      .execute();
  }

  /** A case timeline entry at its own moment in the past (CaseTimeline.record writes the moment of the request). */
  private async timeline(event: CaseEventInput, at: Date): Promise<void> {
    await this.manager.save(this.manager.create(CaseEventEntity, { ...event, details: event.details ?? {}, at }));
  }

  /** Everything of the demo happened before the day it is seeded. */
  private inThePast(at: Date): void {
    if (compareDates(todayInAmsterdam(at), this.people.today) >= 0)
      throw new Error(`demo seed: ${at.toISOString()} is not before ${this.people.today}`);
  }
}

/**
 * The Actietafel at work in the demo region: escalations in every state, one session held about two weeks ago
 * with its minutes, decisions (one with doorzettingsmacht) and agreements, and one session in about ten days
 * whose agenda has gone out. `cases` holds the ids of Noah, Sara and Daan (seedDemoCases).
 */
export async function seedDemoActietafel(
  manager: EntityManager,
  people: DemoTablePeople,
  cases: Map<string, string>,
): Promise<void> {
  const noah = cases.get('Noah');
  const sara = cases.get('Sara');
  const daan = cases.get('Daan');
  if (!noah || !sara || !daan) return;
  const table = new DemoTable(manager, people);
  const [sanne, youssef, karim, marieke, peter, linda, thomas] = [
    SANNE,
    YOUSSEF,
    KARIM,
    MARIEKE,
    PETER,
    LINDA,
    THOMAS,
  ].map((email) => table.actor(email));
  const { today } = people;
  /** The working day this many working days before the seed. */
  const day = (workingDaysAgo: number) => plusWorkingDays(today, -workingDaysAgo);
  const at = (workingDaysAgo: number, time: string) => atDutchTime(day(workingDaysAgo), time);

  const ids: Record<string, string> = {};
  for (const [key, jongere] of Object.entries(NEW_JONGEREN)) ids[key] = await table.openCase(jongere);
  const { lieke, jayden, ilias, femke, yasmina, ruben, milan } = ids;

  // Three weeks back: Lieke's escalation comes back with a question, then Noah's and Jayden's are accepted.
  const liekes = await table.escalate(lieke, youssef, day(18), REQUESTS.lieke);
  const noahs = await table.escalate(noah, sanne, day(17), REQUESTS.noah);
  await table.step(liekes, 'return', karim, at(17, '16:00'), {
    question:
      'Is er een besluit van het CIZ over een Wlz-indicatie, en wat is de uitkomst? Zonder dat besluit kan de tafel het geschil niet wegen.',
  });
  await table.step(liekes, 'resubmit', youssef, at(16, '09:30'), {
    answer:
      'Het CIZ heeft de Wlz-indicatie vorige maand afgewezen; het besluit zit in het dossier. Daarmee ligt de verantwoordelijkheid volgens ons bij de gemeente.',
  });
  await table.step(noahs, 'accept', karim, at(16, '11:00'));
  await table.step(liekes, 'accept', karim, at(15, '10:00'));
  const jaydens = await table.escalate(jayden, sanne, day(15), REQUESTS.jayden);
  await table.step(jaydens, 'accept', karim, at(14, '09:45'));

  // The session of two weeks ago: planned, three escalations on its agenda, the agenda sent.
  const pastDay = day(10);
  const past = await table.planSession({
    by: karim,
    at: at(13, '09:00'),
    startsAt: atDutchTime(pastDay, '13:30'),
    endsAt: atDutchTime(pastDay, '16:00'),
    location: 'Gemeentehuis Tiel, zaal De Linge',
    onlineUrl: null,
    chair: marieke,
    minuteTaker: karim,
    invitees: [
      [peter, 'jeugdhulp'],
      [youssef, 'jeugdhulp'],
      [sanne, 'welzijn'],
      [linda, 'onderwijs'],
      [thomas, 'werk-en-inkomen'],
    ],
  });
  await table.step(noahs, 'schedule', karim, at(13, '09:10'), { sessionId: past.id });
  await table.step(jaydens, 'schedule', karim, at(13, '09:15'), { sessionId: past.id });
  await table.step(liekes, 'schedule', karim, at(13, '09:20'), { sessionId: past.id });
  await table.sendAgenda(past, at(11, '16:00'), atDutchTime(pastDay, '09:00'));

  // The meeting itself.
  await table.start(past, atDutchTime(pastDay, '13:32'), [
    [peter, 'present'],
    [youssef, 'present'],
    [sanne, 'present'],
    [linda, 'substitute', 'Erik Smit (zorgcoördinator Praktijkschool Tiel)'],
    [thomas, 'absent'],
  ]);
  const noahAgreements = await table.discussItem(past, noahs, {
    from: atDutchTime(pastDay, '13:35'),
    until: atDutchTime(pastDay, '14:08'),
    recordedBy: karim,
    summary:
      'De tafel is het eens dat verder wachten geen optie is: het verzuim neemt toe. Youssef licht toe dat een intake snel kan als de overbrugging gefinancierd is; het reguliere overleg daarover liep twee maanden vast. De voorzitter besluit met doorzettingsmacht. Werkzaak was afwezig en krijgt de afspraak over de schuld.',
    decisions: [
      {
        text: 'De gemeente Tiel financiert overbruggingsbehandeling bij een vrijgevestigde jeugd-GGZ-aanbieder tot de plek bij Jeugd-GGZ Betuwe vrijkomt.',
        justification:
          'Noah wacht al vier maanden en zijn schoolgang loopt gevaar. Aanbieder en gemeente kwamen in twee maanden regulier overleg niet tot een oplossing; de kosten van verder wachten (uitval, crisis) zijn groter dan die van de overbrugging.',
      },
      { text: 'De schuld bij de zorgverzekeraar gaat in een schuldhulptraject van Werkzaak.' },
    ],
    agreements: [
      {
        what: 'Intake plannen en de overbruggingsbehandeling laten starten',
        owner: youssef,
        deadline: plusDays(pastDay, 7),
      },
      {
        what: 'Schuldhulptraject starten en de zorgverzekeraar om een betalingspauze vragen',
        owner: { organisation: 'werkzaak' },
        deadline: plusDays(pastDay, 10),
      },
      {
        what: 'Met Noah en zijn oom evalueren hoe behandeling en school gaan, en terugkoppelen aan de tafel',
        owner: sanne,
        deadline: plusDays(today, 12),
      },
    ],
  });
  const jaydenAgreements = await table.discussItem(past, jaydens, {
    from: atDutchTime(pastDay, '14:10'),
    until: atDutchTime(pastDay, '14:32'),
    recordedBy: karim,
    summary:
      'Een briefadres kan snel, zodat de uitkering kan starten. Over woonruimte kan de tafel de corporatie niets opleggen; de voorzitter schaalt op naar het management van de corporatie en de gemeente.',
    decisions: [
      {
        text: 'De tafel vraagt het management van de woningcorporatie en de gemeente om een urgentie op sociale gronden.',
      },
    ],
    agreements: [
      { what: 'Briefadres voor Jayden regelen bij de gemeente Tiel', owner: sanne, deadline: plusDays(pastDay, 5) },
      {
        what: 'Bijstandsaanvraag op het briefadres met voorrang behandelen',
        owner: thomas,
        // Two days left: its "3 days before" reminder is due at once in the demo.
        deadline: plusDays(today, 2),
      },
    ],
  });
  const liekeAgreements = await table.discussItem(past, liekes, {
    from: atDutchTime(pastDay, '14:34'),
    until: atDutchTime(pastDay, '14:51'),
    recordedBy: karim,
    summary:
      'Met het CIZ-besluit op tafel erkent de gemeente dat de Jeugdwet geldt. De begeleiding kan starten; de school houdt de stageplek vast.',
    decisions: [{ text: 'De gemeente Neder-Betuwe financiert de begeleiding van Lieke onder de Jeugdwet.' }],
    agreements: [
      {
        what: 'Begeleiding aanvragen bij de aanbieder en de startdatum doorgeven',
        owner: youssef,
        deadline: plusDays(pastDay, 7),
      },
      {
        what: 'Stageplek vasthouden en de begeleider uitnodigen voor het stagegesprek',
        owner: linda,
        deadline: plusDays(pastDay, 10),
      },
    ],
  });
  await table.end(past, marieke, atDutchTime(pastDay, '15:55'));
  await table.step(jaydens, 'escalate-further', marieke, atDutchTime(pastDay, '16:05'), {
    reason:
      'Woonruimte toewijzen valt buiten het mandaat van de tafel; het management van de woningcorporatie en de gemeente moet beslissen over een urgentie op sociale gronden.',
    deadline: plusDays(today, 7),
  });

  // The next session, in about ten days: planned now, so the open agreements come back as follow-ups.
  const nextDay = onWorkingDay(plusDays(today, 10), 1);
  const next = await table.planSession({
    by: karim,
    at: at(9, '10:00'),
    startsAt: atDutchTime(nextDay, '13:30'),
    endsAt: atDutchTime(nextDay, '16:00'),
    location: 'Gemeentehuis Tiel, zaal De Linge',
    onlineUrl: 'https://meet.example.nl/actietafel-rivierenland',
    chair: marieke,
    minuteTaker: karim,
    invitees: [
      [peter, 'jeugdhulp'],
      [youssef, 'jeugdhulp'],
      [sanne, 'welzijn'],
      [linda, 'onderwijs'],
      [thomas, 'werk-en-inkomen'],
    ],
  });
  const agreement = (made: Map<string, string>, what: string) => {
    const id = made.get(what);
    if (!id) throw new Error(`demo seed: no agreement "${what}"`);
    return id;
  };
  await table.settle(
    agreement(jaydenAgreements, 'Briefadres voor Jayden regelen bij de gemeente Tiel'),
    sanne,
    at(9, '14:00'),
    'Briefadres geregeld bij het jongerenwerk; Jayden heeft de bijstand aangevraagd.',
  );
  await table.settle(
    agreement(noahAgreements, 'Intake plannen en de overbruggingsbehandeling laten starten'),
    youssef,
    at(8, '11:20'),
    'Intake gehouden; Noah heeft wekelijks een gesprek bij de overbruggingsaanbieder.',
  );
  await table.savePlan(daan, sanne, at(8, '15:30'), DAAN_PLAN);

  // The queue fills up again.
  // Eight working days (holidays counted as the triage rule counts them) without triage: overdue.
  await table.escalate(ilias, sanne, addWorkingDays(today, -8), REQUESTS.ilias);
  const femkes = await table.escalate(femke, youssef, day(7), REQUESTS.femke);
  await table.settle(
    agreement(liekeAgreements, 'Begeleiding aanvragen bij de aanbieder en de startdatum doorgeven'),
    youssef,
    at(7, '15:00'),
    'Begeleiding is gestart, twee dagdelen per week.',
  );
  await table.settle(
    agreement(liekeAgreements, 'Stageplek vasthouden en de begeleider uitnodigen voor het stagegesprek'),
    linda,
    at(6, '09:40'),
    'Stagegesprek gevoerd met de begeleider erbij; de stage loopt door.',
  );
  const yasminas = await table.escalate(yasmina, sanne, day(6), REQUESTS.yasmina);
  const daans = await table.escalate(daan, sanne, day(6), REQUESTS.daan);
  await table.step(femkes, 'reject', karim, at(5, '10:30'), {
    reason:
      'Het reguliere overleg is nog niet benut: bespreek Femke eerst in het zorgadviesteam van de school, met de leerplichtambtenaar erbij. Lukt het daar niet, dien dan opnieuw in met de uitkomst.',
  });
  const rubens = await table.escalate(ruben, sanne, day(5), REQUESTS.ruben);
  await table.step(liekes, 'close', karim, at(4, '09:30'), {
    outcome: 'resolved',
    evaluation:
      'Opgelost in één tafelronde zodra het CIZ-besluit er lag. Lieke heeft begeleiding en houdt haar stage. Les: bij een geschil tussen Jeugdwet en Wlz eerst het CIZ-besluit laten aanvragen.',
  });
  await table.step(yasminas, 'accept', karim, at(4, '10:00'));
  await table.step(daans, 'return', karim, at(4, '10:15'), {
    question:
      'Hoe hoog zijn de schulden ongeveer en bij hoeveel schuldeisers? En wil Daan zelf aan tafel komen, of vertegenwoordigt u hem?',
  });
  await table.step(rubens, 'accept', karim, at(3, '09:30'));
  await table.step(yasminas, 'schedule', karim, at(3, '09:40'), { sessionId: next.id });
  await table.draft(sara, sanne, at(2, '15:00'), REQUESTS.sara);
  await table.sendAgenda(next, at(2, '16:00'));
  await table.escalate(milan, youssef, day(1), REQUESTS.milan);
}
