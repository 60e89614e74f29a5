import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '../../../src/shared/schemas/notes';
import { createCase, schoolIncident } from '../support/case-fixtures';
import { call, callError, workbenchPerTest } from '../support/temp-workbench';

const t = workbenchPerTest();

async function hitsFor(query: string): Promise<unknown[]> {
  return ((await call(t.wb, 'search:query', { query })) as { hits: unknown[] }).hits;
}

const tick = (ms: number) => (t.clock = new Date(t.clock.getTime() + ms));
type N = {
  id: string;
  body: string;
  title: string;
  speakers: { key: string; name: string; personId: string | null }[];
};

describe('notes', () => {
  it('autosaves by upsert and folds a spell of writing into one revision, then starts another', async () => {
    const kase = await createCase(t.wb);
    let note = (await call(t.wb, 'note:save', {
      caseId: kase.id,
      title: 'Prep with Ayla',
      body: 'She',
    })) as N;
    for (const body of ['She said', 'She said she felt', 'She said she felt scared']) {
      tick(1_000);
      note = (await call(t.wb, 'note:save', {
        id: note.id,
        caseId: kase.id,
        title: 'Prep with Ayla',
        body,
      })) as N;
    }
    tick(5 * 60_000);
    await call(t.wb, 'note:save', {
      id: note.id,
      caseId: kase.id,
      title: 'Prep with Ayla',
      body: 'She said she felt scared. Mum came in.',
    });
    const revisions = (await call(t.wb, 'note:revisions', { noteId: note.id })) as {
      id: string;
      body: string;
    }[];
    expect(revisions.map((r) => r.body)).toEqual([
      'She said she felt scared. Mum came in.',
      'She said she felt scared',
    ]);
    tick(1_000);
    const restored = (await call(t.wb, 'note:restoreRevision', {
      noteId: note.id,
      revisionId: revisions[1]!.id,
    })) as N;
    expect(restored.body).toBe('She said she felt scared');
    const after = (await call(t.wb, 'note:revisions', { noteId: note.id })) as { body: string }[];
    expect(after.map((r) => r.body)).toEqual([
      'She said she felt scared',
      'She said she felt scared. Mum came in.',
      'She said she felt scared',
    ]);
  });

  it('a note needs an existing case, and a linked person or meeting must belong to it', async () => {
    const kase = await createCase(t.wb);
    const other = await createCase(t.wb, { title: 'Other' });
    const { ayla } = await schoolIncident(t.wb);
    const noCase = await t.wb.dispatch('note:save', { body: 'x' });
    expect(noCase.ok === false && noCase.error.fields).toHaveProperty('caseId');
    expect(
      (await callError(t.wb, 'note:save', { caseId: '00000000-0000-4000-8000-000000000000', body: 'x' }))
        .code,
    ).toBe('not_found');
    expect(
      (await callError(t.wb, 'note:save', { caseId: other.id, personId: ayla.person.id, body: 'x' })).fields,
    ).toHaveProperty('personId');
    const meeting = (await call(t.wb, 'meeting:save', {
      caseId: kase.id,
      kind: 'preparation',
      startsAt: '2026-11-25T10:00',
    })) as { id: string };
    expect(
      (await callError(t.wb, 'note:save', { caseId: other.id, meetingId: meeting.id, body: 'x' })).fields,
    ).toHaveProperty('meetingId');
    expect((await callError(t.wb, 'note:save', { caseId: kase.id, body: 'x'.repeat(200_001) })).code).toBe(
      'invalid_input',
    );
  });

  it('keeps meeting-mode speakers with the note', async () => {
    const { kase, ayla } = await schoolIncident(t.wb);
    const note = (await call(t.wb, 'note:save', {
      caseId: kase.id,
      kind: 'meeting',
      title: 'Conference',
      body: '@a 10:02 — I was scared to come to school.\n@b 10:04 — I am sorry.',
      speakers: [
        { key: 'a', personId: ayla.person.id, name: 'Ayla Brightwater', colour: '#1d6fb8' },
        { key: 'b', personId: null, name: 'Jordan', colour: '#b34a00' },
      ],
    })) as N;
    expect((await call(t.wb, 'note:get', { id: note.id })) as N).toMatchObject({
      speakers: [{ key: 'a' }, { key: 'b' }],
    });
  });
});

describe('search', () => {
  it('finds notes and cases, ranked, with highlighted snippets, accents and prefixes forgiven', async () => {
    const kase = await createCase(t.wb, { title: 'Café window' });
    await call(t.wb, 'note:save', {
      caseId: kase.id,
      title: 'Home visit',
      body: 'Grandmother talked about the broken café window and the football club.',
    });
    await call(t.wb, 'note:save', { caseId: kase.id, title: 'Call', body: 'Short call about times.' });
    const { hits } = (await call(t.wb, 'search:query', { query: 'cafe wind' })) as {
      hits: { kind: string; title: string; snippet: string }[];
    };
    expect(hits.map((h) => h.kind).sort()).toEqual(['case', 'note']);
    const note = hits.find((h) => h.kind === 'note')!;
    expect(note.title).toBe('Home visit');
    expect(note.snippet).toContain(`${HIGHLIGHT_START}café${HIGHLIGHT_END}`);
    expect(await hitsFor('football')).toHaveLength(1);
  });

  it('treats FTS syntax and hostile text as words, never as a query error', async () => {
    const kase = await createCase(t.wb);
    await call(t.wb, 'note:save', { caseId: kase.id, body: 'mentions NEAR and OR words' });
    for (const query of ['"', '*', 'NEAR(', 'a OR', '"; DROP TABLE notes; --', '<script>', '🌈', '  ']) {
      const envelope = await t.wb.dispatch('search:query', { query });
      expect(envelope.ok).toBe(true);
    }
    expect(await hitsFor('near')).toHaveLength(1);
  });

  it('keeps the index in step: edited text is found by its new words only', async () => {
    const kase = await createCase(t.wb);
    const note = (await call(t.wb, 'note:save', { caseId: kase.id, body: 'zebra' })) as N;
    await call(t.wb, 'note:save', { id: note.id, caseId: kase.id, body: 'giraffe' });
    expect(await hitsFor('zebra')).toHaveLength(0);
    expect(await hitsFor('giraffe')).toHaveLength(1);
    await call(t.wb, 'note:delete', { id: note.id });
    expect(await hitsFor('giraffe')).toHaveLength(0);
  });
});

describe('today', () => {
  it('shows upcoming meetings of active cases in time order, and nothing from archived ones', async () => {
    const a = await createCase(t.wb, { title: 'A' });
    const b = await createCase(t.wb, { title: 'B' });
    await call(t.wb, 'meeting:save', {
      caseId: a.id,
      kind: 'conference',
      startsAt: '2026-11-27T14:00',
      place: 'Hall',
    });
    await call(t.wb, 'meeting:save', { caseId: b.id, kind: 'preparation', startsAt: '2026-11-25T09:30' });
    await call(t.wb, 'meeting:save', { caseId: b.id, kind: 'review', startsAt: '2027-03-01T09:30' });
    let today = (await call(t.wb, 'today:get')) as {
      upcomingMeetings: { caseReference: string; startsAt: string }[];
      dueActions: unknown[];
    };
    expect(today.upcomingMeetings.map((m) => m.startsAt)).toEqual(['2026-11-25T09:30', '2026-11-27T14:00']);
    await call(t.wb, 'case:archive', { id: b.id });
    today = (await call(t.wb, 'today:get')) as typeof today;
    expect(today.upcomingMeetings.map((m) => m.caseReference)).toEqual([a.reference]);
    expect(
      (
        await callError(t.wb, 'meeting:save', {
          caseId: a.id,
          kind: 'conference',
          startsAt: '2026-13-01T10:00',
        })
      ).fields,
    ).toHaveProperty('startsAt');
  });
});

describe('search across kinds', () => {
  it('keeps notes in the results even when many cases match the same word', async () => {
    for (let i = 0; i < 12; i++) await createCase(t.wb, { title: `Fence repair ${i}` });
    const kase = await createCase(t.wb, { title: 'Garden' });
    await call(t.wb, 'note:save', {
      caseId: kase.id,
      title: 'Site visit',
      body: 'The fence by the allotment was broken.',
    });
    const { hits } = (await call(t.wb, 'search:query', { query: 'fence', limit: 12 })) as {
      hits: { kind: string }[];
    };
    expect(hits.filter((h) => h.kind === 'case')).toHaveLength(2);
    expect(hits.filter((h) => h.kind === 'note')).toHaveLength(1);
  });
});
