/**
 * Subject access must not hand one person another person's secrets: each rule of the review
 * and the export, through the real channels over a real encrypted vault.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  ABOUT_LEE,
  NEVER_IN_LEES_EXPORT,
  leeAndJess,
  passageWith,
  rangeOf,
  review,
} from '../support/subject-access-fixtures';
import { call, callError, workbenchPerTest } from '../support/temp-workbench';

let chosen: string | null;
const t = workbenchPerTest({ desktop: () => ({ chooseFolder: async () => chosen }) });
beforeEach(() => {
  chosen = t.folder;
});

interface Written {
  files: string[];
  included: number;
  withheld: number;
}
interface ExportRecord {
  namesLookedFor: string[];
  cases: { case: Record<string, unknown>; riskFlags: { detail: string }[] }[];
  notesAboutThem: { title: string; text: string }[];
  theirWords: { lines: { time: string; text: string }[] }[];
  reviewedPassages: { text: string; redacted: boolean; time: string | null }[];
  withheld: { passages: number; statement: string };
}

async function exported(personId: string, otherNames: string[] = [], decisions: unknown[] = []) {
  const written = (await call(t.wb, 'person:export', { personId, otherNames, decisions })) as Written;
  const jsonText = readFileSync(join(t.folder, written.files[1]!), 'utf8');
  return { written, jsonText, record: JSON.parse(jsonText) as ExportRecord };
}

describe('subject access review', () => {
  it('third-party passage withheld by default: only what is about Lee, and a count of the rest', async () => {
    const { lee } = await leeAndJess(t.wb);
    const { record, jsonText, written } = await exported(lee.person.id);
    expect(record.notesAboutThem).toEqual([
      expect.objectContaining({ title: 'Lee, first meeting', text: ABOUT_LEE }),
    ]);
    expect(record.theirWords[0]!.lines).toEqual([
      { time: '10:02', text: 'I pushed her and I am sorry.' },
      { time: '10:05', text: 'I will stay away from Jess.' },
    ]);
    expect(record.reviewedPassages).toEqual([]);
    // Jess's note and her line in the meeting name Lee Morgan: two passages, both withheld.
    expect(record.withheld).toEqual({
      passages: 2,
      statement: '2 passages withheld as other people’s information',
    });
    expect(written).toMatchObject({ included: 0, withheld: 2 });
    for (const secret of [...NEVER_IN_LEES_EXPORT, 'followed her', 'told my aunt'])
      expect(jsonText).not.toContain(secret);
  });

  it('lists for review the passages that mention him in notes about other people, marked, with whose note it is', async () => {
    const { lee } = await leeAndJess(t.wb);
    const listed = await review(t.wb, lee.person.id);
    expect(listed.primaryName).toBe('Lee Morgan');
    expect(listed.suggestions).toEqual(['Lee']);
    expect(listed.passages.map((p) => p.text)).toEqual([
      'She said Lee Morgan followed her from the Kestrel Road stop twice.',
      'Lee Morgan scared me; I told my aunt about the Wrenfield flat.',
    ]);
    const [fromJessNote, jessLine] = listed.passages as [
      (typeof listed.passages)[0],
      (typeof listed.passages)[0],
    ];
    expect(fromJessNote).toMatchObject({
      aboutName: 'Jess Harper',
      caseReference: 'RW-2026-0001',
      speaker: null,
    });
    expect(fromJessNote.marks.map((m) => fromJessNote.text.slice(m.start, m.end))).toEqual(['Lee Morgan']);
    expect(jessLine).toMatchObject({ aboutName: null, speaker: { name: 'Jess Harper', time: '10:03' } });
    // The same text gives the same id on every read.
    expect((await review(t.wb, lee.person.id)).passages.map((p) => p.id)).toEqual(
      listed.passages.map((p) => p.id),
    );
  });

  it('third-party passage included when chosen, and only that one', async () => {
    const { lee } = await leeAndJess(t.wb);
    const line = passageWith((await review(t.wb, lee.person.id)).passages, 'scared me');
    const { record, jsonText } = await exported(
      lee.person.id,
      [],
      [{ passageId: line.id, choice: 'include' }],
    );
    expect(record.reviewedPassages).toEqual([
      expect.objectContaining({
        text: 'Lee Morgan scared me; I told my aunt about the Wrenfield flat.',
        time: '10:03',
        redacted: false,
      }),
    ]);
    expect(record.withheld.passages).toBe(1);
    expect(jsonText).not.toContain('Kestrel');
  });

  it('redacted words show [redacted] and the original words appear nowhere in the JSON', async () => {
    const { lee } = await leeAndJess(t.wb);
    const passage = passageWith((await review(t.wb, lee.person.id)).passages, 'Kestrel');
    const { record, jsonText } = await exported(
      lee.person.id,
      [],
      [
        // "estrel Ro" is widened to the whole words it touches.
        {
          passageId: passage.id,
          choice: 'redact',
          redactions: [
            { start: rangeOf(passage, 'Kestrel').start + 1, end: rangeOf(passage, 'Road').end - 1 },
          ],
        },
      ],
    );
    expect(record.reviewedPassages).toEqual([
      expect.objectContaining({
        text: 'She said Lee Morgan followed her from the [redacted] stop twice.',
        redacted: true,
      }),
    ]);
    expect(jsonText).not.toMatch(/Kestrel|Road|estrel/);
  });

  it('first-name match in another case never gathered, even with the first name confirmed', async () => {
    const { lee, general } = await leeAndJess(t.wb);
    const listed = await review(t.wb, lee.person.id, ['Lee']);
    expect(listed.namesLookedFor).toEqual(['Lee Morgan', 'Lee']);
    expect(listed.passages.map((p) => p.text)).toContain('Lee was calm today.');
    expect(listed.passages.find((p) => p.text === 'Lee was calm today.')!.noteId).toBe(general.id);
    // The other case names "Lee Morgan" and "Lee", but he is not in it.
    expect(listed.passages.some((p) => p.text.includes('Okafor') || p.caseReference === 'RW-2026-0002')).toBe(
      false,
    );
    const { jsonText } = await exported(lee.person.id, ['Lee']);
    expect(jsonText).not.toContain('Okafor');
  });

  it('nickname found only when confirmed', async () => {
    const { lee } = await leeAndJess(t.wb);
    expect((await review(t.wb, lee.person.id)).passages.some((p) => p.text.includes('Mogsy'))).toBe(false);
    const withNickname = await review(t.wb, lee.person.id, ['mogsy']);
    const passage = passageWith(withNickname.passages, 'Mogsy');
    expect(passage.marks.map((m) => passage.text.slice(m.start, m.end))).toEqual(['Mogsy']);
  });

  it('others’ risk flags, the risk decision, closure detail, title and referral summary absent; his own flag present', async () => {
    const { lee } = await leeAndJess(t.wb);
    const { record, jsonText } = await exported(lee.person.id);
    expect(record.cases).toHaveLength(1);
    expect(record.cases[0]!.riskFlags.map((f) => f.detail)).toEqual(['LEE-OWN-RISK']);
    expect(record.cases[0]!.case).toEqual({
      reference: 'RW-2026-0001',
      process: 'Restorative conference',
      setting: 'School',
      status: 'Closed',
      openedOn: expect.any(String),
      referralDate: '2026-10-12',
    });
    for (const secret of NEVER_IN_LEES_EXPORT) expect(jsonText).not.toContain(secret);
  });

  it('counts of withheld passages: excluded, undecided and stale ones all count; included and redacted ones do not', async () => {
    const { lee } = await leeAndJess(t.wb);
    const passages = (await review(t.wb, lee.person.id, ['Lee', 'Mogsy'])).passages;
    expect(passages).toHaveLength(4);
    const { record, written } = await exported(
      lee.person.id,
      ['Lee', 'Mogsy'],
      [
        { passageId: passageWith(passages, 'calm').id, choice: 'include' },
        {
          passageId: passageWith(passages, 'Mogsy').id,
          choice: 'redact',
          redactions: [rangeOf(passageWith(passages, 'Mogsy'), 'gate')],
        },
        { passageId: passageWith(passages, 'Kestrel').id, choice: 'exclude' },
        { passageId: 'f'.repeat(32), choice: 'include' },
      ],
    );
    expect(record.reviewedPassages.map((p) => p.text)).toEqual([
      'Lee was calm today.',
      'Mogsy was seen near the [redacted] again.',
    ]);
    expect(record.withheld).toEqual({
      passages: 2,
      statement: '2 passages withheld as other people’s information',
    });
    expect(written).toMatchObject({ included: 2, withheld: 2 });
  });

  it('stale decisions ignored: a passage changed after review is withheld, and its redaction lands on no other text', async () => {
    const { lee, jess, bus, aboutJess } = await leeAndJess(t.wb);
    const before = passageWith((await review(t.wb, lee.person.id)).passages, 'Kestrel');
    await call(t.wb, 'note:save', {
      id: aboutJess.id,
      caseId: bus.id,
      personId: jess.person.id,
      title: 'Jess, at home',
      body: 'She said Lee Morgan waited at the Kestrel Road stop on Friday.',
    });
    const { record, jsonText } = await exported(
      lee.person.id,
      [],
      [{ passageId: before.id, choice: 'redact', redactions: [rangeOf(before, 'Kestrel Road')] }],
    );
    expect(record.reviewedPassages).toEqual([]);
    expect(record.withheld.passages).toBe(2);
    expect(jsonText).not.toMatch(/Kestrel|Friday/);
    expect((await review(t.wb, lee.person.id)).passages.map((p) => p.id)).not.toContain(before.id);
  });

  it('hostile strings and right-to-left text in names and passages are matched as text and exported intact', async () => {
    const { lee, bus } = await leeAndJess(t.wb);
    const nickname = 'Lee (مريم)*';
    const line = `<script>alert("x")</script> ${nickname} said: "; DROP TABLE notes; -- שָׁלוֹם 👵🏽`;
    await call(t.wb, 'note:save', {
      caseId: bus.id,
      title: 'Hostile',
      body: `${line}\n\nLee (x) is not the nickname.`,
    });
    const listed = await review(t.wb, lee.person.id, [nickname]);
    const passage = passageWith(listed.passages, '<script>');
    expect(passage.text).toBe(line);
    expect(passage.marks.map((m) => passage.text.slice(m.start, m.end))).toEqual([nickname]);
    expect(listed.passages.some((p) => p.text.startsWith('Lee (x)'))).toBe(false);
    const { record } = await exported(
      lee.person.id,
      [nickname],
      [{ passageId: passage.id, choice: 'include' }],
    );
    expect(record.namesLookedFor).toEqual(['Lee Morgan', nickname]);
    expect(record.reviewedPassages.map((p) => p.text)).toEqual([line]);
  });

  it('refuses decisions it cannot apply, with a clear message, and writes nothing', async () => {
    const { lee } = await leeAndJess(t.wb);
    const passage = passageWith((await review(t.wb, lee.person.id)).passages, 'Kestrel');
    const attempt = (decisions: unknown[], otherNames: unknown[] = []) =>
      callError(t.wb, 'person:export', { personId: lee.person.id, otherNames, decisions });
    expect(
      await attempt([{ passageId: passage.id, choice: 'redact', redactions: [{ start: 5, end: 5_000 }] }]),
    ).toMatchObject({
      code: 'invalid_input',
      message: 'A redaction goes past the end of its passage. Mark the words again, then export.',
    });
    expect((await attempt([{ passageId: passage.id, choice: 'redact', redactions: [] }])).message).toContain(
      'Select the words to redact',
    );
    expect(
      (
        await attempt([
          { passageId: passage.id, choice: 'include' },
          { passageId: passage.id, choice: 'exclude' },
        ])
      ).message,
    ).toContain('only one decision');
    expect((await attempt([{ passageId: '../../etc', choice: 'include' }])).message).toContain(
      'not a passage',
    );
    expect(
      (await attempt([{ passageId: passage.id, choice: 'redact', redactions: [{ start: 9, end: 3 }] }]))
        .message,
    ).toContain('at least one character');
    expect(
      (
        await attempt(
          [],
          Array.from({ length: 21 }, (_, i) => `Name ${i}`),
        )
      ).message,
    ).toContain('At most 20');
    expect((await attempt([], ['Lee\u0000'])).message).toContain('cannot be stored');
    // A name that would change the direction of the text around it is refused, not looked for.
    expect((await attempt([], ['Lee\u202e'])).message).toContain('direction');
    expect(readdirSync(t.folder)).toEqual([]);
  });
});

describe('the review kept as a draft', () => {
  it('keeps the names and decisions until they change, and the erasure removes them', async () => {
    const { lee } = await leeAndJess(t.wb);
    expect(await call(t.wb, 'person:exportDraft', { personId: lee.person.id })).toEqual({
      otherNames: [],
      decisions: [],
      savedAt: null,
    });
    const passage = passageWith((await review(t.wb, lee.person.id)).passages, 'Kestrel');
    const decisions = [
      { passageId: passage.id, choice: 'redact', redactions: [rangeOf(passage, 'Kestrel Road')] },
    ];
    await call(t.wb, 'person:saveExportDraft', { personId: lee.person.id, otherNames: ['Mogsy'], decisions });
    expect(await call(t.wb, 'person:exportDraft', { personId: lee.person.id })).toEqual({
      otherNames: ['Mogsy'],
      decisions,
      savedAt: '2026-11-24T10:00:00.000Z',
    });
    // Only ids and offsets are kept: never the passage's words.
    const stored = t.wb.vault.db
      .prepare(`SELECT * FROM form_drafts WHERE key LIKE 'subject-access-review:%'`)
      .all();
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toMatch(/Kestrel|followed/);
    await call(t.wb, 'person:erase', { personId: lee.person.id, confirmName: 'Lee' });
    expect(t.wb.vault.db.prepare('SELECT count(*) AS n FROM form_drafts').get()).toEqual({ n: 0 });
  });
});

describe('erasure scoping', () => {
  it('lists the notes about him and the notes of his cases naming him by the confirmed names, never another case’s Lee', async () => {
    const { lee, bus, general } = await leeAndJess(t.wb);
    // A note that named him once: its earlier version still does, so it is listed too.
    const renamed = (await call(t.wb, 'note:save', {
      caseId: bus.id,
      title: 'Phone call',
      body: 'Lee Morgan rang the office.',
    })) as { id: string };
    t.clock = new Date(t.clock.getTime() + 5 * 60_000);
    await call(t.wb, 'note:save', {
      id: renamed.id,
      caseId: bus.id,
      title: 'Phone call',
      body: 'Someone rang.',
    });
    const result = (await call(t.wb, 'person:erase', {
      personId: lee.person.id,
      confirmName: 'lee',
      otherNames: ['Lee'],
    })) as { notesToReview: { noteId: string; title: string; why: string }[] };
    expect(result.notesToReview.map((n) => [n.title, n.why])).toEqual([
      ['Lee, first meeting', 'about them'],
      ['Jess, at home', 'mentions them'],
      ['School', 'mentions them'],
      ['Conference', 'mentions them'],
      ['Phone call', 'mentions them'],
    ]);
    expect(result.notesToReview.map((n) => n.noteId)).toContain(general.id);
    expect(result.notesToReview.some((n) => n.title === 'Class')).toBe(false);
  });

  it('without the first name confirmed, a note naming him only as “Lee” is not listed', async () => {
    const { jess } = await leeAndJess(t.wb);
    const result = (await call(t.wb, 'person:erase', {
      personId: jess.person.id,
      confirmName: 'Jess Harper',
    })) as {
      notesToReview: { title: string; why: string }[];
    };
    // About her; and naming her in full: none here, since the notes call her "Jess".
    expect(result.notesToReview).toEqual([
      expect.objectContaining({ title: 'Jess, at home', why: 'about them' }),
    ]);
  });
});
