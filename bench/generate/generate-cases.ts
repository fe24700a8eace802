/**
 * Fills a migrated and demo-seeded Sluitend database with realistic Dutch dossiers at scale.
 *
 *   npx ts-node -P bench/tsconfig.json bench/generate/generate-cases.ts \
 *     --database-url postgres://postgres@127.0.0.1:5432/sluitend_bench --cases 100000
 *
 * Options (each also as an environment variable):
 *   --database-url     DATABASE_URL          the database the API has migrated and seeded
 *   --cases            BENCH_CASES           number of dossiers to add (default 100000)
 *   --professionals    BENCH_PROFESSIONALS   generated professionals in the pool (default 400)
 *   --user             BENCH_USER            the stress user (default jongerenwerker@demo.sluitend.nl)
 *   --user-caseload    BENCH_USER_CASELOAD   that user's total caseload to reach (default 1000)
 *   --surname          BENCH_SURNAME         surname of the name-search scenario (default "de Vries")
 *   --surname-share    BENCH_SURNAME_SHARE   share of dossiers with that surname (default 0.02)
 *   --seed             BENCH_SEED            faker seed (default 42): same texts and names on every run
 *   --batch            BENCH_BATCH           dossiers per transaction (default 2000)
 *   --append                                 allowed to add to a database that already has generated data
 *   --escalations      BENCH_ESCALATIONS     Actietafel escalations over three years (default 20% of --cases, 20000 at most)
 *   --agreements       BENCH_AGREEMENTS      their agreements (default 5 per escalation); see generate-actietafel.ts
 *
 * Every dossier gets consents (purpose case-collaboration) for the organisations on its team, recorded by the
 * casusregisseur; about 10% lack the consent of one member's organisation and about 2% have one that expired.
 */
import { fakerNL as faker } from '@faker-js/faker';
import type {
  ActionStatus,
  Carrier,
  ChecklistStatus,
  ConsentGiver,
  DomainAssessment,
  LifeDomainDefinition,
  NetworkRelation,
  PlanGoal,
  Sector,
  SelfSufficiencyScore,
  ToekomstplanContent,
  TransitionItem,
  TransitionTopic,
} from '@sluitend/domain';
// The few values from libs/domain, by file: type imports vanish at run time, so the bench needs
// no path mapping and does not load the whole library while others are changing it.
import { isValidBsn } from '../../libs/domain/src/rules/bsn';
import { ageInYears } from '../../libs/domain/src/rules/age';
import { requiredConsentGivers } from '../../libs/domain/src/privacy/consent-rules';
import { randomUUID } from 'node:crypto';
import { Client, Pool, type PoolClient } from 'pg';
import {
  CLOSED_REASONS,
  DOMAIN_TEXTS,
  GENERIC_TEXTS,
  JOBS,
  KEEP_IT_WISHES,
  MBO_PROGRAMMES,
  NETWORK_NOTES,
  NOT_IN_SCHOOL,
  PARTS,
  PROFESSIONAL_VIEWS,
  SCHOOLS,
  TRANSITION_NOTES,
  WHAT_I_AM_GOOD_AT,
  WHAT_I_WANT,
  type DomainTexts,
} from './dutch-texts';
import { DEFAULT_ACTIETAFEL, generateActietafel, type ActietafelResult } from './generate-actietafel';

export interface GenerateOptions {
  databaseUrl: string;
  cases: number;
  professionals: number;
  userEmail: string;
  userCaseload: number;
  surname: string;
  surnameShare: number;
  seed: number;
  batch: number;
  append: boolean;
  /** The Actietafel's history on top (generate-actietafel.ts); 0 escalations for none. */
  escalations: number;
  agreements: number;
  log: (line: string) => void;
}

export interface GenerateResult {
  cases: number;
  teamMembers: number;
  networkMembers: number;
  planVersions: number;
  planActions: number;
  events: number;
  consents: number;
  /** Dossiers without the consent of one team member's organisation, and with one expired consent. */
  casesMissingConsent: number;
  casesExpiredConsent: number;
  professionalsCreated: number;
  userCaseload: number;
  surnameCases: number;
  surnameCasesOfUser: number;
  bsnCases: number;
  actietafel: ActietafelResult | null;
  seconds: { setup: number; insert: number; analyze: number; total: number };
}

export const DEFAULT_OPTIONS: Omit<GenerateOptions, 'databaseUrl' | 'log'> = {
  cases: 100_000,
  professionals: 400,
  userEmail: 'jongerenwerker@demo.sluitend.nl',
  userCaseload: 1000,
  surname: 'de Vries',
  surnameShare: 0.02,
  seed: 42,
  batch: 2000,
  append: false,
  escalations: DEFAULT_ACTIETAFEL.escalations,
  agreements: DEFAULT_ACTIETAFEL.agreements,
};

/** Marks the generated professionals, so a second run can find and reuse them. */
export const BENCH_EMAIL_DOMAIN = 'bench.sluitend.nl';

/** Rivierenland municipalities weighted by population (roughly, in thousands); any other municipality gets 30. */
const MUNICIPALITY_WEIGHTS: Record<string, number> = {
  Buren: 28,
  Culemborg: 29,
  Maasdriel: 25,
  'Neder-Betuwe': 25,
  Tiel: 42,
  'West Betuwe': 52,
  'West Maas en Waal': 20,
  Zaltbommel: 30,
};

const SECTOR_WEIGHTS: Record<Sector, number> = {
  welzijn: 30,
  jeugdhulp: 30,
  'werk-en-inkomen': 16,
  onderwijs: 17,
  gemeente: 7,
};

const TRANSITION_TOPICS: TransitionTopic[] = [
  'housing',
  'income',
  'health-insurance',
  'care-continuation',
  'school-work',
  'legal',
];
const DAY = 86_400_000;
/** Share of dossiers where one team member's organisation has no consent (yet): it sees the case masked. */
const MISSING_CONSENT_SHARE = 0.1;
/** Share of dossiers older than half a year where one organisation's consent ran out and was not renewed. */
const EXPIRED_CONSENT_SHARE = 0.03;
/** Share of consents given for a limited time (still running); the rest hold until withdrawn. */
const LIMITED_CONSENT_SHARE = 0.25;

interface Professional {
  id: string;
  name: string;
  sector: Sector;
  organisationId: string;
  organisationName: string;
}

interface Context {
  regionLifeDomains: LifeDomainDefinition[];
  municipalities: Array<{ id: string; name: string; weight: number }>;
  pool: Professional[];
  /** Professionals who may lead a case: not the schools. */
  leadPool: Professional[];
  user: Professional;
  /** Probability of replacing a drawn surname by the search scenario's, on top of faker's own rate. */
  surnameTopUp: number;
  now: number;
  /**
   * The consents' own random stream: drawing them from faker would shift every name and text after the
   * first dossier, and the figures before consents existed could no longer be compared on the same data.
   */
  consentRandom: () => number;
}

/** Rows of one transaction, column arrays per table (for INSERT ... SELECT FROM unnest). */
class Batch {
  cases: unknown[][] = [];
  team: unknown[][] = [];
  network: unknown[][] = [];
  plans: unknown[][] = [];
  actions: unknown[][] = [];
  events: unknown[][] = [];
  consents: unknown[][] = [];
}

// ---------------------------------------------------------------------------------------------
// Small helpers

const pick = <T>(items: readonly T[]): T => items[faker.number.int(items.length - 1)];
const chance = (probability: number): boolean => faker.number.float() < probability;
const between = (min: number, max: number): number => faker.number.int({ min, max });
const isoDate = (time: number): string => new Date(time).toISOString().slice(0, 10);
const iso = (time: number): string => new Date(time).toISOString();

function weighted<T>(entries: ReadonlyArray<readonly [T, number]>): T {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = faker.number.float() * total;
  for (const [value, weight] of entries) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return entries[entries.length - 1][0];
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/** Generate then check: 8 random digits, the 9th from the elfproef, retried when it would be 10. */
export function randomBsn(): string {
  for (;;) {
    const digits = [between(1, 9), ...Array.from({ length: 7 }, () => between(0, 9))];
    const sum = digits.reduce((acc, digit, index) => acc + digit * (9 - index), 0);
    const last = sum % 11;
    if (last === 10) continue;
    const bsn = `${digits.join('')}${last}`;
    if (isValidBsn(bsn)) return bsn;
  }
}

function ascii(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

function mobile(): string {
  return `06-${faker.string.numeric(8)}`;
}

/** mulberry32: a small seeded generator for the consents' stream, apart from faker's. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

// ---------------------------------------------------------------------------------------------
// One dossier

interface GeneratedCase {
  lastName: string;
  hasBsn: boolean;
  userOnTeam: boolean;
  consent: ConsentOutcome;
}

type ConsentOutcome = 'full' | 'missing' | 'expired';

function generateCase(
  context: Context,
  batch: Batch,
  withUser: boolean,
  options: GenerateOptions,
  bsns: Set<string>,
): GeneratedCase {
  const { now } = context;
  const id = randomUUID();
  const sex = chance(0.5) ? 'male' : 'female';
  const firstName = faker.person.firstName(sex);
  let lastName = faker.person.lastName();
  // Top up the surname of the search scenario to its share (faker already draws it now and then).
  if (lastName !== options.surname && chance(context.surnameTopUp)) lastName = options.surname;

  const age = between(12, 23);
  const birth = now - age * 365.25 * DAY - faker.number.int(364) * DAY;
  const dateOfBirth = isoDate(birth);
  let bsn: string | null = null;
  if (chance(0.5)) {
    do bsn = randomBsn();
    while (bsns.has(bsn));
    bsns.add(bsn);
  }
  const municipality = weighted(context.municipalities.map((m) => [m, m.weight] as const));
  const schoolOrWork =
    age < 16
      ? `${pick(SCHOOLS)}, klas ${between(1, 4)}`
      : weighted<string>([
          [`MBO College Rivierenland, ${pick(MBO_PROGRAMMES)}`, 35],
          [`${pick(SCHOOLS)}, klas ${between(3, 6)}`, age < 18 ? 20 : 2],
          [pick(JOBS), age >= 17 ? 25 : 5],
          [pick(NOT_IN_SCHOOL), 12],
          ['', 6],
        ]);

  // Older dossiers are rarer: most were opened in the last year.
  const createdAt = now - Math.floor(Math.pow(faker.number.float(), 1.6) * 3 * 365 * DAY) - faker.number.int(DAY);
  const closed = createdAt < now - 60 * DAY && chance(0.3);

  // Team: a casusregisseur and 1-4 others, from different organisations where possible.
  const lead = withUser && chance(0.5) ? context.user : pickLead(context);
  const team: Array<{ professional: Professional; part: string; lead: boolean }> = [
    { professional: lead, part: chance(0.4) ? 'casusregisseur' : leadPart(lead), lead: true },
  ];
  if (withUser && lead !== context.user)
    team.push({ professional: context.user, part: pick(PARTS[context.user.sector]), lead: false });
  const others = weighted<number>([
    [1, 35],
    [2, 35],
    [3, 20],
    [4, 10],
  ]);
  let attempts = 0;
  while (team.length < others + 1 && attempts++ < 20) {
    const candidate = pick(context.pool);
    if (candidate === context.user || team.some((member) => member.professional.id === candidate.id)) continue;
    team.push({ professional: candidate, part: pick(PARTS[candidate.sector]), lead: false });
  }
  // When each organisation joined the team: its consent is given then.
  const joined = new Map<string, number>();
  for (const [index, member] of team.entries()) {
    const addedAt = Math.min(index === 0 ? createdAt : createdAt + faker.number.int(20 * DAY), now);
    batch.team.push([randomUUID(), id, member.professional.id, member.part, member.lead, iso(addedAt)]);
    const organisationId = member.professional.organisationId;
    joined.set(organisationId, Math.min(addedAt, joined.get(organisationId) ?? addedAt));
  }
  const consent = addConsents(context, batch, id, dateOfBirth, lead, joined, createdAt);

  // Informal network: 0-3 people.
  const networkSize = weighted<number>([
    [0, 20],
    [1, 35],
    [2, 30],
    [3, 15],
  ]);
  const network: Array<{ name: string; relation: NetworkRelation; word: string }> = [];
  for (let n = 0; n < networkSize; n++) {
    const relation = weighted<NetworkRelation>([
      ['parent', 40],
      ['guardian', 5],
      ['jim', 15],
      ['family', 25],
      ['friend', 10],
      ['other', 5],
    ]);
    const memberSex = chance(0.5) ? 'male' : 'female';
    const sharesName = (relation === 'parent' || relation === 'family') && chance(0.7);
    const name = `${faker.person.firstName(memberSex)} ${sharesName ? lastName : faker.person.lastName()}`;
    const word =
      relation === 'parent'
        ? memberSex === 'male'
          ? 'vader'
          : 'moeder'
        : relation === 'family'
          ? pick(memberSex === 'male' ? ['oom', 'opa', 'broer', 'neef'] : ['tante', 'oma', 'zus', 'nicht'])
          : relation === 'jim'
            ? 'JIM'
            : relation === 'guardian'
              ? 'voogd'
              : relation === 'friend'
                ? memberSex === 'male'
                  ? 'vriend'
                  : 'vriendin'
                : 'buurvrouw';
    network.push({ name, relation, word });
    batch.network.push([
      randomUUID(),
      id,
      name,
      relation,
      chance(0.85) ? mobile() : null,
      chance(0.3)
        ? `${ascii(name.split(' ')[0])}${between(1, 99)}@${pick(['gmail.com', 'hotmail.com', 'outlook.com', 'ziggo.nl', 'kpnmail.nl'])}`
        : null,
      chance(0.35) ? pick(NETWORK_NOTES) : null,
      iso(Math.min(createdAt + faker.number.int(30 * DAY), now)),
    ]);
  }

  // Toekomstplan version 1, sometimes a version 2.
  const v1At = Math.min(createdAt + between(1, 30) * DAY, now - faker.number.int(DAY));
  const values = {
    naam: firstName,
    plaats: municipality.name,
    school: pick(SCHOOLS),
    bedrag: String(between(3, 60) * 100),
  };
  const content = generatePlan(context, {
    values,
    age,
    savedAt: v1At,
    team: team.map((member) => member.professional),
    network,
    closed,
  });
  const lastEventAt = v1At;
  const events: Array<[number, string | null, string, string, Record<string, unknown>]> = [
    [createdAt, lead.id, 'case.opened', 'Dossier geopend', { casusregisseurUserId: lead.id }],
  ];
  batch.plans.push([randomUUID(), id, 1, null, 'save', JSON.stringify(content), iso(v1At), lead.id]);
  events.push([
    v1At,
    lead.id,
    'toekomstplan.saved',
    'Toekomstplan opgeslagen (versie 1)',
    { version: 1, basedOn: null },
  ]);
  let current = content;
  let currentNumber = 1;
  let updatedAt = lastEventAt;
  if (chance(0.25) && v1At < now - 2 * DAY) {
    const v2At = v1At + faker.number.int(Math.max(1, Math.min(now - v1At - DAY, 120 * DAY)));
    const next = structuredClone(content);
    const actions = next.domains.flatMap((domain) => domain.goals.flatMap((goal) => goal.actions));
    const actor = pick(team).professional;
    if (chance(0.6) && actions.length > 0) {
      const action = pick(actions);
      const previous = action.status;
      action.status =
        previous === 'open'
          ? 'in-progress'
          : previous === 'in-progress'
            ? 'done'
            : previous === 'stuck'
              ? 'in-progress'
              : 'done';
      batch.plans.push([randomUUID(), id, 2, 1, 'action-status', JSON.stringify(next), iso(v2At), actor.id]);
      events.push([
        v2At,
        actor.id,
        'toekomstplan.action-status',
        `Actie "${action.description}": ${previous} → ${action.status} (versie 2)`.slice(0, 300),
        { actionId: action.id, from: previous, to: action.status, version: 2, basedOn: 1 },
      ]);
    } else {
      for (const domain of next.domains) {
        if (domain.score !== null && domain.score < 5 && chance(0.3))
          domain.score = (domain.score + 1) as SelfSufficiencyScore;
      }
      next.professionalView = `${next.professionalView} Na de evaluatie: er is voortgang, de afspraken lopen.`;
      batch.plans.push([randomUUID(), id, 2, 1, 'save', JSON.stringify(next), iso(v2At), actor.id]);
      events.push([
        v2At,
        actor.id,
        'toekomstplan.saved',
        'Toekomstplan opgeslagen (versie 2)',
        { version: 2, basedOn: 1 },
      ]);
    }
    current = next;
    currentNumber = 2;
    updatedAt = v2At;
  }
  for (const domain of current.domains) {
    for (const goal of domain.goals) {
      for (const action of goal.actions) {
        batch.actions.push([
          id,
          action.id,
          domain.domain,
          goal.description,
          action.description,
          action.owner.userId,
          action.owner.organisationId,
          action.deadline,
          action.status,
          currentNumber,
        ]);
      }
    }
  }

  let closedAt: number | null = null;
  let closedReason: string | null = null;
  if (closed) {
    closedAt = Math.min(updatedAt + between(14, 200) * DAY, now - faker.number.int(DAY));
    closedReason = pick(CLOSED_REASONS);
    updatedAt = closedAt;
    events.push([closedAt, lead.id, 'case.closed', 'Dossier gesloten', { reason: closedReason }]);
  }
  for (const [at, actor, kind, summary, details] of events) {
    batch.events.push([randomUUID(), id, iso(at), actor, kind, summary, JSON.stringify(details)]);
  }

  const street = `${faker.location.street()} ${faker.location.buildingNumber()}`;
  batch.cases.push([
    id,
    firstName,
    lastName,
    dateOfBirth,
    bsn,
    municipality.id,
    schoolOrWork || null,
    chance(0.75) ? mobile() : null,
    chance(0.5)
      ? `${ascii(firstName)}.${ascii(lastName)}${between(1, 999)}@${pick(['gmail.com', 'hotmail.com', 'outlook.com', 'icloud.com'])}`
      : null,
    chance(0.8) ? `${street}, ${faker.location.zipCode()} ${municipality.name}` : null,
    closed ? 'closed' : 'open',
    closedReason,
    closedAt === null ? null : iso(closedAt),
    lead.id,
    1 + (currentNumber === 2 ? 1 : 0) + (closed ? 1 : 0),
    iso(createdAt),
    iso(updatedAt),
  ]);
  return {
    lastName,
    hasBsn: bsn !== null,
    userOnTeam: team.some((member) => member.professional === context.user),
    consent,
  };
}

/**
 * One consent per organisation on the team (purpose case-collaboration, basis consent), given when the
 * organisation joined and recorded by the casusregisseur. The lead's organisation always has one (opening a
 * case registers it); in some dossiers another member's organisation has none, or one organisation's ran out.
 */
function addConsents(
  context: Context,
  batch: Batch,
  caseId: string,
  dateOfBirth: string,
  lead: Professional,
  joined: Map<string, number>,
  createdAt: number,
): ConsentOutcome {
  const random = context.consentRandom;
  const { now } = context;
  const organisations = [...joined.keys()];
  let outcome: ConsentOutcome = 'full';
  let missing: string | null = null;
  const others = organisations.filter((organisationId) => organisationId !== lead.organisationId);
  if (others.length > 0 && random() < MISSING_CONSENT_SHARE) {
    missing = others[Math.floor(random() * others.length)];
    outcome = 'missing';
  }
  let expired: string | null = null;
  if (outcome === 'full' && createdAt < now - 180 * DAY && random() < EXPIRED_CONSENT_SHARE) {
    expired = organisations[Math.floor(random() * organisations.length)];
    outcome = 'expired';
  }
  for (const organisationId of organisations) {
    if (organisationId === missing) continue;
    const givenAt = joined.get(organisationId) ?? createdAt;
    const givenOn = isoDate(givenAt);
    let validUntil: string | null = null;
    if (organisationId === expired) {
      // Ran out between three months after it was given and yesterday.
      const from = givenAt + 90 * DAY;
      validUntil = isoDate(from + random() * Math.max(0, now - DAY - from));
    } else if (random() < LIMITED_CONSENT_SHARE) {
      validUntil = isoDate(now + (30 + Math.floor(random() * 510)) * DAY);
    }
    // From 16 the jongere consents alone; from 12 to 15 together with a parent or guardian (consent-rules.ts).
    const givenBy: ConsentGiver[] = requiredConsentGivers(ageInYears(dateOfBirth, givenOn));
    batch.consents.push([
      randomUUID(),
      caseId,
      organisationId,
      `{${givenBy.join(',')}}`,
      givenOn,
      validUntil,
      lead.id,
      iso(givenAt),
    ]);
  }
  return outcome;
}

/** Anyone but the stress user, whose caseload is exactly the dossiers chosen for it. */
function pickLead(context: Context): Professional {
  for (;;) {
    const candidate = pick(context.leadPool);
    if (candidate !== context.user) return candidate;
  }
}

function leadPart(lead: Professional): string {
  return lead.sector === 'welzijn' ? pick(['trajectbegeleider', 'jongerenwerker']) : pick(PARTS[lead.sector]);
}

interface PlanInput {
  values: Record<string, string>;
  age: number;
  savedAt: number;
  team: Professional[];
  network: Array<{ name: string; relation: NetworkRelation; word: string }>;
  closed: boolean;
}

function generatePlan(context: Context, input: PlanInput): ToekomstplanContent {
  const { values, savedAt, team } = input;
  const domains: DomainAssessment[] = context.regionLifeDomains.map((definition) => {
    const texts: DomainTexts = DOMAIN_TEXTS[definition.key] ?? GENERIC_TEXTS;
    if (chance(0.12)) {
      return { domain: definition.key, situation: '', wish: '', score: null, carriedBy: null, goals: [] };
    }
    const score = weighted<SelfSufficiencyScore>([
      [1, 8],
      [2, 20],
      [3, 32],
      [4, 25],
      [5, 15],
    ]);
    const band = score <= 2 ? 0 : score === 3 ? 1 : 2;
    const carriedBy: Carrier =
      score <= 2
        ? 'professional-help'
        : score === 3
          ? pick(['network', 'professional-help'] as const)
          : pick(['own-strength', 'network'] as const);
    return {
      domain: definition.key,
      situation: fill(pick(texts.situations[band]), values),
      wish: score >= 4 ? (chance(0.6) ? '' : pick(KEEP_IT_WISHES)) : fill(pick(texts.wishes), values),
      score,
      carriedBy,
      goals: [],
    };
  });

  // 1-3 goals on the weakest domains, each with 1-3 actions owned by team members.
  const goalCount = weighted<number>([
    [1, 40],
    [2, 40],
    [3, 20],
  ]);
  const candidates = domains
    .filter((domain) => domain.score !== null)
    .sort((a, b) => (a.score ?? 5) - (b.score ?? 5) || faker.number.float() - 0.5)
    .slice(0, goalCount);
  if (candidates.length === 0) candidates.push(domains[0]);
  for (const domain of candidates) {
    const texts = DOMAIN_TEXTS[domain.domain] ?? GENERIC_TEXTS;
    const template = pick(texts.goals);
    const actionCount = Math.min(
      template.actions.length,
      weighted<number>([
        [1, 35],
        [2, 45],
        [3, 20],
      ]),
    );
    const chosen = faker.helpers.arrayElements(template.actions, actionCount);
    const goal: PlanGoal = { id: randomUUID(), description: fill(template.description, values), actions: [] };
    for (const [description, sector] of chosen) {
      const owner = team.find((member) => member.sector === sector) ?? pick(team);
      const byOrganisation = chance(0.08);
      const deadline = savedAt + between(-3, 120) * DAY;
      const due = deadline < context.now;
      const status: ActionStatus = input.closed
        ? weighted<ActionStatus>([
            ['done', 85],
            ['stuck', 10],
            ['in-progress', 5],
          ])
        : due
          ? weighted<ActionStatus>([
              ['done', 60],
              ['stuck', 15],
              ['in-progress', 15],
              ['open', 10],
            ])
          : weighted<ActionStatus>([
              ['open', 50],
              ['in-progress', 40],
              ['stuck', 10],
            ]);
      goal.actions.push({
        id: randomUUID(),
        description,
        owner: byOrganisation
          ? { userId: null, organisationId: owner.organisationId }
          : { userId: owner.id, organisationId: null },
        deadline: chance(0.9) ? isoDate(deadline) : null,
        status,
      });
    }
    domain.goals.push(goal);
  }

  const helpers = input.network.slice(0, 2).map((member) => `mijn ${member.word} ${member.name.split(' ')[0]}`);
  const lead = team[0];
  helpers.push(`${lead.name.split(' ')[0]} van ${lead.organisationName}`);
  const transition: TransitionItem[] =
    input.age >= 16 && input.age <= 18
      ? TRANSITION_TOPICS.map((topic) => ({
          topic,
          ownerUserId: chance(0.7) ? pick(team).id : null,
          status: weighted<ChecklistStatus>([
            ['open', 45],
            ['in-progress', 35],
            ['done', 20],
          ]),
          note: chance(0.6) ? pick(TRANSITION_NOTES[topic]) : '',
        }))
      : [];
  const weakest = candidates[0];
  const weakestLabel =
    context.regionLifeDomains.find((definition) => definition.key === weakest.domain)?.label.toLowerCase() ??
    weakest.domain;
  return {
    myFuture: {
      whatIWant: fill(pick(WHAT_I_WANT), values),
      whatIAmGoodAt: chance(0.85) ? pick(WHAT_I_AM_GOOD_AT) : '',
      whoHelpsMe: capitalise(helpers.join(', ').replace(/, ([^,]*)$/, ' en $1')) + '.',
    },
    professionalView: `${fill(pick(PROFESSIONAL_VIEWS), values)} De meeste zorgen zitten op ${weakestLabel}.`,
    domains,
    evaluationDate: chance(0.85) ? isoDate(savedAt + between(42, 180) * DAY) : null,
    transitionChecklist: transition,
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// ---------------------------------------------------------------------------------------------
// Database

async function setUp(
  client: Client,
  options: GenerateOptions,
): Promise<{ context: Context; created: number; existingCaseload: number }> {
  const regions = await client.query<{ id: string; life_domains: LifeDomainDefinition[] }>(
    `SELECT id, life_domains FROM region ORDER BY created_at LIMIT 1`,
  );
  if (regions.rowCount === 0)
    throw new Error('No region found: start the API once with SEED_DEMO=true against this database first.');
  const region = regions.rows[0];
  const municipalityRows = await client.query<{ id: string; name: string }>(
    `SELECT id, name FROM municipality WHERE region_id = $1 ORDER BY name`,
    [region.id],
  );
  const organisations = await client.query<{ id: string; name: string; sector: Sector }>(
    `SELECT id, name, sector FROM organisation WHERE region_id = $1 AND active ORDER BY name`,
    [region.id],
  );
  const userRow = await client.query<{
    id: string;
    name: string;
    password_hash: string;
    organisation_id: string;
    organisation_name: string;
    sector: Sector;
  }>(
    `SELECT u.id, u.name, u.password_hash, u.organisation_id, o.name AS organisation_name, o.sector FROM app_user u JOIN organisation o ON o.id = u.organisation_id WHERE u.email = $1`,
    [options.userEmail],
  );
  if (userRow.rowCount === 0) throw new Error(`User ${options.userEmail} not found: is the demo seeded?`);
  const user = userRow.rows[0];

  const generatedCases = await client.query<{ count: string }>(
    `SELECT count(*) FROM case_file c JOIN app_user u ON u.id = c.created_by WHERE u.email LIKE $1`,
    [`%@${BENCH_EMAIL_DOMAIN}`],
  );
  if (Number(generatedCases.rows[0].count) > 0 && !options.append) {
    throw new Error(
      `This database already holds ${generatedCases.rows[0].count} generated dossiers; pass --append to add more.`,
    );
  }

  // The pool: professionals of the demo (role professional) plus generated ones.
  const demoProfessionals = await client.query<{
    id: string;
    name: string;
    organisation_id: string;
    organisation_name: string;
    sector: Sector;
  }>(
    `SELECT u.id, u.name, u.organisation_id, o.name AS organisation_name, o.sector FROM app_user u JOIN organisation o ON o.id = u.organisation_id
      WHERE u.active AND 'professional' = ANY(u.roles) AND u.email NOT LIKE $1 AND o.region_id = $2`,
    [`%@${BENCH_EMAIL_DOMAIN}`, region.id],
  );
  let generated = await client.query<{
    id: string;
    name: string;
    organisation_id: string;
    organisation_name: string;
    sector: Sector;
  }>(
    `SELECT u.id, u.name, u.organisation_id, o.name AS organisation_name, o.sector FROM app_user u JOIN organisation o ON o.id = u.organisation_id WHERE u.email LIKE $1`,
    [`%@${BENCH_EMAIL_DOMAIN}`],
  );
  let created = 0;
  if (generated.rowCount === 0 && options.professionals > 0) {
    const bySector = new Map<Sector, Array<{ id: string }>>();
    for (const organisation of organisations.rows) {
      bySector.set(organisation.sector, [...(bySector.get(organisation.sector) ?? []), organisation]);
    }
    const sectors = (Object.keys(SECTOR_WEIGHTS) as Sector[]).filter((sector) => bySector.has(sector));
    const rows: unknown[][] = [];
    for (let n = 0; n < options.professionals; n++) {
      const sector = weighted(sectors.map((s) => [s, SECTOR_WEIGHTS[s]] as const));
      const organisation = pick(bySector.get(sector) ?? organisations.rows);
      const sex = chance(0.6) ? 'female' : 'male';
      const first = faker.person.firstName(sex);
      const last = faker.person.lastName();
      const email = `${ascii(first)}.${ascii(last)}.${n + 1}@${BENCH_EMAIL_DOMAIN}`;
      // The stress user's password hash: every generated professional can sign in with the demo password.
      rows.push([randomUUID(), email, `${first} ${last}`, user.password_hash, organisation.id, ['professional']]);
    }
    await client.query(
      `INSERT INTO app_user (id, email, name, password_hash, organisation_id, roles, version)
       SELECT id, email, name, password_hash, organisation_id, string_to_array(roles, ',')::varchar[], 1
         FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::varchar[], $5::uuid[], $6::text[])
           AS t(id, email, name, password_hash, organisation_id, roles)`,
      columns(
        rows.map((row) => [...row.slice(0, 5), (row[5] as string[]).join(',')]),
        6,
      ),
    );
    created = rows.length;
    generated = await client.query(
      `SELECT u.id, u.name, u.organisation_id, o.name AS organisation_name, o.sector FROM app_user u JOIN organisation o ON o.id = u.organisation_id WHERE u.email LIKE $1`,
      [`%@${BENCH_EMAIL_DOMAIN}`],
    );
  }
  const pool: Professional[] = [...demoProfessionals.rows, ...generated.rows].map((row) => ({
    id: row.id,
    name: row.name,
    sector: row.sector,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
  }));
  const stress = pool.find((professional) => professional.id === user.id) ?? {
    id: user.id,
    name: user.name,
    sector: user.sector,
    organisationId: user.organisation_id,
    organisationName: user.organisation_name,
  };
  if (!pool.includes(stress)) pool.push(stress);
  const existing = await client.query<{ count: string }>(`SELECT count(*) FROM case_team_member WHERE user_id = $1`, [
    user.id,
  ]);
  // How often faker draws the surname by itself, to top it up to the requested share.
  let natural = 0;
  for (let n = 0; n < 20_000; n++) if (faker.person.lastName() === options.surname) natural++;
  const naturalShare = natural / 20_000;
  const surnameTopUp = Math.max(0, (options.surnameShare - naturalShare) / (1 - naturalShare));
  const now = Date.now();
  return {
    created,
    existingCaseload: Number(existing.rows[0].count),
    context: {
      regionLifeDomains: region.life_domains,
      municipalities: municipalityRows.rows.map((row) => ({ ...row, weight: MUNICIPALITY_WEIGHTS[row.name] ?? 30 })),
      pool,
      leadPool: pool.filter((professional) => professional.sector !== 'onderwijs'),
      user: stress,
      surnameTopUp,
      now,
      consentRandom: seededRandom(options.seed ^ 0x5eed_c0de),
    },
  };
}

/** Rows to column arrays, the shape unnest() takes. */
function columns(rows: unknown[][], width: number): unknown[][] {
  const result: unknown[][] = Array.from({ length: width }, () => new Array(rows.length));
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    for (let c = 0; c < width; c++) result[c][r] = row[c];
  }
  return result;
}

const INSERTS = {
  cases: `INSERT INTO case_file (id, first_name, last_name, date_of_birth, bsn, municipality_id, school_or_work, contact_phone,
            contact_email, contact_address, status, closed_reason, closed_at, created_by, version, created_at, updated_at)
          SELECT * FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::date[], $5::varchar[], $6::uuid[], $7::varchar[],
            $8::varchar[], $9::varchar[], $10::varchar[], $11::varchar[], $12::varchar[], $13::timestamptz[], $14::uuid[],
            $15::int[], $16::timestamptz[], $17::timestamptz[])`,
  team: `INSERT INTO case_team_member (id, case_id, user_id, part, is_casusregisseur, added_at)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::varchar[], $5::bool[], $6::timestamptz[])`,
  network: `INSERT INTO case_network_member (id, case_id, name, relation, phone, email, note, created_at)
            SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::varchar[], $4::varchar[], $5::varchar[], $6::varchar[], $7::varchar[],
              $8::timestamptz[])`,
  plans: `INSERT INTO toekomstplan_version (id, case_id, number, based_on, reason, content, created_at, created_by)
          SELECT id, case_id, number, based_on, reason, content::jsonb, created_at, created_by
            FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::int[], $5::varchar[], $6::text[], $7::timestamptz[], $8::uuid[])
              AS t(id, case_id, number, based_on, reason, content, created_at, created_by)`,
  actions: `INSERT INTO plan_action (case_id, action_id, domain, goal_description, description, owner_user_id, owner_organisation_id,
              deadline, status, plan_version)
            SELECT * FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::varchar[], $5::varchar[], $6::uuid[], $7::uuid[],
              $8::date[], $9::varchar[], $10::int[])`,
  events: `INSERT INTO case_event (id, case_id, at, actor_user_id, kind, summary, details)
           SELECT id, case_id, at, actor_user_id, kind, summary, details::jsonb
             FROM unnest($1::uuid[], $2::uuid[], $3::timestamptz[], $4::uuid[], $5::varchar[], $6::varchar[], $7::text[])
               AS t(id, case_id, at, actor_user_id, kind, summary, details)`,
  consents: `INSERT INTO consent (id, case_id, scope, organisation_id, purpose, basis, given_by, given_on, valid_until,
               recorded_by, recorded_at, version)
             SELECT id, case_id, 'organisation', organisation_id, 'case-collaboration', 'consent', given_by::varchar[],
                    given_on, valid_until, recorded_by, recorded_at, 1
               FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::date[], $6::date[], $7::uuid[],
                 $8::timestamptz[]) AS t(id, case_id, organisation_id, given_by, given_on, valid_until, recorded_by, recorded_at)`,
};

const WIDTHS = { cases: 17, team: 6, network: 8, plans: 8, actions: 10, events: 7, consents: 8 } as const;

async function insertBatch(pool: Pool, batch: Batch): Promise<void> {
  const client: PoolClient = await pool.connect();
  try {
    await client.query('BEGIN');
    for (const table of ['cases', 'team', 'consents', 'network', 'plans', 'actions', 'events'] as const) {
      const rows = batch[table];
      if (rows.length > 0) await client.query(INSERTS[table], columns(rows, WIDTHS[table]));
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

// ---------------------------------------------------------------------------------------------

export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const log = options.log;
  const started = performance.now();
  faker.seed(options.seed);
  const client = new Client({ connectionString: options.databaseUrl });
  await client.connect();
  let setupSeconds = 0;
  let insertSeconds = 0;
  let analyzeSeconds = 0;
  const counts = {
    teamMembers: 0,
    networkMembers: 0,
    planVersions: 0,
    planActions: 0,
    events: 0,
    consents: 0,
    missingConsent: 0,
    expiredConsent: 0,
    surname: 0,
    surnameOfUser: 0,
    bsn: 0,
  };
  let setup: Awaited<ReturnType<typeof setUp>> | undefined;
  let caseload = 0;
  let actietafel: ActietafelResult | null = null;
  try {
    setup = await setUp(client, options);
    setupSeconds = (performance.now() - started) / 1000;
    const { context } = setup;
    const needed = Math.max(0, Math.min(options.cases, options.userCaseload - setup.existingCaseload));
    log(
      `Generating ${options.cases.toLocaleString('en-US')} dossiers (seed ${options.seed}): pool of ${context.pool.length} professionals ` +
        `(${setup.created} created), ${options.userEmail} joins ${needed} of them (now on ${setup.existingCaseload}).`,
    );
    // Which dossiers get the stress user: `needed` distinct indices, spread over the run.
    const withUser = new Set<number>();
    while (withUser.size < needed) withUser.add(faker.number.int(options.cases - 1));

    const pool = new Pool({ connectionString: options.databaseUrl, max: 2 });
    // Generated data can be regenerated: no need to wait for the WAL flush at every commit.
    pool.on('connect', (connection) => void connection.query('SET synchronous_commit = off'));
    const bsns = new Set<string>();
    const inFlight: Array<Promise<Error | null>> = [];
    const insertStarted = performance.now();
    let lastReport = insertStarted;
    try {
      for (let start = 0; start < options.cases; start += options.batch) {
        const batch = new Batch();
        const end = Math.min(options.cases, start + options.batch);
        for (let index = start; index < end; index++) {
          const generatedCase = generateCase(context, batch, withUser.has(index), options, bsns);
          if (generatedCase.lastName === options.surname) {
            counts.surname++;
            if (generatedCase.userOnTeam) counts.surnameOfUser++;
          }
          if (generatedCase.hasBsn) counts.bsn++;
          if (generatedCase.consent === 'missing') counts.missingConsent++;
          if (generatedCase.consent === 'expired') counts.expiredConsent++;
        }
        counts.teamMembers += batch.team.length;
        counts.networkMembers += batch.network.length;
        counts.planVersions += batch.plans.length;
        counts.planActions += batch.actions.length;
        counts.events += batch.events.length;
        counts.consents += batch.consents.length;
        // Generate the next batch while Postgres writes this one; at most two in flight.
        inFlight.push(
          insertBatch(pool, batch).then(
            () => null,
            (error: Error) => error,
          ),
        );
        if (inFlight.length >= 2) {
          const error = await inFlight.shift();
          if (error) throw error;
        }
        const elapsed = (performance.now() - insertStarted) / 1000;
        if (performance.now() - lastReport > 5000 || end === options.cases) {
          lastReport = performance.now();
          log(
            `  ${end.toLocaleString('en-US').padStart(9)} / ${options.cases.toLocaleString('en-US')} dossiers ` +
              `(${Math.round((end / options.cases) * 100)}%) in ${elapsed.toFixed(1)} s, ${Math.round(end / elapsed).toLocaleString('en-US')}/s`,
          );
        }
      }
      for (const pending of inFlight.splice(0)) {
        const error = await pending;
        if (error) throw error;
      }
    } finally {
      await Promise.allSettled(inFlight);
      await pool.end();
    }
    insertSeconds = (performance.now() - insertStarted) / 1000;
    log(`Inserted in ${insertSeconds.toFixed(1)} s.`);
    if (options.escalations > 0)
      actietafel = await generateActietafel({
        databaseUrl: options.databaseUrl,
        escalations: options.escalations,
        agreements: options.agreements,
        years: DEFAULT_ACTIETAFEL.years,
        seed: options.seed,
        log,
      });
    log('VACUUM (ANALYZE) ...');
    const analyzeStarted = performance.now();
    await client.query('VACUUM (ANALYZE)');
    analyzeSeconds = (performance.now() - analyzeStarted) / 1000;
    const caseloadRow = await client.query<{ count: string }>(
      `SELECT count(*) FROM case_team_member WHERE user_id = $1`,
      [context.user.id],
    );
    caseload = Number(caseloadRow.rows[0].count);
  } finally {
    await client.end();
  }
  const total = (performance.now() - started) / 1000;
  const result: GenerateResult = {
    cases: options.cases,
    teamMembers: counts.teamMembers,
    networkMembers: counts.networkMembers,
    planVersions: counts.planVersions,
    planActions: counts.planActions,
    events: counts.events,
    consents: counts.consents,
    casesMissingConsent: counts.missingConsent,
    casesExpiredConsent: counts.expiredConsent,
    professionalsCreated: setup.created,
    userCaseload: caseload,
    surnameCases: counts.surname,
    surnameCasesOfUser: counts.surnameOfUser,
    bsnCases: counts.bsn,
    actietafel,
    seconds: { setup: setupSeconds, insert: insertSeconds, analyze: analyzeSeconds, total },
  };
  log(
    `Done in ${total.toFixed(1)} s (set-up ${setupSeconds.toFixed(1)} s, generate+insert ${insertSeconds.toFixed(1)} s, ` +
      `VACUUM ANALYZE ${analyzeSeconds.toFixed(1)} s): ${result.cases.toLocaleString('en-US')} dossiers, ` +
      `${result.teamMembers.toLocaleString('en-US')} team members, ${result.networkMembers.toLocaleString('en-US')} network members, ` +
      `${result.planVersions.toLocaleString('en-US')} plan versions, ${result.planActions.toLocaleString('en-US')} plan actions, ` +
      `${result.events.toLocaleString('en-US')} events, ${result.consents.toLocaleString('en-US')} consents ` +
      `(${result.casesMissingConsent.toLocaleString('en-US')} dossiers missing one organisation's, ` +
      `${result.casesExpiredConsent.toLocaleString('en-US')} with one expired); ${result.bsnCases.toLocaleString('en-US')} with a BSN; ` +
      `"${options.surname}": ${result.surnameCases.toLocaleString('en-US')} (${((result.surnameCases / result.cases) * 100).toFixed(2)}%), ` +
      `${result.surnameCasesOfUser} of them on ${options.userEmail}'s caseload of ${result.userCaseload}.`,
  );
  return result;
}

// ---------------------------------------------------------------------------------------------
// Command line

/** `--name value`, `--name=value` and bare `--flag`; falls back to the environment variable. */
export function argument(argv: string[], name: string, env?: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === `--${name}`) {
      const next = argv[i + 1];
      return next === undefined || next.startsWith('--') ? 'true' : next;
    }
    if (argv[i].startsWith(`--${name}=`)) return argv[i].slice(name.length + 3);
  }
  return env ? process.env[env] || undefined : undefined;
}

export function numberArgument(argv: string[], name: string, env: string | undefined, fallback: number): number {
  const raw = argument(argv, name, env);
  if (raw === undefined) return fallback;
  const value = Number(raw.replace(/_/g, ''));
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a non-negative number (got "${raw}")`);
  return value;
}

export function optionsFromArgs(
  argv: string[],
  base: Partial<GenerateOptions> = {},
): Omit<GenerateOptions, 'databaseUrl' | 'log'> {
  const defaults = { ...DEFAULT_OPTIONS, ...base };
  return {
    cases: Math.floor(numberArgument(argv, 'cases', 'BENCH_CASES', defaults.cases)),
    professionals: Math.floor(numberArgument(argv, 'professionals', 'BENCH_PROFESSIONALS', defaults.professionals)),
    userEmail: argument(argv, 'user', 'BENCH_USER') ?? defaults.userEmail,
    userCaseload: Math.floor(numberArgument(argv, 'user-caseload', 'BENCH_USER_CASELOAD', defaults.userCaseload)),
    surname: argument(argv, 'surname', 'BENCH_SURNAME') ?? defaults.surname,
    surnameShare: numberArgument(argv, 'surname-share', 'BENCH_SURNAME_SHARE', defaults.surnameShare),
    seed: Math.floor(numberArgument(argv, 'seed', 'BENCH_SEED', defaults.seed)),
    batch: Math.max(1, Math.floor(numberArgument(argv, 'batch', 'BENCH_BATCH', defaults.batch))),
    append: argument(argv, 'append') === 'true' || defaults.append,
    ...actietafelFromArgs(argv, numberArgument(argv, 'cases', 'BENCH_CASES', defaults.cases), base),
  };
}

/**
 * 20,000 escalations and 100,000 agreements for 100,000 dossiers (issue 7), in proportion for fewer dossiers
 * unless given.
 */
export function actietafelFromArgs(
  argv: string[],
  cases: number,
  base: Partial<GenerateOptions> = {},
): { escalations: number; agreements: number } {
  const share = Math.min(1, cases / DEFAULT_OPTIONS.cases);
  const escalations = Math.floor(
    numberArgument(
      argv,
      'escalations',
      'BENCH_ESCALATIONS',
      base.escalations ?? Math.round(DEFAULT_ACTIETAFEL.escalations * share),
    ),
  );
  const agreements = Math.floor(
    numberArgument(
      argv,
      'agreements',
      'BENCH_AGREEMENTS',
      base.agreements ?? Math.round(escalations * (DEFAULT_ACTIETAFEL.agreements / DEFAULT_ACTIETAFEL.escalations)),
    ),
  );
  return { escalations, agreements };
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  const databaseUrl = argument(argv, 'database-url', 'DATABASE_URL');
  if (!databaseUrl) {
    process.stderr.write(
      'Pass --database-url postgres://... (or set DATABASE_URL): a database the API has migrated and seeded.\n',
    );
    process.exit(2);
  }
  generate({ ...optionsFromArgs(argv), databaseUrl, log: (line) => process.stdout.write(`${line}\n`) }).catch(
    (error: unknown) => {
      process.stderr.write(`Generation failed: ${String((error as Error)?.stack ?? error)}\n`);
      process.exit(1);
    },
  );
}
