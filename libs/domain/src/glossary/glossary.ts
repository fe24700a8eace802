/**
 * The glossary of Sluitend. Code is English; these Dutch policy terms stay Dutch
 * because no translation carries their meaning faithfully.
 */
export const GLOSSARY = {
  toekomstplan:
    'One shared, youth-centred plan per jongere across all life domains, from age 16 at the latest; carries the jongere across the 18-/18+ transition.',
  actietafel:
    'Regional multidisciplinary table where a case stuck in the regular route is escalated; makes binding agreements (afspraken) and follows them up.',
  jongere: 'A young person (12-23, jongvolwassene up to 27) in the target group of the sluitende aanpak.',
  casusregisseur: 'The one professional who leads a case team; exactly one per open case.',
  afspraak: 'An agreement made at an Actietafel session: what, owner, deadline, status.',
  opschaling:
    'Taking an escalation the Actietafel cannot break through up the ladder: to the management of the organisations involved, then to the administrative (bestuurlijk) level, each step with its own deadline.',
  verslag:
    'The minutes of an Actietafel session: who attended, and per agenda item the summary, decisions and agreements; generated when the session ends and never changed afterwards.',
  doorzettingsmacht: 'The power of the Actietafel chair to take a binding decision.',
  jeugdregio: 'A region of municipalities that organise youth care together.',
  wijkteam: 'Neighbourhood team of the municipality: first point of contact for support.',
  JIM: 'Jouw Ingebrachte Mentor: an informal mentor the jongere chooses.',
  AVG: 'Algemene verordening gegevensbescherming: the Dutch name of the GDPR (EU 2016/679), which governs all personal data in Sluitend.',
  inzage:
    'The right of access (AVG art. 15): the jongere may see everything Sluitend holds about them, including who looked at the dossier.',
  noodtoegang:
    'Break-the-glass: read-only access to a case for a professional outside its team in an emergency, with a stated reason, logged and ending after a few hours.',
  bewaartermijn:
    'Retention term (Jeugdwet art. 7.3.8): how long a dossier is kept, twenty years by default; Sluitend counts it from the day the case was closed.',
} as const;

export type GlossaryTerm = keyof typeof GLOSSARY;
