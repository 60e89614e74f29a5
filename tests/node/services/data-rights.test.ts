import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { schoolIncident } from '../support/case-fixtures';
import {
  call,
  callError,
  createVault,
  openTempWorkbench,
  type TempWorkbench,
} from '../support/temp-workbench';

let wb: TempWorkbench;
let exportDir: string;
let chosen: string | null;
beforeEach(async () => {
  exportDir = mkdtempSync(join(tmpdir(), 'rw-export-'));
  chosen = exportDir;
  // The folder dialog is the one part that needs a person; here it "chooses" a temp folder.
  wb = openTempWorkbench({ desktop: { chooseFolder: async () => chosen } });
  await createVault(wb);
});
afterEach(() => {
  wb.cleanup();
  rmSync(exportDir, { recursive: true, force: true });
});

async function seeded() {
  const incident = await schoolIncident(wb);
  const { kase, ayla, jordan } = incident;
  await call(wb, 'consent:record', {
    caseId: kase.id,
    personId: ayla.person.id,
    kind: 'take_part',
    decision: 'given',
    method: 'written',
    decidedOn: '2026-11-20',
  });
  await call(wb, 'risk:save', {
    caseId: kase.id,
    personId: ayla.person.id,
    category: 'self_harm',
    level: 'high',
    detail: 'RISK-DETAIL-AYLA',
  });
  await call(wb, 'note:save', {
    caseId: kase.id,
    personId: ayla.person.id,
    title: 'Prep with Ayla',
    body: 'Ayla wants her mum there.',
  });
  await call(wb, 'note:save', {
    caseId: kase.id,
    title: 'Staff room',
    body: 'Spoke to the tutor; Ayla Brightwater seemed calmer.',
  });
  await call(wb, 'note:save', {
    caseId: kase.id,
    kind: 'meeting',
    title: 'Conference',
    body: '@a 10:02 — I felt scared.\n@b 10:03 — I am sorry.',
    speakers: [
      { key: 'a', personId: ayla.person.id, name: 'Ayla Brightwater', colour: '#1d6fb8' },
      { key: 'b', personId: jordan.person.id, name: 'Jordan Fenwick', colour: '#b34a00' },
    ],
  });
  await call(wb, 'note:save', { caseId: kase.id, title: 'Unrelated', body: 'Room booked for Thursday.' });
  return incident;
}

describe('subject access export', () => {
  it('writes a readable Word document and a JSON file with every case, consent, flag and note about the person', async () => {
    const { ayla } = await seeded();
    const result = (await call(wb, 'person:export', { personId: ayla.person.id })) as {
      files: string[];
      cancelled: boolean;
    };
    expect(result.cancelled).toBe(false);
    expect(result.files).toEqual([
      expect.stringMatching(/^subject-access-Ayla-Brightwater-\d{4}-\d{2}-\d{2}\.docx$/),
      expect.stringMatching(/\.json$/),
    ]);
    const json = JSON.parse(readFileSync(join(exportDir, result.files[1]!), 'utf8')) as {
      cases: { consents: unknown[]; riskFlags: unknown[] }[];
      notes: { note: { title: string }; why: string[] }[];
    };
    expect(json.cases).toHaveLength(1);
    expect(json.cases[0]!.consents).toHaveLength(1);
    expect(json.cases[0]!.riskFlags).toHaveLength(1);
    expect(json.notes.map((n) => n.note.title).sort()).toEqual([
      'Conference',
      'Prep with Ayla',
      'Staff room',
    ]);
    // The .docx is a real Word file: its document.xml carries the name and the note text.
    const xml = execFileSync('unzip', [
      '-p',
      join(exportDir, result.files[0]!),
      'word/document.xml',
    ]).toString('utf8');
    expect(xml).toContain('Information held about Ayla Brightwater');
    expect(xml).toContain('Ayla wants her mum there.');
    const again = (await call(wb, 'person:export', { personId: ayla.person.id })) as { files: string[] };
    expect(again.files[0]).toMatch(/-2\.docx$/);
    expect(readdirSync(exportDir)).toHaveLength(4);
  });

  it('writes nothing when the folder choice is cancelled', async () => {
    const { ayla } = await seeded();
    chosen = null;
    expect(await call(wb, 'person:export', { personId: ayla.person.id })).toMatchObject({
      cancelled: true,
      files: [],
    });
    expect(readdirSync(exportDir)).toEqual([]);
  });
});

describe('erasure', () => {
  it('removes the person everywhere, lists notes that still mention them, and logs only counts', async () => {
    const { kase, ayla } = await seeded();
    expect(
      (await callError(wb, 'person:erase', { personId: ayla.person.id, confirmName: 'Ayla' })).fields,
    ).toHaveProperty('confirmName');
    const result = (await call(wb, 'person:erase', {
      personId: ayla.person.id,
      confirmName: ' ayla brightwater ',
    })) as { casesAffected: number; notesToReview: { title: string }[] };
    expect(result.casesAffected).toBe(1);
    // The conference note named her only as a speaker, and that attribution is removed; the other
    // two name her in their text (full name, or first name alone), which only the facilitator
    // should rewrite. The unrelated note is not listed.
    expect(result.notesToReview.map((n) => n.title).sort()).toEqual(['Prep with Ayla', 'Staff room']);

    const people = (await call(wb, 'participant:list', { caseId: kase.id })) as {
      person: { preferredName: string };
    }[];
    expect(people.map((p) => p.person.preferredName)).not.toContain('Ayla Brightwater');
    expect((await call(wb, 'risk:list', { caseId: kase.id })) as unknown[]).toHaveLength(0);
    expect(
      (await call(wb, 'search:query', { query: 'Brightwater' })) as { kind: string }[],
    ).not.toContainEqual(expect.objectContaining({ kind: 'person', title: 'Ayla Brightwater' }));
    const conference = (await call(wb, 'note:list', { caseId: kase.id })) as {
      title: string;
      personId: string | null;
      speakers: { name: string; personId: string | null }[];
    }[];
    expect(conference.find((n) => n.title === 'Conference')!.speakers[0]).toMatchObject({
      name: 'Erased person',
      personId: null,
    });
    expect(conference.find((n) => n.title === 'Prep with Ayla')!.personId).toBeNull();
    const timeline = (await call(wb, 'case:timeline', { id: kase.id })) as {
      summary: string;
      kind: string;
    }[];
    // No event names her; only the title of a note listed for review still does.
    expect(
      timeline
        .filter((t) => t.kind !== 'note')
        .map((t) => t.summary)
        .join('\n'),
    ).not.toContain('Ayla');
    expect(timeline.at(-1)!.summary).toBe('A person was erased from the workbench');
    const log = wb.vault.db.prepare('SELECT counts FROM erasure_log').all() as { counts: string }[];
    expect(log).toHaveLength(1);
    expect(log[0]!.counts).not.toMatch(/Ayla|Brightwater/);
    expect(JSON.parse(log[0]!.counts)).toEqual({ cases: 1, notesToReview: 2, attributionsRemoved: 1 });
  });
});
