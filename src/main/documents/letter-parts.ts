/**
 * What every letter shares: whom to contact (the facilitator's choice for that letter, by
 * default Settings → About you) and who signs it (About you: name, role, contact). Worked out
 * once here, so the invitation and the completion letter say the same; when About you is
 * empty, the letter is signed "Your facilitator", never a lower-case "your facilitator".
 */
import { Paragraph, TextRun } from 'docx';
import type { Settings } from '../../shared/contract';
import { safeText } from './docx-kit';

type AboutYou = Settings['aboutYou'];

/** Whom the letter asks its reader to contact. */
export interface LetterContact {
  name: string;
  details: string;
}

/** Who signs the letter; `name` null when nobody is named anywhere. */
export interface LetterSignature {
  name: string | null;
  role: string;
  contact: string;
}

/** The signature's name line when neither About you nor the letter names anyone. */
export const UNNAMED_SIGNATURE = 'Your facilitator';

/**
 * The contact and signature of a letter. A contact typed for this letter wins over About you
 * (a colleague covering, a school office number); left out, About you's is used. The letter
 * is signed by About you, and by the letter's contact where About you says nothing.
 */
export function letterPeople(
  about: AboutYou,
  typed: { contactName?: string | undefined; contactDetails?: string | undefined },
): { contact: LetterContact; signature: LetterSignature } {
  const contact = { name: typed.contactName ?? about.name, details: typed.contactDetails ?? about.contact };
  return {
    contact,
    signature: {
      name: about.name || contact.name || null,
      role: about.role,
      contact: about.contact || contact.details,
    },
  };
}

/** "Sam Okafor (01632 960000)", or "us (01632 960000)" when no name is given, or "us". */
export function contactPhrase(contact: LetterContact): string {
  const name = contact.name.trim();
  const details = contact.details.trim();
  if (!name) return details ? `us (${details})` : 'us';
  return details ? `${name} (${details})` : name;
}

/** "With best wishes," then the name (bold), the role and the contact, each on its own line. */
export function signOff(signature: LetterSignature): Paragraph[] {
  const lines = [signature.role, signature.contact].filter((l) => l.trim() !== '');
  return [
    new Paragraph({
      spacing: { before: 240, after: 240 },
      keepNext: true,
      children: [new TextRun('With best wishes,')],
    }),
    new Paragraph({
      keepNext: lines.length > 0,
      children: [new TextRun({ text: safeText(signature.name ?? UNNAMED_SIGNATURE), bold: true })],
    }),
    ...lines.map(
      (line, i) => new Paragraph({ keepNext: i < lines.length - 1, children: [new TextRun(safeText(line))] }),
    ),
  ];
}
