/**
 * Realistic Dutch texts for generated dossiers and toekomstplannen, per life domain of the
 * default region (DEFAULT_LIFE_DOMAINS). Placeholders: {naam} (the jongere's first name),
 * {plaats} (their municipality), {school}, {bedrag}. A region with other domain keys gets the
 * generic bank.
 */
import type { Sector } from '@sluitend/domain';

export interface GoalTemplate {
  description: string;
  /** Action descriptions with the sector that usually owns them. */
  actions: ReadonlyArray<readonly [string, Sector]>;
}

export interface DomainTexts {
  /** Situations by self-sufficiency: [scores 1-2, score 3, scores 4-5]. */
  situations: readonly [readonly string[], readonly string[], readonly string[]];
  wishes: readonly string[];
  goals: readonly GoalTemplate[];
}

export const DOMAIN_TEXTS: Record<string, DomainTexts> = {
  wonen: {
    situations: [
      [
        '{naam} slaapt afwisselend bij vrienden en bij een tante; geen vaste verblijfplaats.',
        'Woont bij moeder, maar er is veel ruzie thuis; {naam} dreigt op straat te komen.',
        'Verblijft tijdelijk in de crisisopvang in {plaats}.',
        'Huurachterstand bij de woningcorporatie; een huisuitzetting dreigt.',
        'Is door vader uit huis gezet en slaapt op de bank bij een vriend.',
      ],
      [
        'Woont thuis bij ouders in {plaats}; de situatie is gespannen maar werkbaar.',
        'Woont op een kamer bij een begeleid-wonenproject; redt zich met hulp.',
        'Woont bij opa en oma; een goede plek, maar op termijn te klein.',
        'Woont bij een oom; de kamer is te klein en er is weinig privacy.',
        'Woont in een gezinshuis; overgang naar zelfstandig wonen komt eraan.',
      ],
      [
        'Woont zelfstandig op een studio in {plaats} en betaalt de huur op tijd.',
        'Woont thuis bij ouders; geen zorgen op dit gebied.',
        'Woont met een huisgenoot in een studentenhuis; gaat goed.',
      ],
    ],
    wishes: [
      'Ik wil een eigen kamer.',
      'Ik wil gewoon rust thuis.',
      'Ik wil op mezelf wonen in {plaats}.',
      'Ik wil bij mijn moeder blijven wonen tot ik mijn diploma heb.',
      'Een plek waar ik mag blijven.',
      'Samen met mijn vriendin een huurhuis.',
    ],
    goals: [
      {
        description: 'Voor het 18e jaar ingeschreven voor een kamer',
        actions: [
          ['Samen inschrijven bij de woningcorporatie', 'welzijn'],
          ['Wachttijd en urgentie bespreken met de gemeente', 'gemeente'],
          ['Huurtoeslag uitzoeken voor als de kamer er is', 'welzijn'],
        ],
      },
      {
        description: 'Binnen drie maanden een stabiele woonplek',
        actions: [
          ['Aanmelden voor begeleid wonen', 'jeugdhulp'],
          ['Urgentieaanvraag voorbereiden', 'gemeente'],
          ['Afspraken maken met familie over tijdelijk logeren', 'welzijn'],
        ],
      },
      {
        description: 'De huurachterstand is afgelost en de huur wordt automatisch betaald',
        actions: [
          ['Betalingsregeling treffen met de woningcorporatie', 'gemeente'],
          ['Automatische incasso voor de huur instellen', 'welzijn'],
        ],
      },
      {
        description: 'Minder ruzie thuis zodat wonen bij ouders kan blijven',
        actions: [
          ['Gezinsgesprek plannen met ouders', 'jeugdhulp'],
          ['Afspraken over huisregels op papier zetten', 'welzijn'],
        ],
      },
    ],
  },
  'onderwijs-en-werk': {
    situations: [
      [
        'Zit al vier maanden thuis; staat niet ingeschreven bij een school.',
        'Veel ongeoorloofd verzuim op {school}; de leerplichtambtenaar is ingeschakeld.',
        'Gestopt met de opleiding zonder startkwalificatie.',
        'Is geschorst op {school} na een conflict met een docent.',
      ],
      [
        'Volgt {school}, maar het verzuim loopt op.',
        'Werkt een paar uur per week bij een supermarkt; wil meer uren.',
        'Zit in een Entree-opleiding; de stage is nog niet geregeld.',
        'Tweede jaar praktijkonderwijs, regelmatig te laat.',
      ],
      [
        'Gaat met plezier naar {school} en haalt voldoendes.',
        'Heeft een BBL-plek bij een installatiebedrijf en gaat één dag per week naar school.',
        'Werkt 32 uur per week in de logistiek met een vast contract in zicht.',
      ],
    ],
    wishes: [
      'Ik wil mijn diploma halen.',
      'Ik wil geld verdienen en werken in de bouw.',
      'Ik wil kapper worden.',
      'Ik wil een stage in de zorg.',
      'Ik wil naar het mbo, niveau 2.',
      'Ik wil automonteur worden.',
    ],
    goals: [
      {
        description: 'Weer naar school, minstens vier dagen per week',
        actions: [
          ['Gesprek met leerplichtambtenaar en ouders plannen', 'werk-en-inkomen'],
          ['Dagelijks ophaalmoment met de jongerenwerker afspreken', 'welzijn'],
          ['Aangepast rooster afspreken met de mentor', 'onderwijs'],
        ],
      },
      {
        description: 'Een stageplek vinden',
        actions: [
          ['Stagegesprek regelen bij een bouwbedrijf', 'onderwijs'],
          ['Cv maken en sollicitatiegesprek oefenen', 'welzijn'],
          ['Stagevergoeding en reiskosten uitzoeken', 'werk-en-inkomen'],
        ],
      },
      {
        description: 'Een startkwalificatie halen',
        actions: [
          ['Aanmelden bij het mbo voor een Entree-opleiding', 'onderwijs'],
          ['Intake bij de RMC-trajectbegeleider', 'werk-en-inkomen'],
        ],
      },
      {
        description: 'Betaald werk, minstens 16 uur per week',
        actions: [
          ['Aanmelden voor een werkfit-traject', 'werk-en-inkomen'],
          ['Samen vacatures zoeken en een sollicitatiebrief schrijven', 'welzijn'],
          ['Proefplaatsing regelen bij een werkgever in de regio', 'werk-en-inkomen'],
        ],
      },
    ],
  },
  'inkomen-en-schulden': {
    situations: [
      [
        'Schulden bij de zorgverzekeraar en DUO, samen ongeveer € {bedrag}.',
        'Geen inkomen; de uitkering is stopgezet na een gemiste afspraak.',
        'Openstaande boetes bij het CJIB en twee telefoonabonnementen met achterstand.',
        'Betalingsachterstand bij de zorgverzekering; incassobureau belt.',
      ],
      [
        'Verdient wat met een bijbaan maar heeft geen overzicht over de uitgaven.',
        'Heeft een kleine schuld bij een webwinkel en wil die zelf aflossen.',
        'Ouders regelen de financiën nog; {naam} wordt binnenkort 18.',
      ],
      [
        'Heeft een bijbaan en een spaarrekening; geen schulden.',
        'Ontvangt studiefinanciering en komt rond.',
        'Ouders regelen de financiën; geen zorgen.',
      ],
    ],
    wishes: [
      'Ik wil geen schulden meer.',
      'Ik wil zelf mijn geld regelen.',
      'Ik wil sparen voor mijn rijbewijs.',
      'Ik wil weten waar mijn geld blijft.',
    ],
    goals: [
      {
        description: 'Overzicht van alle schulden',
        actions: [
          ['Samen alle post en rekeningen doornemen', 'welzijn'],
          ['Aanmelden bij de schuldhulpverlening van de gemeente', 'gemeente'],
        ],
      },
      {
        description: 'Zorgtoeslag en zorgverzekering geregeld vóór het 18e jaar',
        actions: [
          ['Zorgtoeslag aanvragen bij Dienst Toeslagen', 'welzijn'],
          ['Betalingsregeling treffen met de zorgverzekeraar', 'gemeente'],
          ['DigiD aanvragen en activeren', 'welzijn'],
        ],
      },
      {
        description: 'Een vast inkomen',
        actions: [
          ['Aanvraag uitkering Participatiewet indienen', 'werk-en-inkomen'],
          ['Bankrekening op eigen naam openen', 'welzijn'],
        ],
      },
    ],
  },
  gezondheid: {
    situations: [
      [
        'Slaapt slecht en voelt zich somber; heeft gezegd dat het niet meer hoeft.',
        'Blowt dagelijks; ouders maken zich zorgen.',
        'Eetproblemen; staat op de wachtlijst van de jeugd-GGZ.',
        'Paniekaanvallen waardoor {naam} de deur niet meer uit gaat.',
      ],
      [
        'Slaapt slecht en is vaak moe.',
        'Heeft ADHD; de medicatie wordt niet trouw genomen.',
        'Gebruikt in het weekend; wil minderen.',
        'Behandeling bij de jeugd-GGZ loopt, maar stopt bij het 18e jaar.',
      ],
      [
        'Sport drie keer per week en voelt zich goed.',
        'Geen bijzonderheden; de huisarts is bekend.',
        'Behandeling afgerond; gaat goed.',
      ],
    ],
    wishes: [
      'Lekkerder in mijn vel zitten.',
      'Beter slapen.',
      'Stoppen met blowen.',
      'Niet meer zo snel boos worden.',
      'Iemand om mee te praten die ik vertrouw.',
    ],
    goals: [
      {
        description: 'Weer goed slapen',
        actions: [
          ['Intake jeugd-GGZ plannen', 'jeugdhulp'],
          ['Samen naar de huisarts', 'welzijn'],
        ],
      },
      {
        description: 'Minder blowen, hooguit in het weekend',
        actions: [
          ['Aanmelden bij de verslavingszorg voor jongeren', 'jeugdhulp'],
          ['Afspraken maken over gebruik en die wekelijks bespreken', 'welzijn'],
        ],
      },
      {
        description: 'De behandeling loopt door na het 18e jaar',
        actions: [
          ['Overdracht naar de volwassenen-GGZ voorbereiden', 'jeugdhulp'],
          ['Verwijzing van de huisarts regelen', 'jeugdhulp'],
        ],
      },
    ],
  },
  'netwerk-en-relaties': {
    situations: [
      [
        'Weinig contact met familie; vrienden zijn vooral oudere jongeren uit de buurt.',
        'Het contact met vader is verbroken; de relatie met moeder is gespannen.',
        'Voelt zich eenzaam; heeft niemand om op terug te vallen.',
      ],
      [
        'Heeft steun aan een oom; het contact met ouders wisselt.',
        'Een paar goede vrienden, maar ook vrienden die slecht voor {naam} zijn.',
        'Moeder steunt, maar is zelf overbelast.',
      ],
      ['Hecht gezin; oma is een belangrijke steun.', 'Heeft een JIM en een vaste vriendengroep.'],
    ],
    wishes: [
      'Ik wil weer contact met mijn vader.',
      'Ik wil minder ruzie thuis.',
      'Ik wil iemand die ik kan bellen als het misgaat.',
      'Ik wil nieuwe vrienden.',
    ],
    goals: [
      {
        description: 'Een JIM die {naam} zelf kiest',
        actions: [
          ['Kennismaking met de JIM organiseren', 'welzijn'],
          ['Netwerkberaad plannen met familie', 'jeugdhulp'],
        ],
      },
      {
        description: 'Minder ruzie thuis',
        actions: [
          ['Gezinsgesprek plannen', 'jeugdhulp'],
          ['Time-outafspraak maken voor als het escaleert', 'welzijn'],
        ],
      },
    ],
  },
  'vrije-tijd': {
    situations: [
      ["Hangt 's avonds veel rond op straat; verveelt zich.", 'Zit vooral binnen te gamen, tot diep in de nacht.'],
      ['Voetbalde, maar is gestopt; zoekt iets nieuws.', 'Gaat af en toe naar het jongerencentrum in {plaats}.'],
      [
        'Traint twee keer per week bij de boksschool.',
        'Speelt in een band en heeft een vaste vriendengroep.',
        'Vrijwilliger bij de voedselbank op zaterdag.',
      ],
    ],
    wishes: [
      'Ik wil weer gaan voetballen.',
      'Ik wil iets met muziek doen.',
      'Ik wil mijn rijbewijs halen.',
      'Ik wil gaan sporten.',
    ],
    goals: [
      {
        description: 'Een vaste vrijetijdsbesteding',
        actions: [
          ['Aanmelden via het Jeugdfonds Sport & Cultuur', 'welzijn'],
          ['Proeftraining bij de boksschool regelen', 'welzijn'],
        ],
      },
      {
        description: 'Twee avonden per week naar het jongerencentrum',
        actions: [['Samen de eerste keer gaan', 'welzijn']],
      },
    ],
  },
  'veiligheid-en-justitie': {
    situations: [
      [
        'Voert een taakstraf uit; de jeugdreclassering is betrokken.',
        'In beeld bij de politie na een vechtpartij; zorgen over criminele uitbuiting.',
        'Staat onder toezicht van de jeugdreclassering.',
      ],
      [
        'Eén keer aangehouden voor winkeldiefstal; afgehandeld via Halt.',
        'Vrienden zijn in beeld bij de politie; {naam} zelf niet.',
      ],
      ['Geen politiecontacten.', 'Geen bijzonderheden.'],
    ],
    wishes: [
      'Ik wil niks meer met de politie te maken hebben.',
      'Ik wil mijn straf afmaken en opnieuw beginnen.',
      'Ik wil me veilig voelen in mijn buurt.',
    ],
    goals: [
      {
        description: 'De taakstraf is afgerond',
        actions: [
          ['Afspraken met de jeugdreclassering nakomen', 'jeugdhulp'],
          ['Vervoer naar de werkplek van de taakstraf regelen', 'welzijn'],
        ],
      },
      {
        description: 'Los van de criminele vriendengroep',
        actions: [
          ['Casus inbrengen bij het Zorg- en Veiligheidshuis', 'gemeente'],
          ['Alternatieve dagbesteding zoeken', 'welzijn'],
        ],
      },
    ],
  },
};

export const GENERIC_TEXTS: DomainTexts = {
  situations: [
    ['Er zijn zorgen op dit gebied; {naam} heeft hulp nodig.'],
    ['Redt zich met hulp van de omgeving.'],
    ['Geen zorgen op dit gebied.'],
  ],
  wishes: ['Ik wil dat dit beter gaat.', 'Ik wil het zelf kunnen.'],
  goals: [
    {
      description: 'Een eerste stap zetten op dit leefgebied',
      actions: [
        ['Gesprek plannen om doelen te bespreken', 'welzijn'],
        ['Passende hulp zoeken in de regio', 'jeugdhulp'],
      ],
    },
  ],
};

/** The jongere's wish on a domain that already goes well. */
export const KEEP_IT_WISHES = ['Zo houden.', 'Dat het zo blijft gaan.', 'Niks, dit gaat goed.'];

export const WHAT_I_WANT = [
  'Ik wil mijn diploma halen en later een eigen kamer in {plaats}.',
  'Ik wil een baan waar ik genoeg verdien om op mezelf te wonen.',
  'Ik wil dat het thuis rustiger wordt.',
  'Ik wil automonteur worden en een auto kopen.',
  'Ik wil gewoon een normaal leven, met werk en vrienden.',
  'Ik wil mijn schulden kwijt en weer slapen zonder stress.',
  'Ik wil in de zorg werken, net als mijn tante.',
  'Ik wil niet meer steeds moeten verhuizen.',
  'Ik wil laten zien dat ik het wel kan.',
];

export const WHAT_I_AM_GOOD_AT = [
  'Ik ben goed met mijn handen.',
  'Ik kan goed met kleine kinderen omgaan.',
  'Ik ben goed in voetbal.',
  'Ik kan goed koken.',
  'Ik help anderen graag.',
  'Ik ben goed met computers.',
  'Ik kan goed tekenen.',
  'Ik ben eerlijk en ik kom mijn afspraken na als ik het belangrijk vind.',
  'Ik kan hard werken als ik iets leuk vind.',
];

export const PROFESSIONAL_VIEWS = [
  '{naam} is gemotiveerd maar raakt snel overvraagd.',
  '{naam} heeft veel in huis maar laat zich makkelijk meeslepen.',
  '{naam} is open in gesprekken; afspraken nakomen blijft lastig.',
  'Het netwerk is klein; we zetten in op een JIM.',
  '{naam} heeft een sterke wil en een duidelijk doel voor ogen.',
  'Ouders zijn betrokken maar zelf overbelast.',
];

export const SCHOOLS = [
  'Praktijkschool Tiel',
  'MBO College Rivierenland',
  'RSG Lingecollege',
  'ROC Rivor',
  'Koningin Wilhelmina College',
  'Helicon MBO',
  'Fortes Lyceum',
  'De Driemaster (vso)',
];

export const MBO_PROGRAMMES = [
  'Entree',
  'Timmeren, niveau 2',
  'Helpende Zorg en Welzijn, niveau 2',
  'Kapper, niveau 2',
  'Logistiek medewerker, niveau 2',
  'Autotechniek, niveau 3',
  'Pedagogisch medewerker, niveau 3',
  'Sport en bewegen, niveau 3',
];

export const JOBS = [
  'Werkt als vakkenvuller bij de supermarkt',
  'Werkt in de fruitteelt (seizoenswerk)',
  'Werkt via een uitzendbureau in een distributiecentrum',
  'Bezorger bij een pizzeria',
  'BBL-plek bij een installatiebedrijf',
  'Werkt in de horeca, wisselende uren',
];

export const NOT_IN_SCHOOL = [
  'Geen school of werk (thuiszitter)',
  'Geen school of werk',
  'Wacht op plaatsing in het voortgezet speciaal onderwijs',
];

export const CLOSED_REASONS = [
  'Doelen behaald; de jongere redt zich zelfstandig.',
  'Verhuisd buiten de regio; warm overgedragen aan de nieuwe gemeente.',
  'De jongere wil geen ondersteuning meer; afgesproken dat de jongere zich altijd weer kan melden.',
  'Overgedragen aan de volwassenenzorg na het 23e jaar.',
  'Stabiele situatie bereikt; het netwerk neemt het over.',
];

export const TRANSITION_NOTES: Record<string, readonly string[]> = {
  housing: ['Inschrijving woningcorporatie loopt.', 'Nog niet besproken.', 'Blijft voorlopig thuis wonen.'],
  income: ['Aanvraag Participatiewet klaarzetten.', 'Studiefinanciering aangevraagd.', 'Bijbaan loopt door.'],
  'health-insurance': [
    'Zorgverzekering afsluiten op eigen naam.',
    'Zorgtoeslag aangevraagd.',
    'Geregeld via de collectiviteit van de gemeente.',
  ],
  'care-continuation': [
    'Overdracht naar volwassenen-GGZ gepland.',
    'Verlengde jeugdhulp aangevraagd.',
    'Geen zorg meer nodig.',
  ],
  'school-work': ['Inschrijving mbo voor volgend schooljaar.', 'Werkfit-traject gestart.', 'Stage loopt.'],
  legal: ['Mentorschap besproken met ouders.', 'Geen bewindvoering nodig.', 'Beschermingsbewind aangevraagd.'],
};

/** The parts (rollen) professionals play on a team, by sector. */
export const PARTS: Record<Sector, readonly string[]> = {
  welzijn: ['jongerenwerker', 'trajectbegeleider', 'wijkteammedewerker', 'maatschappelijk werker'],
  jeugdhulp: ['behandelaar jeugd-GGZ', 'jeugdbeschermer', 'gezinsvoogd', 'ambulant hulpverlener', 'jeugdreclasseerder'],
  'werk-en-inkomen': ['consulent Participatiewet', 'leerplichtambtenaar', 'RMC-trajectbegeleider', 'jobcoach'],
  onderwijs: ['mentor school', 'zorgcoördinator', 'stagebegeleider', 'loopbaanbegeleider'],
  gemeente: ['consulent Wmo', 'schuldhulpverlener', 'procesregisseur Veiligheidshuis', 'consulent jeugd gemeente'],
};

export const NETWORK_NOTES = [
  'Belangrijkste steunfiguur.',
  'Bereikbaar na 17.00 uur.',
  'Wil graag betrokken blijven bij het plan.',
  'Spreekt beperkt Nederlands; liefst via WhatsApp.',
  'Door de jongere zelf gekozen als JIM.',
  'Komt mee naar het netwerkberaad.',
];
