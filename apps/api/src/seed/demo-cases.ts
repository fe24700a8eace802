import {
  addMonths,
  emptyToekomstplan,
  type ConsentGiver,
  type LifeDomainDefinition,
  type ToekomstplanContent,
} from '@sluitend/domain';
import type { EntityManager } from 'typeorm';
import { CaseEventEntity } from '../cases/entities/case-event.entity';
import { CaseEntity } from '../cases/entities/case.entity';
import { ConsentEntity } from '../consents/entities/consent.entity';
import { NetworkMemberEntity } from '../cases/entities/network-member.entity';
import { TeamMemberEntity } from '../cases/entities/team-member.entity';
import { ToekomstplanVersionEntity } from '../toekomstplan/entities/toekomstplan-version.entity';
import { projectPlanActions } from '../toekomstplan/plan-actions.projection';
import { atDutchTime, plusDays } from './demo-calendar';
import { DEMO_USERS } from './demo-data';

export interface DemoPeople {
  /** E-mail address (DEMO_USERS) → id. */
  users: Map<string, string>;
  /** Organisation key (DEMO_ORGANISATIONS) → id. */
  organisations: Map<string, string>;
  municipalities: Map<string, string>;
  lifeDomains: LifeDomainDefinition[];
  today: string;
}

/** A demo jongere and who opens the dossier: the casusregisseur, with consent for their own organisation. */
export interface DemoJongere {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  municipality: string;
  bsn: string | null;
  givenBy: ConsentGiver[];
  /** The casusregisseur's e-mail address (DEMO_USERS). */
  casusregisseur: string;
  /** Their part on the team. */
  part: string;
  /** The day the dossier was opened (YYYY-MM-DD). */
  openedOn: string;
}

/**
 * Opens a dossier as the casusregisseur does: the case, the casusregisseur on its team, the jongere's consent
 * for the casusregisseur's organisation (purpose case-collaboration), and the timeline entry. Returns its id.
 */
export async function openDemoCase(manager: EntityManager, people: DemoPeople, jongere: DemoJongere): Promise<string> {
  const openedBy = people.users.get(jongere.casusregisseur);
  const organisation = DEMO_USERS.find((user) => user.email === jongere.casusregisseur)?.organisation;
  const organisationId = organisation ? people.organisations.get(organisation) : undefined;
  if (!openedBy || !organisationId) throw new Error(`demo seed: unknown casusregisseur ${jongere.casusregisseur}`);
  const openedAt = atDutchTime(jongere.openedOn, '10:00');
  const inserted = await manager.insert(CaseEntity, {
    firstName: jongere.firstName,
    lastName: jongere.lastName,
    dateOfBirth: jongere.dateOfBirth,
    bsn: jongere.bsn,
    municipalityId: people.municipalities.get(jongere.municipality),
    createdBy: openedBy,
    createdAt: openedAt,
    version: 1,
  });
  const caseId = inserted.identifiers[0]['id'] as string;
  await manager.insert(TeamMemberEntity, {
    caseId,
    userId: openedBy,
    part: jongere.part,
    isCasusregisseur: true,
    addedAt: openedAt,
  });
  await manager.insert(ConsentEntity, {
    caseId,
    scope: 'organisation',
    organisationId,
    purpose: 'case-collaboration',
    basis: 'consent',
    givenBy: jongere.givenBy,
    givenOn: jongere.openedOn,
    recordedBy: openedBy,
    recordedAt: openedAt,
    version: 1,
  });
  await manager.save(
    manager.create(CaseEventEntity, {
      caseId,
      actorUserId: openedBy,
      kind: 'case.opened',
      summary: 'Dossier geopend',
      details: {},
      at: openedAt,
    }),
  );
  return caseId;
}

function noahsPlan(people: DemoPeople, dateOfBirth: string): ToekomstplanContent {
  const plan = emptyToekomstplan(people.lifeDomains, dateOfBirth, people.today);
  const school = people.users.get('school@demo.sluitend.nl') ?? null;
  const jeugdhulp = people.users.get('jeugdhulp@demo.sluitend.nl') ?? null;
  const worker = people.users.get('jongerenwerker@demo.sluitend.nl') ?? null;
  plan.myFuture = {
    whatIWant: 'Ik wil mijn diploma halen en later een eigen kamer in Tiel.',
    whatIAmGoodAt: 'Ik ben goed met mijn handen en ik kan goed met kleine kinderen omgaan.',
    whoHelpsMe: 'Mijn oom Karim en mijn mentor op school.',
  };
  plan.professionalView = 'Noah is gemotiveerd maar raakt snel overvraagd. Schulden bij de zorgverzekeraar lopen op.';
  // Evaluated in ten days: the casusregisseur's notice (two weeks ahead) is due at once in the demo.
  plan.evaluationDate = plusDays(people.today, 10);
  const [wonen, onderwijs, inkomen, gezondheid] = plan.domains;
  Object.assign(wonen, {
    situation: 'Woont bij zijn oom; de kamer is te klein.',
    wish: 'Een eigen kamer.',
    score: 2,
    carriedBy: 'network',
  });
  wonen.goals = [
    {
      id: 'demo-goal-wonen',
      description: 'Voor zijn 18e ingeschreven voor een kamer',
      actions: [
        {
          id: 'demo-action-woningnet',
          description: 'Samen inschrijven bij de woningcorporatie',
          owner: { userId: worker, organisationId: null },
          deadline: plusDays(people.today, -2),
          status: 'in-progress',
        },
      ],
    },
  ];
  Object.assign(onderwijs, {
    situation: 'Tweede jaar praktijkonderwijs, veel verzuim.',
    wish: 'Stage in de bouw.',
    score: 3,
    carriedBy: 'professional-help',
  });
  onderwijs.goals = [
    {
      id: 'demo-goal-stage',
      description: 'Een stageplek in de bouw',
      actions: [
        {
          id: 'demo-action-stage',
          description: 'Stagegesprek bij bouwbedrijf regelen',
          owner: { userId: school, organisationId: null },
          deadline: plusDays(people.today, 10),
          status: 'open',
        },
      ],
    },
  ];
  Object.assign(inkomen, {
    situation: 'Betalingsachterstand zorgverzekering.',
    wish: 'Geen schulden meer.',
    score: 2,
    carriedBy: 'professional-help',
  });
  Object.assign(gezondheid, {
    situation: 'Slaapt slecht, somberheid.',
    wish: 'Lekkerder in mijn vel.',
    score: 3,
    carriedBy: 'professional-help',
  });
  gezondheid.goals = [
    {
      id: 'demo-goal-ggz',
      description: 'Weer goed slapen',
      actions: [
        {
          id: 'demo-action-intake',
          description: 'Intake jeugd-GGZ plannen',
          owner: { userId: jeugdhulp, organisationId: null },
          // Two days left: the "3 days before" reminder is due at once; the woningnet one is overdue.
          deadline: plusDays(people.today, 2),
          status: 'open',
        },
      ],
    },
  ];
  return plan;
}

/**
 * Three dossiers in the demo region, one with a toekomstplan whose actions are owned across sectors, opened
 * forty days before the seed. Returns their ids by first name (Noah, Sara, Daan).
 */
export async function seedDemoCases(manager: EntityManager, people: DemoPeople): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const worker = people.users.get('jongerenwerker@demo.sluitend.nl');
  if (!worker) return ids;
  const openedOn = plusDays(people.today, -40);
  const cases = [
    {
      firstName: 'Noah',
      lastName: 'de Jong',
      // 17½ two days ago (the age clock's checklist reminder); months as the domain counts half birthdays.
      dateOfBirth: addMonths(plusDays(people.today, -2), -(17 * 12 + 6)),
      municipality: 'Tiel',
      bsn: '111222333',
      givenBy: ['jongere'] as ConsentGiver[],
    },
    {
      firstName: 'Sara',
      lastName: 'El Idrissi',
      // 16½ two days ago: the 18-/18+ checklist starts.
      dateOfBirth: addMonths(plusDays(people.today, -2), -(16 * 12 + 6)),
      municipality: 'Culemborg',
      bsn: null,
      givenBy: ['jongere', 'parent-or-guardian'] as ConsentGiver[],
    },
    {
      firstName: 'Daan',
      lastName: 'Verbeek',
      // 18 and five months three days ago: one month is left to resume youth care (the resume-window notice).
      dateOfBirth: addMonths(plusDays(people.today, -3), -(18 * 12 + 5)),
      municipality: 'Zaltbommel',
      bsn: null,
      givenBy: ['jongere'] as ConsentGiver[],
    },
  ];
  for (const [index, demo] of cases.entries()) {
    const caseId = await openDemoCase(manager, people, {
      ...demo,
      casusregisseur: 'jongerenwerker@demo.sluitend.nl',
      part: 'trajectbegeleider',
      openedOn,
    });
    ids.set(demo.firstName, caseId);
    if (index !== 0) continue;
    const consent = (fields: Partial<ConsentEntity>) =>
      manager.insert(ConsentEntity, {
        caseId,
        purpose: 'case-collaboration',
        basis: 'consent',
        givenBy: demo.givenBy,
        givenOn: openedOn,
        recordedBy: worker,
        recordedAt: atDutchTime(openedOn, '10:00'),
        version: 1,
        ...fields,
      });
    const members: Array<[string, string]> = [
      ['school@demo.sluitend.nl', 'mentor school'],
      ['jeugdhulp@demo.sluitend.nl', 'behandelaar jeugd-GGZ'],
      ['werk@demo.sluitend.nl', 'consulent Participatiewet'],
    ];
    for (const [email, part] of members) {
      const userId = people.users.get(email);
      if (userId)
        await manager.insert(TeamMemberEntity, { caseId, userId, part, addedAt: atDutchTime(openedOn, '10:05') });
    }
    // Noah agreed to share with youth care and his school; his consent for Werkzaak ran out, so its
    // consulent sees only that the case exists until it is renewed: the demo shows both sides.
    await consent({ scope: 'sector', sector: 'jeugdhulp' });
    // Ends in ten days, so its expiry reminder (two weeks ahead) is due at once in the demo.
    await consent({
      scope: 'organisation',
      organisationId: people.organisations.get('praktijkonderwijs'),
      validUntil: plusDays(people.today, 10),
    });
    await consent({
      scope: 'organisation',
      organisationId: people.organisations.get('werkzaak'),
      givenOn: plusDays(people.today, -400),
      validUntil: plusDays(people.today, -35),
    });
    await manager.insert(NetworkMemberEntity, {
      caseId,
      name: 'Karim de Jong',
      relation: 'family',
      phone: '06-11223344',
    });
    await manager.insert(NetworkMemberEntity, {
      caseId,
      name: 'Esther de Jong',
      relation: 'parent',
      phone: '06-55667788',
    });
    const content = noahsPlan(people, demo.dateOfBirth);
    const savedAt = atDutchTime(plusDays(openedOn, 3), '15:00');
    await manager.insert(ToekomstplanVersionEntity, {
      caseId,
      number: 1,
      basedOn: null,
      reason: 'save',
      content,
      createdBy: worker,
      createdAt: savedAt,
    });
    await projectPlanActions(manager, caseId, 1, content);
    await manager.save(
      manager.create(CaseEventEntity, {
        caseId,
        actorUserId: worker,
        kind: 'toekomstplan.saved',
        summary: 'Toekomstplan opgeslagen (versie 1)',
        details: { version: 1 },
        at: savedAt,
      }),
    );
  }

  // A dossier closed more than twenty years ago, so the privacy officer's retention dry run has something to show.
  const closedAt = new Date(`${plusDays(people.today, -(20 * 365 + 40))}T10:00:00Z`);
  const old = await manager.insert(CaseEntity, {
    firstName: 'Kevin',
    lastName: 'Bakker',
    dateOfBirth: plusDays(people.today, -(38 * 365)),
    municipalityId: people.municipalities.get('Tiel'),
    status: 'closed',
    closedReason: 'Traject afgerond: eigen woning en werk',
    closedAt,
    createdBy: worker,
    version: 1,
  });
  const oldCaseId = old.identifiers[0]['id'] as string;
  await manager.insert(TeamMemberEntity, {
    caseId: oldCaseId,
    userId: worker,
    part: 'trajectbegeleider',
    isCasusregisseur: true,
  });
  await manager.insert(ConsentEntity, {
    caseId: oldCaseId,
    scope: 'organisation',
    organisationId: people.organisations.get('jongerenwerk'),
    purpose: 'case-collaboration',
    basis: 'consent',
    givenBy: ['jongere'],
    givenOn: plusDays(people.today, -(22 * 365)),
    recordedBy: worker,
    version: 1,
  });
  return ids;
}
