/**
 * The letter that keeps faith with a person harmed: whether the agreement was kept, in plain
 * English. Only the actions (which they already have in their copy) and their outcome; never
 * the review notes, a risk flag or anything said in private.
 */
import { Paragraph, TextRun } from 'docx';
import { heading, paragraphs, renderDocument, safeText } from './docx-kit';
import { contactPhrase, signOff, type LetterContact, type LetterSignature } from './letter-parts';

export interface CompletionLetterData {
  organisation: { name: string; logo: { data: Uint8Array; type: 'png' | 'jpg' } | null };
  recipientName: string;
  /** Written out, e.g. "3 March 2027". */
  letterDate: string;
  agreedOn: string;
  reviewedOn: string;
  outcome: 'completed' | 'partly_completed' | 'not_completed';
  actions: { what: string; result: string }[];
  contact: LetterContact;
  signature: LetterSignature;
}

const outcomeSentence = {
  completed: 'Everything in the agreement has been done.',
  partly_completed: 'Some of the agreement has been done, but not all of it.',
  not_completed: 'The agreement has not been kept.',
} as const;

export async function buildCompletionLetter(data: CompletionLetterData): Promise<Buffer> {
  const children = [
    ...paragraphs(data.letterDate),
    heading(`Dear ${data.recipientName},`, 2),
    ...paragraphs(
      `We met on ${data.reviewedOn} to look at the agreement made on ${data.agreedOn}. We promised to tell you what happened.`,
    ),
    new Paragraph({
      spacing: { before: 120, after: 120 },
      children: [new TextRun({ text: safeText(outcomeSentence[data.outcome]), bold: true })],
    }),
    heading('What happened with each action', 3),
    ...data.actions.map(
      (a) =>
        new Paragraph({
          bullet: { level: 0 },
          // An action and its result are never split across pages.
          keepLines: true,
          children: [
            new TextRun(safeText(a.what)),
            new TextRun({ text: safeText(` — ${a.result}`), bold: true }),
          ],
        }),
    ),
    ...paragraphs(''),
    ...paragraphs(
      data.outcome === 'completed'
        ? 'Thank you for taking part. We hope this has helped.'
        : 'We are sorry it did not all happen. If you would like to talk about what could happen next, please get in touch.',
    ),
    ...paragraphs(`You can contact ${contactPhrase(data.contact)} at any time.`),
    ...signOff(data.signature),
  ];
  return renderDocument({
    title: `Letter for ${data.recipientName}`,
    organisation: data.organisation,
    textPoints: 12,
    children,
  });
}
