/**
 * Erasure (UK GDPR): one person removed everywhere: the person, their part in every case,
 * their consents and flags, their attribution in notes and the search index; notes that still mention them
 * by name are listed for the facilitator to review, since rewriting someone's notes
 * automatically could destroy what others said. The log keeps counts, never content.
 */
import { WorkbenchError } from '../../../shared/errors';
import type { Speaker } from '../../../shared/schemas/notes';
import { getPerson, recordCaseEvent, type ServiceContext } from '../core';
import { discardDraftsAbout } from '../drafts';
import { anonymisePersonOnMaps } from '../maps';
import { toNote, type NoteRow } from '../notes';
import { casesOfPerson } from '../people';
import { notesMentioning, notesWhereTheySpoke } from './mentions';

export interface ErasureResult {
  casesAffected: number;
  notesToReview: { noteId: string; caseId: string | null; title: string }[];
}

function sameName(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase('en-GB') === b.trim().toLocaleLowerCase('en-GB');
}

export function erasePerson(ctx: ServiceContext, personId: string, confirmName: string): ErasureResult {
  const person = getPerson(ctx, personId);
  if (!sameName(confirmName, person.preferredName)) {
    throw new WorkbenchError({
      code: 'invalid_input',
      message: 'To confirm, type the person’s preferred name exactly as it is shown.',
      fields: { confirmName: 'This does not match the name.' },
    });
  }
  const caseIds = [...new Set(casesOfPerson(ctx, personId).map((c) => c.caseId))];
  // Found before the person is removed, while their names are still known.
  const mentionIds = notesMentioning(ctx, person);
  const spokeIds = notesWhereTheySpoke(ctx, personId);

  ctx.db.transaction(() => {
    for (const noteId of spokeIds) {
      const note = toNote(ctx.db.prepare('SELECT * FROM notes WHERE id = ?').get(noteId) as NoteRow);
      const speakers: Speaker[] = note.speakers.map((s) =>
        s.personId === personId ? { ...s, personId: null, name: 'Erased person' } : s,
      );
      ctx.db.prepare('UPDATE notes SET speakers = ? WHERE id = ?').run(JSON.stringify(speakers), noteId);
    }
    // Timeline rows that pointed at them go; one neutral line per case says an erasure happened.
    ctx.db.prepare(`DELETE FROM case_events WHERE json_extract(detail, '$.personId') = ?`).run(personId);
    // Their nodes on relationship maps (and snapshots) become an anonymous "Erased person".
    anonymisePersonOnMaps(ctx, personId);
    // Unfinished forms about them (their consent, their preparation) go with them.
    const participantIds = (
      ctx.db.prepare('SELECT id FROM participants WHERE person_id = ?').all(personId) as { id: string }[]
    ).map((r) => r.id);
    discardDraftsAbout(ctx, [personId, ...participantIds]);
    ctx.db.prepare('DELETE FROM people WHERE id = ?').run(personId); // cascades: participants, consents, flags
    for (const caseId of caseIds) recordCaseEvent(ctx, caseId, 'person_erased');
    ctx.db.prepare('INSERT INTO erasure_log (id, at, counts) VALUES (?, ?, ?)').run(
      ctx.newId(),
      ctx.now().toISOString(),
      JSON.stringify({
        cases: caseIds.length,
        notesToReview: mentionIds.length,
        attributionsRemoved: spokeIds.length,
      }),
    );
  })();
  // Merge the search index so the deleted name is gone from its segments too, then fold the
  // WAL into the (encrypted) main file.
  ctx.db.prepare(`INSERT INTO people_fts (people_fts) VALUES ('optimize')`).run();
  ctx.db.pragma('wal_checkpoint(TRUNCATE)');

  const notesToReview = mentionIds.map((id) => {
    const row = ctx.db.prepare('SELECT id, case_id, title FROM notes WHERE id = ?').get(id) as {
      id: string;
      case_id: string | null;
      title: string;
    };
    return { noteId: row.id, caseId: row.case_id, title: row.title || 'Untitled note' };
  });
  return { casesAffected: caseIds.length, notesToReview };
}

export function erasureLog(ctx: ServiceContext): { at: string; counts: Record<string, number> }[] {
  return (
    ctx.db.prepare('SELECT at, counts FROM erasure_log ORDER BY at').all() as { at: string; counts: string }[]
  ).map((r) => ({
    at: r.at,
    counts: JSON.parse(r.counts) as Record<string, number>,
  }));
}
