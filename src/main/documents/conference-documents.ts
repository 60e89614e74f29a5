/**
 * Conference documents (issue 4): the run sheet (facilitator's copy), an invitation letter
 * per participant, and the preparation summary (facilitator only, marked confidential on
 * every page). Plain data in, Buffer out. The invitation's input type has no field that could
 * carry risk detail, consent history or contact details: what it cannot receive, it cannot
 * print.
 */
import { Paragraph, TextRun } from 'docx';
import type { RunPhase } from '../../shared/schemas/conference';
import { heading, labelValueTable, paragraphs, renderDocument, safeText } from './docx-kit';
import { contactPhrase, signOff, type LetterContact, type LetterSignature } from './letter-parts';
import { mapPictureBlock, type DocumentMapPicture } from './map-picture';

/** "Thursday 3 December 2026 at 3:30pm": written out, as a letter would say it. */
export function longDate(localDateTime: string | null): string {
  if (!localDateTime) return 'to be arranged';
  const d = new Date(localDateTime.length === 16 ? `${localDateTime}:00` : localDateTime);
  if (Number.isNaN(d.getTime())) return 'to be arranged';
  const part = (options: Intl.DateTimeFormatOptions) => d.toLocaleDateString('en-GB', options);
  const hours = d.getHours() % 12 || 12;
  const minutes = String(d.getMinutes()).padStart(2, '0');
  return `${part({ weekday: 'long' })} ${d.getDate()} ${part({ month: 'long' })} ${d.getFullYear()} at ${hours}:${minutes}${d.getHours() < 12 ? 'am' : 'pm'}`;
}

/** "about an hour and a half": the length as a person would say it, to the nearest half hour. */
export function aboutHowLong(minutes: number): string {
  if (minutes < 55) return `about ${Math.max(5, Math.round(minutes / 5) * 5)} minutes`;
  const halves = Math.round(minutes / 30);
  const whole = Math.floor(halves / 2);
  const half = halves % 2 === 1;
  const hours = whole === 1 ? 'an hour' : `${whole} hours`;
  return `about ${hours}${half ? ' and a half' : ''}`;
}

/** "26 November 2026" from "2026-11-26". */
export function shortDate(isoDate: string): string {
  const d = new Date(`${isoDate.slice(0, 10)}T12:00:00`);
  return Number.isNaN(d.getTime())
    ? isoDate
    : d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

export interface RunSheetData {
  caseReference: string;
  caseTitle: string;
  startsAt: string | null;
  place: string;
  phases: RunPhase[];
}

export async function buildRunSheet(data: RunSheetData): Promise<Buffer> {
  const children = [
    heading(`Run sheet: ${data.caseReference}`),
    labelValueTable([
      ['Case', `${data.caseReference}: ${data.caseTitle}`],
      ['When', longDate(data.startsAt)],
      ['Where', data.place || 'to be arranged'],
    ]),
  ];
  data.phases.forEach((phase, index) => {
    children.push(
      heading(
        `${index + 1}. ${phase.title}${phase.timerMinutes ? ` (${phase.timerMinutes} minutes)` : ''}`,
        2,
      ),
    );
    if (phase.guidance) children.push(...paragraphs(phase.guidance, { italics: true }));
    if (!phase.guidance && phase.questions.length === 0 && phase.speakers.length === 0) {
      children.push(
        ...paragraphs('Nobody invited speaks in this part; skip it or add someone.', { italics: true }),
      );
    }
    for (const q of phase.questions)
      children.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(safeText(q))] }));
    for (const speaker of phase.speakers) {
      children.push(
        new Paragraph({
          children: [new TextRun({ text: safeText(speaker.name), bold: true })],
          spacing: { before: 120 },
          // A speaker's name stays with their questions.
          keepNext: true,
        }),
      );
      for (const q of speaker.questions)
        children.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(safeText(q))] }));
    }
  });
  return renderDocument({
    title: `Run sheet ${data.caseReference}`,
    marking: "Facilitator's copy",
    children,
  });
}

export interface InvitationData {
  recipientName: string;
  processName: string;
  /** Plain-English lines about what will happen. */
  whatToExpect: string[];
  startsAt: string | null;
  expectedMinutes: number;
  venue: string;
  room: string;
  /**
   * Everyone else attending, as the recipient will meet them: preferred name and, where there
   * is one, a short note ("supporting Kai", or a role when the case shows roles).
   */
  attending: { name: string; note: string | null }[];
  /** The arrangements made for the recipient alone (a ramp, an interpreter). */
  arrangementsForYou: string;
  contact: LetterContact;
  /** Who signs the letter; their name also ends the list of who will be there. */
  signature: LetterSignature;
}

export async function buildInvitation(data: InvitationData): Promise<Buffer> {
  const children = [
    heading(`Dear ${data.recipientName},`, 2),
    ...paragraphs(
      `You are invited to a ${data.processName.toLowerCase()}. Thank you for agreeing to take part.`,
    ),
    heading('When and where', 3),
    labelValueTable([
      ['When', longDate(data.startsAt)],
      ['How long', aboutHowLong(data.expectedMinutes)],
      ['Where', [data.room, data.venue].filter(Boolean).join(', ') || 'to be arranged'],
    ]),
    heading('Who will be there', 3),
    ...[
      'You',
      ...data.attending.map((a) => (a.note ? `${a.name} (${a.note})` : a.name)),
      data.signature.name ? `${data.signature.name} (facilitator)` : 'The facilitator',
    ].map((line) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(safeText(line))] })),
    heading('What to expect', 3),
    ...data.whatToExpect.map(
      (line) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(safeText(line))] }),
    ),
  ];
  if (data.arrangementsForYou.trim())
    children.push(heading('Arrangements we have made for you', 3), ...paragraphs(data.arrangementsForYou));
  children.push(
    heading('Questions?', 3),
    ...paragraphs(
      `If you have any questions, or need to change anything, please contact ${contactPhrase(data.contact)}. You can change your mind about taking part at any time.`,
    ),
    ...signOff(data.signature),
  );
  return renderDocument({ title: `Invitation for ${data.recipientName}`, children });
}

export interface PreparationSummaryData {
  caseReference: string;
  caseTitle: string;
  participants: {
    name: string;
    role: string;
    readiness: string;
    reason: string;
    consents: string[];
    meetings: { when: string; place: string; present: string; covered: string[] }[];
  }[];
  risk: { decision: string; measures: string; decidedBy: string; decidedAt: string } | null;
  /** The conference's safety measures (separate arrivals, waiting rooms): the facilitator's alone. */
  safetyMeasures: string;
  flags: { category: string; level: string; person: string | null; detail: string; mitigations: string }[];
  blockers: string[];
  overrideReason: string | null;
  /** The case's relationship map (its first one), when it has one. */
  map?: DocumentMapPicture | null;
}

export async function buildPreparationSummary(data: PreparationSummaryData): Promise<Buffer> {
  const children = [
    heading(`Preparation summary: ${data.caseReference}`),
    ...paragraphs(
      `${data.caseTitle}. For the facilitator only: this document holds confidential risk detail and must not be given to participants.`,
      { italics: true },
    ),
    heading('Risk assessment', 2),
    data.risk
      ? labelValueTable([
          ['Decision', data.risk.decision],
          ['Measures', data.risk.measures],
          [
            'Decided by',
            `${data.risk.decidedBy}, ${new Date(data.risk.decidedAt).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}`,
          ],
        ])
      : new Paragraph({ children: [new TextRun('No decision recorded yet.')] }),
  ];
  if (data.safetyMeasures.trim())
    children.push(heading('Safety measures for the conference', 2), ...paragraphs(data.safetyMeasures));
  if (data.flags.length) {
    children.push(heading('Risk and vulnerability flags', 2));
    for (const f of data.flags) {
      children.push(
        ...paragraphs(
          `${f.category} (${f.level})${f.person ? `, ${f.person}` : ''}: ${f.detail}${f.mitigations ? `. Measures: ${f.mitigations}` : ''}`,
        ),
      );
    }
  }
  children.push(heading('Participants', 2));
  for (const p of data.participants) {
    children.push(heading(`${p.name}, ${p.role}`, 3), ...paragraphs(`${p.readiness}: ${p.reason}`));
    for (const c of p.consents)
      children.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(safeText(c))] }));
    for (const m of p.meetings) {
      children.push(
        ...paragraphs(
          `Preparation meeting ${m.when}${m.place ? `, ${m.place}` : ''}${m.present ? `; present: ${m.present}` : ''}. Covered: ${m.covered.join(', ') || 'nothing ticked yet'}.`,
        ),
      );
    }
  }
  if (data.map) children.push(...mapPictureBlock(data.map));
  children.push(heading('Still missing before the conference', 2));
  children.push(
    ...(data.blockers.length
      ? data.blockers.flatMap((b) => paragraphs(`• ${b}`))
      : paragraphs('Nothing: everyone is prepared.')),
  );
  if (data.overrideReason)
    children.push(...paragraphs(`Confirmed despite missing items. Reason given: ${data.overrideReason}`));
  return renderDocument({
    title: `Preparation summary ${data.caseReference}`,
    marking: 'CONFIDENTIAL: facilitator only',
    children,
  });
}
