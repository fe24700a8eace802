import {
  PLAIN_ACTION_STATUS,
  PLAIN_CARRIER,
  PLAIN_CHECKLIST_STATUS,
  PLAIN_HEADINGS,
  PLAIN_SCORE,
  TRANSITION_TOPIC_LABELS,
  plainDate,
  type LifeDomainDefinition,
  type ToekomstplanContent,
} from '@sluitend/domain';
import PDFDocument from 'pdfkit';

export interface PlanPdfInput {
  jongere: { firstName: string; lastName: string };
  version: number;
  content: ToekomstplanContent;
  lifeDomains: LifeDomainDefinition[];
  /** userId → name, for owners of actions and checklist items. */
  people: Map<string, string>;
  /** Days until the 18th birthday, when the transition checklist applies. */
  daysUntilEighteen: number | null;
}

const MARGIN = 56;

/** The toekomstplan as a PDF the jongere can keep: plain Dutch (B1), their own words first. */
export function renderPlanPdf(input: PlanPdfInput): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: `${PLAIN_HEADINGS.title} — ${input.jongere.firstName}` },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => pdf.on('end', () => resolve(Buffer.concat(chunks))));

  const heading = (text: string, size = 15) =>
    pdf.moveDown(0.8).font('Helvetica-Bold').fontSize(size).text(text).moveDown(0.3);
  const labelled = (label: string, value: string) => {
    if (!value.trim()) return;
    pdf.font('Helvetica-Bold').fontSize(11).text(label);
    pdf.font('Helvetica').fontSize(11).text(value).moveDown(0.4);
  };
  const owner = (userId: string | null) =>
    userId ? (input.people.get(userId) ?? 'Iemand van het team') : 'Nog niet afgesproken';
  const { content } = input;

  pdf.font('Helvetica-Bold').fontSize(22).text(`${PLAIN_HEADINGS.title}`);
  pdf
    .font('Helvetica')
    .fontSize(12)
    .text(`${input.jongere.firstName} ${input.jongere.lastName} — versie ${input.version}`);

  heading(PLAIN_HEADINGS.myFuture, 17);
  labelled(PLAIN_HEADINGS.whatIWant, content.myFuture.whatIWant);
  labelled(PLAIN_HEADINGS.whatIAmGoodAt, content.myFuture.whatIAmGoodAt);
  labelled(PLAIN_HEADINGS.whoHelpsMe, content.myFuture.whoHelpsMe);

  for (const assessment of content.domains) {
    const label = input.lifeDomains.find((domain) => domain.key === assessment.domain)?.label ?? assessment.domain;
    const empty =
      !assessment.situation && !assessment.wish && assessment.score === null && assessment.goals.length === 0;
    if (empty) continue;
    heading(label);
    labelled(PLAIN_HEADINGS.situation, assessment.situation);
    labelled(PLAIN_HEADINGS.wish, assessment.wish);
    if (assessment.score !== null) {
      const carrier = assessment.carriedBy ? ` ${PLAIN_CARRIER[assessment.carriedBy].toLowerCase()}.` : '';
      labelled(PLAIN_HEADINGS.score, `${PLAIN_SCORE[assessment.score]}.${carrier}`);
    }
    for (const goal of assessment.goals) {
      pdf.font('Helvetica-Bold').fontSize(11).text(`Doel: ${goal.description}`);
      for (const action of goal.actions) {
        const when = action.deadline ? plainDate(action.deadline) : PLAIN_HEADINGS.noDate;
        pdf
          .font('Helvetica')
          .fontSize(11)
          .text(
            `• ${action.description} — ${owner(action.owner.userId)}, ${when} (${PLAIN_ACTION_STATUS[action.status].toLowerCase()})`,
            {
              indent: 12,
            },
          );
      }
      pdf.moveDown(0.4);
    }
  }

  if (content.transitionChecklist.length > 0) {
    heading(PLAIN_HEADINGS.transition);
    if (input.daysUntilEighteen !== null && input.daysUntilEighteen >= 0) {
      pdf
        .font('Helvetica')
        .fontSize(11)
        .text(PLAIN_HEADINGS.daysLeft.replace('{days}', String(input.daysUntilEighteen)))
        .moveDown(0.3);
    }
    for (const item of content.transitionChecklist) {
      pdf
        .font('Helvetica')
        .fontSize(11)
        .text(
          `• ${TRANSITION_TOPIC_LABELS[item.topic]}: ${PLAIN_CHECKLIST_STATUS[item.status].toLowerCase()} — ${owner(item.ownerUserId)}`,
          { indent: 12 },
        );
    }
  }

  heading(PLAIN_HEADINGS.evaluation);
  pdf
    .font('Helvetica')
    .fontSize(11)
    .text(content.evaluationDate ? plainDate(content.evaluationDate) : PLAIN_HEADINGS.noDate);
  if (content.professionalView.trim()) {
    heading(PLAIN_HEADINGS.professionalView, 13);
    pdf.font('Helvetica').fontSize(11).text(content.professionalView);
  }
  pdf.end();
  return done;
}
