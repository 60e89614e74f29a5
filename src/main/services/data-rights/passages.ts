/**
 * The review of a subject access export: passages (paragraphs; lines of a meeting note) of
 * notes in the cases the person is in, not about them and not their own words, that name
 * them by their full name or a name the facilitator confirmed. Each has an id made from its
 * note, place and text, so a decision follows the same text and never lands on other text.
 */
import { createHash } from 'node:crypto';
import {
  nameMatcher,
  namesLookedFor,
  nameSuggestions,
  notePassages,
  primaryName,
} from '../../../shared/domain/subject-access-passages';
import type { ExportReview, Passage } from '../../../shared/schemas/data-rights';
import type { Person } from '../../../shared/schemas/people';
import { getPerson, type ServiceContext } from '../core';
import { notesOfTheirCases, type ScopedNote } from './person-notes';

function passageId(noteId: string, piece: ReturnType<typeof notePassages>[number]): string {
  return createHash('sha256')
    .update([noteId, piece.occurrence, piece.speakerKey ?? '', piece.time ?? '', piece.text].join('\u0000'))
    .digest('hex')
    .slice(0, 32);
}

/** Whether a line of a meeting note is the person's own words (their speaker letter). */
export function spokenBy(note: ScopedNote, key: string | null, personId: string): boolean {
  return key !== null && note.speakers.some((s) => s.key === key && s.personId === personId);
}

export function passagesMentioning(ctx: ServiceContext, person: Person, names: readonly string[]): Passage[] {
  const matcher = nameMatcher(names);
  const out: Passage[] = [];
  for (const note of notesOfTheirCases(ctx, person.id)) {
    // Notes about them go into the export whole; only other notes are reviewed.
    if (note.personId === person.id) continue;
    // Most notes do not name them at all: one folded test spares cutting them up.
    if (!matcher.test(note.body)) continue;
    for (const piece of notePassages(note)) {
      if (spokenBy(note, piece.speakerKey, person.id) || !matcher.test(piece.text)) continue;
      const speaker = piece.speakerKey ? note.speakers.find((s) => s.key === piece.speakerKey) : undefined;
      out.push({
        id: passageId(note.id, piece),
        noteId: note.id,
        caseId: note.caseId,
        caseReference: note.caseReference,
        noteTitle: note.title,
        noteDate: note.createdAt,
        aboutName: note.aboutName,
        speaker: speaker ? { name: speaker.name, time: piece.time } : null,
        text: piece.text,
        marks: matcher.ranges(piece.text),
      });
    }
  }
  return out;
}

export function exportReview(
  ctx: ServiceContext,
  personId: string,
  otherNames: readonly string[],
): ExportReview {
  const person = getPerson(ctx, personId);
  const primary = primaryName(person);
  const names = namesLookedFor(primary, otherNames);
  return {
    primaryName: primary,
    suggestions: nameSuggestions(person),
    namesLookedFor: names,
    passages: passagesMentioning(ctx, person, names),
  };
}
