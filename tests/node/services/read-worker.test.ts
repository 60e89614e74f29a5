/**
 * Long reads of the open vault (the subject access export) run in the read worker on a
 * connection of its own: read-only, keyed with a copy of the key that is zeroed once used,
 * seeing everything committed before it started, and refusing every write.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openReadConnection } from '../../../src/main/vault/database';
import { createCase, schoolIncident } from '../support/case-fixtures';
import { call, callError, TEST_PASSPHRASE, workbenchPerTest } from '../support/temp-workbench';

let foldersAsked = 0;
const t = workbenchPerTest({
  desktop: (folder) => ({
    chooseFolder: async () => {
      foldersAsked += 1;
      return folder;
    },
  }),
});

describe('the read worker’s connection', () => {
  it('reads the vault, refuses every write, and zeroes the key it was given', async () => {
    const kase = await createCase(t.wb);
    const connection = t.wb.vault.readConnection();
    const db = openReadConnection(connection);
    try {
      expect(connection.dataKey.every((byte) => byte === 0)).toBe(true);
      expect(db.prepare('SELECT reference FROM cases WHERE id = ?').pluck().get(kase.id)).toBe(
        kase.reference,
      );
      expect(() => db.prepare(`UPDATE cases SET title = 'changed' WHERE id = ?`).run(kase.id)).toThrow(
        /readonly|query_only/i,
      );
      expect(() => db.prepare(`DELETE FROM notes`).run()).toThrow();
    } finally {
      db.close();
    }
  });

  it('is not given while the vault is locked', async () => {
    t.wb.vault.lock('user');
    expect(() => t.wb.vault.readConnection()).toThrow(/locked/i);
  });
});

describe('a case with no conference plan yet', () => {
  it('reads as the plan the table would make, and reading it writes nothing', async () => {
    const kase = await createCase(t.wb);
    const plan = (await call(t.wb, 'conference:get', { caseId: kase.id })) as {
      expectedMinutes: number;
      status: string;
      invited: unknown[];
      venue: string;
    };
    expect(plan).toMatchObject({ expectedMinutes: 90, status: 'planning', invited: [], venue: '' });
    const rows = t.wb.vault.db
      .prepare('SELECT count(*) FROM conference_plans WHERE case_id = ?')
      .pluck()
      .get(kase.id);
    expect(rows).toBe(0);
    // The first change makes the row, and confirming a plan never saved is kept too.
    await call(t.wb, 'conference:confirm', { caseId: kase.id, overrideReason: 'Phone conference agreed' });
    expect(await call(t.wb, 'conference:get', { caseId: kase.id })).toMatchObject({ status: 'confirmed' });
  });
});

describe('the subject access export, made in the read worker', () => {
  it('holds what was saved just before it, stamped with the app’s clock', async () => {
    const { kase, ayla } = await schoolIncident(t.wb);
    await call(t.wb, 'note:save', {
      caseId: kase.id,
      personId: ayla.person.id,
      title: 'Phone call',
      body: 'SAVED-JUST-BEFORE 🌱 مريم',
    });
    const written = (await call(t.wb, 'person:export', { personId: ayla.person.id })) as { files: string[] };
    expect(written.files[0]).toBe('subject-access-Ayla-Brightwater-2026-11-24.docx');
    const json = JSON.parse(readFileSync(join(t.folder, written.files[1]!), 'utf8')) as {
      generatedAt: string;
      notesAboutThem: { text: string }[];
    };
    expect(json.generatedAt).toBe('2026-11-24T10:00:00.000Z');
    expect(json.notesAboutThem.map((n) => n.text)).toContain('SAVED-JUST-BEFORE 🌱 مريم');
  });

  it('says a person no longer there is not found, and writes nothing', async () => {
    const error = await callError(t.wb, 'person:export', {
      personId: '00000000-0000-4000-8000-000000000000',
    });
    expect(error.code).toBe('not_found');
  });

  it('asks for no folder and writes nothing when the vault locks while it is being made', async () => {
    const { ayla } = await schoolIncident(t.wb);
    foldersAsked = 0;
    const exporting = t.wb.dispatch('person:export', {
      personId: ayla.person.id,
      otherNames: [],
      decisions: [],
    });
    await new Promise((resolve) => setImmediate(resolve));
    t.wb.vault.lock('idle');
    const envelope = await exporting;
    expect(envelope.ok ? null : envelope.error.code).toBe('locked');
    expect(foldersAsked).toBe(0);
    expect(readdirSync(t.folder)).toEqual([]);
  });
});

describe('an erasure the vault locks during', () => {
  it('is done, and says so, though its tidying steps wait for later', async () => {
    const { ayla } = await schoolIncident(t.wb);
    const erasing = t.wb.dispatch('person:erase', {
      personId: ayla.person.id,
      confirmName: 'Ayla Brightwater',
      otherNames: [],
    });
    // The erasure itself is one transaction; lock as soon as it has committed.
    const gone = () =>
      t.wb.vault.db.prepare('SELECT count(*) FROM people WHERE id = ?').pluck().get(ayla.person.id) === 0;
    while (!gone()) await Promise.resolve();
    t.wb.vault.lock('idle');
    const envelope = await erasing;
    expect(envelope.ok).toBe(true);
    await call(t.wb, 'vault:unlock', { passphrase: TEST_PASSPHRASE });
    expect(gone()).toBe(true);
    expect(t.wb.vault.db.prepare('SELECT count(*) FROM erasure_log').pluck().get()).toBe(1);
  });
});
