/**
 * Subject access and erasure read one person's rows by index: every statement they run on
 * notes, revisions, speakers and the timeline uses an index (no SCAN of those tables), and
 * the speaker table follows every save.
 */
import { describe, expect, it } from 'vitest';
import { personNoteQueries } from '../../../src/main/services/data-rights';
import { schoolIncident } from '../support/case-fixtures';
import { call, workbenchPerTest } from '../support/temp-workbench';

const t = workbenchPerTest();

function plan(sql: string, params: Record<string, unknown> | unknown[]): string {
  const rows = t.wb.vault.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[];
  return rows.map((r) => r.detail).join('\n');
}

const BIG_TABLES = ['notes', 'note_revisions', 'note_speakers', 'case_events', 'consents', 'risk_flags'];

describe('reading one person’s notes never scans every note', () => {
  it.each(Object.entries(personNoteQueries))('%s uses indexes only', (_name, sql) => {
    const detail = plan(sql, { personId: 'someone' });
    for (const table of BIG_TABLES) expect(detail).not.toMatch(new RegExp(`SCAN ${table}\\b`));
    expect(detail).toMatch(/USING (COVERING )?INDEX|USING PRIMARY KEY|USING INTEGER PRIMARY KEY/);
  });

  it.each([
    ['timeline rows naming them', `DELETE FROM case_events WHERE json_extract(detail, '$.personId') = ?`],
    ['notes about them (unlinked on erasure)', 'UPDATE notes SET person_id = NULL WHERE person_id = ?'],
    ['their consents (cascade)', 'DELETE FROM consents WHERE person_id = ?'],
    ['their flags (cascade)', 'DELETE FROM risk_flags WHERE person_id = ?'],
    [
      'supporters of a participant (cascade)',
      'UPDATE participants SET supports_id = NULL WHERE supports_id = ?',
    ],
  ])('erasure: %s by index', (_what, sql) => {
    expect(plan(sql, ['someone'])).toMatch(/USING (COVERING )?INDEX/);
  });
});

describe('who speaks in which note', () => {
  it('follows every save, change of speakers and deletion of a note', async () => {
    const { kase, ayla, jordan } = await schoolIncident(t.wb);
    const speakers = () =>
      t.wb.vault.db.prepare('SELECT person_id, note_id FROM note_speakers ORDER BY person_id').all() as {
        person_id: string;
        note_id: string;
      }[];
    const speaker = (key: string, personId: string | null) => ({
      key,
      personId,
      name: 'Someone',
      colour: '#1d6fb8',
    });
    const note = (await call(t.wb, 'note:save', {
      caseId: kase.id,
      kind: 'meeting',
      body: '@a 10:00 — Hello',
      speakers: [speaker('a', ayla.person.id), speaker('b', null)],
    })) as { id: string };
    expect(speakers()).toEqual([{ person_id: ayla.person.id, note_id: note.id }]);
    await call(t.wb, 'note:save', {
      id: note.id,
      caseId: kase.id,
      kind: 'meeting',
      body: '@a 10:00 — Hello',
      speakers: [speaker('a', jordan.person.id)],
    });
    expect(speakers()).toEqual([{ person_id: jordan.person.id, note_id: note.id }]);
    // Unreadable speakers (never written by the app) count as none rather than failing a save.
    t.wb.vault.db.prepare(`UPDATE notes SET speakers = 'not json' WHERE id = ?`).run(note.id);
    expect(speakers()).toEqual([]);
    t.wb.vault.db
      .prepare(`UPDATE notes SET speakers = ? WHERE id = ?`)
      .run(JSON.stringify([speaker('a', ayla.person.id), 'x', 3]), note.id);
    expect(speakers()).toEqual([{ person_id: ayla.person.id, note_id: note.id }]);
    await call(t.wb, 'note:delete', { id: note.id });
    expect(speakers()).toEqual([]);
  });
});
