/**
 * Dutch texts of a made-up Actietafel history (demo seed and benchmark generator): no names, so they fit any
 * jongere, and no personal data. Keys are the default reason codes (DEFAULT_ESCALATION_REASON_CODES).
 */
export const ESCALATION_TEXTS: Record<string, { reason: string[]; tried: string[]; question: string[] }> = {
  'waiting-list': {
    reason: [
      'De jongere wacht al maanden op behandeling; de wachtlijst is nog minstens drie maanden en het verzuim neemt toe.',
      'De aanmelding voor schuldhulp staat op een wachtlijst; zonder rust in de financiën lukt een leerwerkplek niet.',
      'De geïndiceerde ambulante begeleiding start pas over twaalf weken; thuis loopt de spanning op.',
    ],
    tried: [
      'Overbrugging bij de POH-jeugd, aanmelding bij een tweede aanbieder, verzoek om voorrang (afgewezen).',
      'Budgetcursus via het jongerenwerk, navraag bij de aanbieder, gesprek met de gemeente over voorrang.',
    ],
    question: [
      'Kan de tafel zorgen dat de behandeling binnen vier weken start?',
      'Kan de tafel de wachttijd doorbreken of een overbrugging regelen?',
    ],
  },
  'no-suitable-care': {
    reason: [
      'Er is in de regio geen aanbod dat past bij de combinatie van een licht verstandelijke beperking en verslaving.',
      'De geadviseerde klinische opname heeft vier maanden wachttijd en behandeling aan huis is er niet.',
    ],
    tried: [
      'Aanmelding bij drie aanbieders, consultatie bij het expertiseteam, tijdelijke inzet van het wijkteam.',
      'Ambulante behandeling (gestopt), twee keer de crisisdienst, onderwijs op afstand via school.',
    ],
    question: [
      'Welke aanbieder neemt de begeleiding op zich, en wie financiert het maatwerk?',
      'Kan de tafel binnen twee weken passende zorg regelen tot er een plek is?',
    ],
  },
  'financing-dispute': {
    reason: [
      'Gemeente en zorgkantoor verwijzen naar elkaar: Jeugdwet of Wlz. Al drie maanden is er geen begeleiding.',
      'De jeugdhulp stopt bij 18 jaar, de Wmo-aanvraag is nog niet beoordeeld; de begeleiding dreigt weg te vallen.',
    ],
    tried: [
      'Aanvragen onder beide wetten, beide afgewezen met een verwijzing naar de ander; overleg zonder uitkomst.',
      'Verlenging aangevraagd (afgewezen), melding bij de Wmo-consulent, twee keer navraag.',
    ],
    question: [
      'Wie financiert de begeleiding, en kan die binnen twee weken starten?',
      'Kan de begeleiding doorlopen tot de nieuwe beschikking er is?',
    ],
  },
  housing: {
    reason: [
      'De jongere slaapt sinds weken bij wisselende vrienden; zonder adres stokken inkomen en opleiding.',
      'De kamertraining loopt af en er is geen vervolgplek; terug naar huis kan niet.',
    ],
    tried: [
      'Inschrijving bij de woningcorporatie, urgentieaanvraag (afgewezen), aanmelding bij de nachtopvang (vol).',
      'Gesprekken met de ouders, zoeken naar een hospitakamer, aanvraag beschermd wonen (afgewezen).',
    ],
    question: [
      'Kan de tafel binnen een maand een (tijdelijke) woonplek regelen?',
      'Kan de tafel een urgentie op sociale gronden bepleiten bij de corporatie?',
    ],
  },
  'disagreement-between-organisations': {
    reason: [
      'School en jeugdhulp zijn het niet eens over wie het voortouw heeft; ondertussen gebeurt er niets.',
      'Werkzaak wil een werktraject, de school wil dat de opleiding eerst wordt afgemaakt.',
    ],
    tried: [
      'Twee gesprekken met de mentor en een huisbezoek met de leerplichtambtenaar.',
      'Afzonderlijke gesprekken met beide organisaties; een gezamenlijk overleg is twee keer afgezegd.',
    ],
    question: ['Wie neemt de regie: school of jeugdhulp?', 'Kunnen de organisaties aan tafel één plan afspreken?'],
  },
  'jongere-out-of-sight': {
    reason: [
      'De jongere is sinds weken niet bereikbaar; de uitkering is stopgezet en de kamer opgezegd.',
      'De jongere komt niet meer op school en reageert niet op berichten; het netwerk weet niet waar hij of zij is.',
    ],
    tried: [
      'Bellen, appen, huisbezoek op het oude adres, navraag bij familie en bij de nachtopvang.',
      'Contact via vrienden, het jongerenwerk op straat, melding bij het RMC.',
    ],
    question: [
      'Wie zoekt de jongere actief op, en kan de uitkering herleven zodra de jongere weer in beeld is?',
      'Kan de tafel afspreken wie het contact herstelt en wat er dan direct klaarstaat?',
    ],
  },
  other: {
    reason: [
      'Meerdere problemen tegelijk (school, schulden, thuis) en niemand overziet het geheel.',
      'Een combinatie van justitiële voorwaarden en zorg zonder duidelijke regie.',
    ],
    tried: ['Overleg in het wijkteam, verwijzingen naar drie organisaties.', 'Afstemming met de reclassering.'],
    question: ['Kan de tafel de regie beleggen en de eerste stappen afspreken?'],
  },
};

export const AGENDA_SUMMARIES = [
  'De tafel is het eens dat verder wachten geen optie is; de betrokken organisaties nemen elk een stap.',
  'Besproken wat er nodig is; de financiering is rond en de start is afgesproken.',
  'De tafel schaalt op waar het mandaat ophoudt en spreekt af wie wat doet tot dan.',
  'Voortgang besproken; de lopende afspraken worden afgemaakt.',
];

export const AGREEMENT_TEXTS = [
  'Intake plannen en de behandeling laten starten',
  'Schuldhulptraject starten en de schuldeisers om een pauze vragen',
  'Briefadres regelen bij de gemeente',
  'Bijstandsaanvraag met voorrang behandelen',
  'Begeleiding aanvragen bij de aanbieder en de startdatum doorgeven',
  'Stageplek vasthouden en de begeleider uitnodigen voor het stagegesprek',
  'Overbruggingszorg regelen tot de plek vrijkomt',
  'Urgentieaanvraag ondersteunen bij de woningcorporatie',
  'Gezamenlijk gesprek met de jongere en het netwerk plannen',
  'Aangepast rooster afspreken met school',
  'Contact herstellen met de jongere en terugkoppelen aan de tafel',
  'Financiering van het maatwerk vastleggen in een beschikking',
  'Evalueren met de jongere en terugkoppelen aan de tafel',
];

export const DONE_NOTES = [
  'Gedaan; de jongere is op de hoogte.',
  'Afgerond, de start is bevestigd.',
  'Geregeld en teruggekoppeld aan de casusregisseur.',
];

export const DROP_REASONS = [
  'Niet meer nodig: de situatie is veranderd.',
  'Vervangen door een andere afspraak in de volgende sessie.',
];

export const EVALUATIONS: Record<string, string> = {
  resolved: 'Opgelost: de afspraken zijn nagekomen en de reguliere route loopt weer.',
  'partly-resolved': 'Deels opgelost: de zorg loopt, het woonprobleem is nog niet weg.',
  'not-resolved': 'Niet opgelost: de tafel kon de wachttijd niet doorbreken; opnieuw bezien in het regulier overleg.',
};

export const LADDER_REASONS = [
  'Valt buiten het mandaat van de tafel; het management van de betrokken organisaties moet beslissen.',
];
