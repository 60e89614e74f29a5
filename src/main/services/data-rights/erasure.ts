/**
 * Erasure (UK GDPR): one person removed everywhere: the person, their part in every case,
 * their consents and flags, their attribution in notes and the search index. Notes are kept,
 * since rewriting someone's notes automatically could destroy what others said; the ones
 * that were about them, or that still name them (full name or a name the facilitator
 * confirmed, looked for in the cases they were in, current text and earlier versions), are
 * listed for the facilitator to review. The log keeps counts, never content.
 */
import {
  confirmsName,
  nameMatcher,
  namesLookedFor,
  primaryName,
} from '../../../shared/domain/subject-access-passages';
import { WorkbenchError } from '../../../shared/errors';
import type { Speaker } from '../../../shared/schemas/notes';
import { getPerson, recordCaseEvent, type ServiceContext } from '../core';
import { discardDraftsAbout } from '../drafts';
import { anonymisePersonOnMaps, ERASED_LABEL } from '../maps';
import { casesOfPerson } from '../people';
import {
  notesAboutThem,
  notesOfTheirCases,
  notesWhereTheySpeak,
  revisionsOfTheirCases,
  type ScopedNote,
} from './person-notes';

export interface NoteToReview {
  noteId: string;
  caseId: string | null;
  title: string;
  why: 'about them' | 'mentions them';
}

export interface ErasureResult {
  casesAffected: number;
  notesToReview: NoteToReview[];
}

/** Found before the person is removed, while their names and links are still known. */
function notesToReview(ctx: ServiceContext, personId: string, names: readonly string[]): NoteToReview[] {
  const matcher = nameMatcher(names);
  const out = new Map<string, NoteToReview>();
  const add = (note: ScopedNote, why: NoteToReview['why']) => {
    if (!out.has(note.id))
      out.set(note.id, { noteId: note.id, caseId: note.caseId, title: note.title || 'Untitled note', why });
  };
  for (const note of notesAboutThem(ctx, personId)) add(note, 'about them');
  const inTheirCases = notesOfTheirCases(ctx, personId);
  const byId = new Map(inTheirCases.map((n) => [n.id, n]));
  for (const note of inTheirCases)
    if (matcher.test(note.title) || matcher.test(note.body)) add(note, 'mentions them');
  // An earlier version that names them still names them: "restore" would bring it back.
  for (const revision of revisionsOfTheirCases(ctx, personId)) {
    const note = byId.get(revision.noteId);
    if (note && !out.has(note.id) && (matcher.test(revision.title) || matcher.test(revision.body)))
      add(note, 'mentions them');
  }
  return [...out.values()];
}

/** Lets requests that came in meanwhile be answered before the next step of a long job. */
const letOthersIn = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function erasePerson(
  ctx: ServiceContext,
  personId: string,
  confirmName: string,
  otherNames: readonly string[] = [],
): Promise<ErasureResult> {
  const person = getPerson(ctx, personId);
  if (!confirmsName(confirmName, person.preferredName)) {
    throw new WorkbenchError({
      code: 'invalid_input',
      message: 'To confirm, type the person’s preferred name exactly as it is shown.',
      fields: { confirmName: 'This does not match the name.' },
    });
  }
  const caseIds = [...new Set(casesOfPerson(ctx, personId).map((c) => c.caseId))];
  const toReview = notesToReview(ctx, personId, namesLookedFor(primaryName(person), otherNames));
  const spoke = notesWhereTheySpeak(ctx, personId);

  ctx.db.transaction(() => {
    const setSpeakers = ctx.db.prepare('UPDATE notes SET speakers = ? WHERE id = ?');
    for (const note of spoke) {
      const speakers: Speaker[] = note.speakers.map((s) =>
        s.personId === personId ? { ...s, personId: null, name: ERASED_LABEL } : s,
      );
      setSpeakers.run(JSON.stringify(speakers), note.id);
    }
    // Timeline rows that pointed at them go (by index); one neutral line per case says an erasure happened.
    ctx.db.prepare(`DELETE FROM case_events WHERE json_extract(detail, '$.personId') = ?`).run(personId);
    // Their nodes on relationship maps (and snapshots) become an anonymous "Erased person".
    anonymisePersonOnMaps(ctx, personId);
    // Unfinished forms about them (their consent, their preparation) go with them.
    const participantIds = (
      ctx.db.prepare('SELECT id FROM participants WHERE person_id = ?').all(personId) as { id: string }[]
    ).map((r) => r.id);
    discardDraftsAbout(ctx, [personId, ...participantIds]);
    // Cascades (each by index): participants, consents, flags, their review draft; notes about them unlinked.
    ctx.db.prepare('DELETE FROM people WHERE id = ?').run(personId);
    for (const caseId of caseIds) recordCaseEvent(ctx, caseId, 'person_erased');
    ctx.db.prepare('INSERT INTO erasure_log (id, at, counts) VALUES (?, ?, ?)').run(
      ctx.newId(),
      ctx.now().toISOString(),
      JSON.stringify({
        cases: caseIds.length,
        notesToReview: toReview.length,
        attributionsRemoved: spoke.length,
      }),
    );
  })();
  // The erasure is committed. Then, each as a step of its own so other requests are answered
  // in between: merge the search index so the deleted name is gone from its segments too, and
  // fold the WAL into the (encrypted) main file.
  // If the vault was locked in between, the steps are skipped: the erasure is done, and the
  // next checkpoint and index merge come with later work.
  const result = { casesAffected: caseIds.length, notesToReview: toReview };
  await letOthersIn();
  if (!ctx.db.open) return result;
  ctx.db.prepare(`INSERT INTO people_fts (people_fts) VALUES ('optimize')`).run();
  await letOthersIn();
  if (!ctx.db.open) return result;
  foldLogNow(ctx);
  return result;
}

/**
 * Checkpoints the WAL into the main file and empties it, if no one is reading it: a worker's
 * read (a backup, an export) keeps its snapshot, and waiting for it would hold the main
 * process for as long as it reads. Then the next checkpoint folds it.
 */
function foldLogNow(ctx: ServiceContext): void {
  const wait = ctx.db.pragma('busy_timeout', { simple: true }) as number;
  ctx.db.pragma('busy_timeout = 0');
  try {
    ctx.db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    ctx.db.pragma(`busy_timeout = ${wait}`);
  }
}

export function erasureLog(ctx: ServiceContext): { at: string; counts: Record<string, number> }[] {
  return (
    ctx.db.prepare('SELECT at, counts FROM erasure_log ORDER BY at').all() as { at: string; counts: string }[]
  ).map((r) => ({
    at: r.at,
    counts: JSON.parse(r.counts) as Record<string, number>,
  }));
}
