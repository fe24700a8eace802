import { plainDate, type SubjectAccessReport } from '@sluitend/domain';
import PDFDocument from 'pdfkit';

const MARGIN = 56;

const ACTION_LABELS: Record<string, string> = {
  read: 'bekeken',
  search: 'gezocht in een lijst',
  create: 'aangemaakt',
  update: 'gewijzigd',
  delete: 'verwijderd',
  export: 'geëxporteerd',
  print: 'afgedrukt',
  'break-the-glass': 'noodtoegang',
  denied: 'geweigerd',
};

const ESCALATION_STATE_LABELS: Record<string, string> = {
  draft: 'concept',
  submitted: 'ingediend',
  accepted: 'geaccepteerd',
  scheduled: 'geagendeerd',
  'agreements-running': 'afspraken lopen',
  closed: 'gesloten',
  returned: 'teruggegeven met een vraag',
  rejected: 'afgewezen',
};

const AGREEMENT_STATUS_LABELS: Record<string, string> = { open: 'open', done: 'gedaan', dropped: 'vervallen' };

const dateTime = (iso: string) =>
  new Date(iso).toLocaleString('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'medium', timeStyle: 'short' });

/** The inzage as a document a jongere can read: what we hold, who works on it, and who looked at it. */
export function renderSubjectAccessPdf(report: SubjectAccessReport): Promise<Buffer> {
  const jongere = report.case;
  const pdf = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: `Inzage — ${jongere.firstName} ${jongere.lastName}` },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => pdf.on('end', () => resolve(Buffer.concat(chunks))));
  const heading = (text: string) => pdf.moveDown(0.8).font('Helvetica-Bold').fontSize(14).text(text).moveDown(0.3);
  const line = (label: string, value: string | null | undefined) =>
    pdf
      .font('Helvetica-Bold')
      .fontSize(10)
      .text(`${label}: `, { continued: true })
      .font('Helvetica')
      .text(value && value.length > 0 ? value : '—');
  const item = (text: string) => pdf.font('Helvetica').fontSize(10).text(`• ${text}`, { indent: 8 });

  pdf.font('Helvetica-Bold').fontSize(20).text('Alles wat Sluitend over jou bewaart');
  pdf
    .font('Helvetica')
    .fontSize(10)
    .text(
      `Gemaakt op ${dateTime(report.generatedAt)} door ${report.generatedBy.name}. ` +
        'Je hebt recht op inzage in je gegevens (AVG artikel 15). Klopt er iets niet, vraag dan om verbetering.',
    );

  heading('Jouw gegevens');
  line('Naam', `${jongere.firstName} ${jongere.lastName}`);
  line('Geboortedatum', plainDate(jongere.dateOfBirth));
  line('BSN', jongere.bsn);
  line('Gemeente', jongere.municipalityName);
  line('School of werk', jongere.schoolOrWork);
  line('Telefoon', jongere.contact.phone);
  line('E-mail', jongere.contact.email);
  line('Adres', jongere.contact.address);
  line('Status', jongere.status === 'open' ? 'open' : `gesloten (${jongere.closedReason ?? ''})`);

  heading('Wie met je werken');
  report.team.forEach((member) =>
    item(
      `${member.name}, ${member.organisationName} — ${member.part}${member.isCasusregisseur ? ' (casusregisseur)' : ''}`,
    ),
  );
  heading('Jouw netwerk');
  if (report.network.length === 0) item('Niemand vastgelegd.');
  report.network.forEach((member) => item(`${member.name} (${member.relation})`));

  heading('Toestemmingen');
  if (report.consents.length === 0) item('Geen toestemmingen vastgelegd.');
  report.consents.forEach((consent) =>
    item(
      `${consent.organisationName ?? `sector ${consent.sector}`}: ${consent.basis === 'consent' ? 'toestemming' : `wettelijke grondslag (${consent.legalGround})`} voor ${consent.purpose}, ` +
        `vanaf ${plainDate(consent.givenOn)}${consent.validUntil ? ` tot en met ${plainDate(consent.validUntil)}` : ''} — ${consent.status}`,
    ),
  );

  heading('Toekomstplan');
  line('Aantal versies', String(report.toekomstplanVersions.length));
  const latest = report.toekomstplanVersions.at(-1);
  if (latest) {
    line('Laatste versie', `${latest.number}, ${dateTime(latest.createdAt)}`);
    line('Wat ik wil', latest.content.myFuture.whatIWant);
    line('Waar ik goed in ben', latest.content.myFuture.whatIAmGoodAt);
    line('Wie mij helpt', latest.content.myFuture.whoHelpsMe);
  }

  heading('Actietafel');
  if (report.escalations.length === 0) item('Je dossier is niet aan de Actietafel voorgelegd.');
  report.escalations.forEach((escalation) => {
    item(
      `${dateTime(escalation.submittedAt ?? escalation.createdAt)}: ${ESCALATION_STATE_LABELS[escalation.state] ?? escalation.state} — ${escalation.request.question || 'nog geen vraag'}`,
    );
    escalation.agreements.forEach((agreement) =>
      pdf
        .font('Helvetica')
        .fontSize(10)
        .text(
          `Afspraak: ${agreement.what} (${agreement.owner.name}, uiterlijk ${plainDate(agreement.deadline)}) — ${AGREEMENT_STATUS_LABELS[agreement.status] ?? agreement.status}`,
          { indent: 20 },
        ),
    );
  });

  heading('Noodtoegang');
  if (report.emergencyAccesses.length === 0) item('Niemand heeft noodtoegang gebruikt.');
  report.emergencyAccesses.forEach((access) =>
    item(`${dateTime(access.grantedAt)}: ${access.user.name} (${access.user.organisationName}) — ${access.reason}`),
  );

  heading('Wie je dossier heeft bekeken of gewijzigd');
  report.accessLog.forEach((event) =>
    item(
      `${dateTime(event.at)}: ${event.user?.name ?? 'systeem'}${event.organisation ? ` (${event.organisation.name})` : ''} — ${ACTION_LABELS[event.action] ?? event.action} ${event.resource}`,
    ),
  );

  heading('Geschiedenis van je dossier');
  report.timeline.forEach((entry) => item(`${dateTime(entry.at)}: ${entry.summary}`));
  pdf.end();
  return done;
}
