import { plainDate, type Attendance, type MinutesResponse } from '@sluitend/domain';
import PDFDocument from 'pdfkit';
import { clockTime, fullDate } from '../session-texts';

const MARGIN = 56;

const ATTENDANCE_LABELS: Record<Attendance, string> = {
  present: 'aanwezig',
  absent: 'afwezig',
  substitute: 'vervangen',
};

const KIND_LABELS: Record<MinutesResponse['items'][number]['kind'], string> = {
  escalation: 'Eerste bespreking',
  'follow-up': 'Vervolg op eerdere afspraken',
};

function attendanceText(entry: MinutesResponse['attendance'][number]): string {
  if (entry.attendance === null) return 'niet genoteerd';
  if (entry.attendance === 'substitute')
    return entry.substituteName ? `vervangen door ${entry.substituteName}` : ATTENDANCE_LABELS.substitute;
  return ATTENDANCE_LABELS[entry.attendance];
}

/** "12-03-2009" */
function birthDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}-${month}-${year}`;
}

/**
 * The minutes (verslag) of an Actietafel session as a PDF, in Dutch: when and where, who chaired and took
 * the minutes, who was there, and per agenda item the jongere, the question, the summary, the decisions
 * (doorzettingsmacht marked, with its justification) and the agreements: what, who, by when.
 */
export function renderMinutesPdf(minutes: MinutesResponse): Promise<Buffer> {
  const startsAt = new Date(minutes.startsAt);
  const endsAt = new Date(minutes.endsAt);
  const pdf = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: `Verslag Actietafel ${fullDate(startsAt)}` },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => pdf.on('end', () => resolve(Buffer.concat(chunks))));

  const heading = (text: string, size = 14) =>
    pdf.moveDown(0.8).font('Helvetica-Bold').fontSize(size).text(text).moveDown(0.3);
  const line = (label: string, value: string) => {
    pdf.font('Helvetica-Bold').fontSize(11).text(`${label}: `, { continued: true });
    pdf.font('Helvetica').fontSize(11).text(value);
  };
  const paragraph = (label: string, value: string) => {
    pdf.font('Helvetica-Bold').fontSize(11).text(label);
    pdf.font('Helvetica').fontSize(11).text(value).moveDown(0.3);
  };
  const bullet = (text: string, indent = 12) => pdf.font('Helvetica').fontSize(11).text(`• ${text}`, { indent });

  pdf.font('Helvetica-Bold').fontSize(22).text('Verslag Actietafel');
  pdf.moveDown(0.5);
  line('Datum', fullDate(startsAt));
  line('Tijd', `${clockTime(startsAt)} – ${clockTime(endsAt)}`);
  if (minutes.location) line('Plaats', minutes.location);
  if (minutes.onlineUrl) line('Online', minutes.onlineUrl);
  line('Voorzitter', minutes.chair.name);
  line('Notulist', minutes.minuteTaker?.name ?? 'geen');

  heading('Aanwezigheid');
  if (minutes.attendance.length === 0) pdf.font('Helvetica').fontSize(11).text('Geen leden uitgenodigd.');
  for (const entry of minutes.attendance)
    bullet(`${entry.name} (${entry.organisationName}, ${entry.sector}): ${attendanceText(entry)}`);

  heading('Agenda');
  if (minutes.items.length === 0) pdf.font('Helvetica').fontSize(11).text('Er stond niets op de agenda.');
  for (const item of minutes.items) {
    const { subject } = item;
    heading(`${item.position}. ${subject.firstName} ${subject.lastName}`, 13);
    pdf
      .font('Helvetica')
      .fontSize(10)
      .text(
        `${KIND_LABELS[item.kind]} — geboren ${birthDate(subject.dateOfBirth)}, ${subject.municipalityName} — ` +
          `${item.minutesPlanned} minuten gepland` +
          (item.minutesSpent !== null ? `, ${item.minutesSpent} besteed` : ''),
      )
      .moveDown(0.4);
    paragraph('Vraag aan de tafel', item.question || '—');
    paragraph('Samenvatting', item.summary ?? 'Geen samenvatting vastgelegd.');

    pdf.font('Helvetica-Bold').fontSize(11).text('Besluiten');
    if (item.decisions.length === 0) pdf.font('Helvetica').fontSize(11).text('Geen besluiten.');
    for (const decision of item.decisions) {
      bullet(decision.text);
      if (decision.doorzettingsmacht)
        pdf
          .font('Helvetica-Bold')
          .fontSize(11)
          .text(`Genomen met doorzettingsmacht. Onderbouwing: ${decision.justification ?? ''}`, { indent: 24 });
    }
    pdf.moveDown(0.3);

    pdf.font('Helvetica-Bold').fontSize(11).text('Afspraken');
    if (item.agreements.length === 0) pdf.font('Helvetica').fontSize(11).text('Geen afspraken.');
    for (const agreement of item.agreements) {
      const owner =
        agreement.owner.userId !== null
          ? `${agreement.owner.name} (${agreement.owner.organisationName})`
          : agreement.owner.name;
      bullet(`${agreement.what} — eigenaar: ${owner} — uiterlijk ${plainDate(agreement.deadline)}`);
    }
  }

  pdf
    .moveDown(1.2)
    .font('Helvetica')
    .fontSize(9)
    .text(
      `Dit verslag is gemaakt toen ${minutes.endedBy.name} de sessie beëindigde (${fullDate(new Date(minutes.generatedAt))}, ` +
        `${clockTime(new Date(minutes.generatedAt))}). Het bevat persoonsgegevens: deel het alleen met wie het nodig heeft.`,
    );
  pdf.end();
  return done;
}
