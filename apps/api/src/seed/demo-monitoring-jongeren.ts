/**
 * The made-up jongeren of the demo's Actietafel history (demo-monitoring.ts). The e2e run's privacy check
 * reads every jongere from the run's database, these included, to know their names must never reach a log.
 */
const FIRST_NAMES = [
  'Lotte',
  'Sem',
  'Julia',
  'Finn',
  'Tess',
  'Levi',
  'Fenna',
  'Mees',
  'Thijs',
  'Sophie',
  'Luuk',
  'Amira',
  'Gijs',
  'Roos',
  'Joep',
  'Elif',
  'Stijn',
  'Nina',
  'Hanna',
  'Jesse',
  'Amber',
  'Bilal',
  'Evi',
  'Koen',
  'Vera',
  'Wessel',
  'Iris',
  'Sven',
  'Mila',
  'Rayan',
  'Dewi',
  'Jelle',
  'Nora',
  'Tygo',
  'Lina',
  'Owen',
  'Esmee',
  'Hamza',
  'Puck',
  'Teun',
] as const;

const LAST_NAMES = [
  'van Leeuwen',
  'Dekker',
  'Brouwer',
  'de Wit',
  'Dijkstra',
  'Vermeulen',
  'van der Meer',
  'Jacobs',
  'Schouten',
  'Hoekstra',
  'Koster',
  'Prins',
  'Huisman',
  'Kuipers',
  'Timmermans',
  'Postma',
  'Molenaar',
  'Veenstra',
  'Kramer',
  'van Wijk',
  'Aydin',
  'Yilmaz',
  'Bouzid',
  'Martens',
  'Wouters',
  'Verhoeven',
  'de Groot',
  'Boukhari',
  'Claassen',
  'Ramdin',
] as const;

/** How many jongeren the history has: one escalation each. */
export const DEMO_MONITORING_COUNT = 120;

/**
 * The n-th jongere's name, the same on every run. Three rounds over the first names, each round pairing them
 * with the last names at another offset, so no full name repeats.
 */
export function demoMonitoringName(n: number): { firstName: string; lastName: string } {
  const round = Math.floor(n / FIRST_NAMES.length);
  return {
    firstName: FIRST_NAMES[n % FIRST_NAMES.length],
    lastName: LAST_NAMES[(n + round * 11) % LAST_NAMES.length],
  };
}

export const DEMO_MONITORING_JONGEREN: ReadonlyArray<{ firstName: string; lastName: string }> = Array.from(
  { length: DEMO_MONITORING_COUNT },
  (_, n) => demoMonitoringName(n),
);
