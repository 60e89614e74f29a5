/**
 * Search rules, through the real channels over a real encrypted vault: one normalisation for
 * every search (Ctrl+K over cases, people and notes; the case list filter; the person search),
 * snippets in the original spelling, short words, hostile text, pages and the cost bound,
 * and speakers' names in meeting notes.
 */
import { describe, expect, it } from 'vitest';
import { serviceContext } from '../../../src/main/services/core';
import { CANDIDATE_LIMIT, search } from '../../../src/main/services/notes';
import { HIGHLIGHT_END, HIGHLIGHT_START, type SearchAnswer } from '../../../src/shared/schemas/notes';
import { addPerson, createCase } from '../support/case-fixtures';
import { call, callError, workbenchPerTest } from '../support/temp-workbench';

const t = workbenchPerTest();

const marked = (word: string) => `${HIGHLIGHT_START}${word}${HIGHLIGHT_END}`;

async function ask(query: string, page = 0): Promise<SearchAnswer> {
  return (await call(t.wb, 'search:query', { query, page })) as SearchAnswer;
}

/** A case named after someone, with them in it and a note that names them. */
async function someoneNamed(name: string) {
  const kase = await createCase(t.wb, { title: `Falling out with ${name}` });
  const { person } = await addPerson(t.wb, kase.id, name, 'harmed');
  const note = (await call(t.wb, 'note:save', {
    caseId: kase.id,
    title: 'Home visit',
    body: `Met ${name} at home after school. ${name} would like to talk.`,
  })) as { id: string };
  return { kase, person, note };
}

/** Found by every search in the app: Ctrl+K (person, case, note), the case list, the person search. */
async function expectFoundEverywhere(typed: string, seeded: Awaited<ReturnType<typeof someoneNamed>>) {
  const { hits } = await ask(typed);
  expect(hits.find((h) => h.kind === 'person')?.id).toBe(seeded.person.id);
  expect(hits.find((h) => h.kind === 'case')?.id).toBe(seeded.kase.id);
  expect(hits.find((h) => h.kind === 'note')?.id).toBe(seeded.note.id);
  const listed = (await call(t.wb, 'case:list', { query: typed })) as { cases: { id: string }[] };
  expect(listed.cases.map((c) => c.id)).toEqual([seeded.kase.id]);
  const people = (await call(t.wb, 'person:search', { query: typed })) as { id: string }[];
  expect(people.map((p) => p.id)).toEqual([seeded.person.id]);
  return hits;
}

describe('one normalisation for every search', () => {
  it.each([
    ['Polish', 'Łukasz Żółć', 'lukasz zolc', ['Łukasz', 'Żółć']],
    ['Irish', 'Aoife Ní Bhriain', 'AOIFE NI', ['Aoife', 'Ní']],
    ['Irish, curly apostrophe', 'Siobhán O’Brien', "siobhan o'brien", ['Siobhán', 'O’Brien']],
    ['Turkish dotted capital İ', 'İrem Yıldız', 'IREM YILDIZ', ['İrem', 'Yıldız']],
    ['Turkish dotless ı', 'Işıl Kılıç', 'isil kilic', ['Işıl', 'Kılıç']],
    ['Vietnamese', 'Nguyễn Thị Đào', 'nguyen thi dao', ['Nguyễn', 'Thị', 'Đào']],
    ['Arabic (hamza on alef, harakat)', 'أَحْمَد حداد', 'احمد حداد', ['أَحْمَد', 'حداد']],
    ['Spanish in capitals', 'TOMÁS Núñez', 'tomas nunez', ['TOMÁS', 'Núñez']],
  ])('%s: "%s" is found by typing "%s", and shown with its accents', async (_script, name, typed, words) => {
    const seeded = await someoneNamed(name);
    const hits = await expectFoundEverywhere(typed, seeded);
    const person = hits.find((h) => h.kind === 'person')!;
    expect(person.title).toBe(name);
    for (const word of words) expect(person.snippet).toContain(marked(word));
    const note = hits.find((h) => h.kind === 'note')!;
    for (const word of words) expect(note.snippet).toContain(marked(word));
  });

  it.each([
    ['Polish', 'Lukasz Zolc', 'Łukasz Żółć'],
    ['Irish', 'Aoife Ni Bhriain', 'AOIFE NÍ'],
    ['Irish, no apostrophe', 'Siobhan OBrien', 'Siobhán O’Brien'],
    ['Turkish', 'Irem Yildiz', 'İrem Yıldız'],
    ['Vietnamese', 'Nguyen Thi Dao', 'Nguyễn Thị Đào'],
    ['Arabic', 'احمد حداد', 'أحمد حداد'],
  ])('%s, the other way round: "%s" is found by typing "%s"', async (_script, name, typed) => {
    await expectFoundEverywhere(typed, await someoneNamed(name));
  });

  it("finds O’Brien, O'Brien and OBrien from any of them, and Brien alone", async () => {
    const curly = await someoneNamed('Shane O’Brien');
    for (const typed of ["O'Brien", 'O’Brien', 'obrien', 'OʼBRIEN']) {
      const { hits } = await ask(typed);
      expect(hits.find((h) => h.kind === 'person')?.id).toBe(curly.person.id);
      expect(((await call(t.wb, 'person:search', { query: typed })) as unknown[]).length).toBe(1);
    }
    expect((await ask('brien')).hits.find((h) => h.kind === 'person')?.snippet).toContain(marked('Brien'));
  });

  it('a dash or two spaces in the list filter are one space: "Smith-Jones" and "RW 2026" find their cases', async () => {
    const seeded = await someoneNamed('Kai Smith-Jones');
    for (const typed of ['smith jones', 'Smith–Jones', 'kai  smith']) {
      const listed = (await call(t.wb, 'case:list', { query: typed })) as { cases: { id: string }[] };
      expect(listed.cases.map((c) => c.id)).toEqual([seeded.kase.id]);
    }
    const reference = seeded.kase.reference.replaceAll('-', ' ');
    expect(((await call(t.wb, 'case:list', { query: reference })) as { total: number }).total).toBe(1);
  });

  it('keeps every search in step with renames, edits and erasure', async () => {
    const seeded = await someoneNamed('Ola Wren');
    await call(t.wb, 'person:update', { id: seeded.person.id, preferredName: 'Ołenka Wren' });
    expect((await ask('olenka')).hits.some((h) => h.kind === 'person')).toBe(true);
    expect(((await call(t.wb, 'person:search', { query: 'olenka' })) as unknown[]).length).toBe(1);
    expect(((await call(t.wb, 'case:list', { query: 'olenka' })) as { total: number }).total).toBe(1);
    await call(t.wb, 'case:update', { id: seeded.kase.id, title: 'Argument at the bus stop' });
    expect((await ask('bus stop')).hits.map((h) => h.kind)).toEqual(['case']);
    expect(((await call(t.wb, 'case:list', { query: 'falling out' })) as { total: number }).total).toBe(0);
    await call(t.wb, 'person:erase', { personId: seeded.person.id, confirmName: 'Ołenka Wren' });
    expect((await ask('olenka')).hits.filter((h) => h.kind === 'person')).toEqual([]);
    expect(((await call(t.wb, 'person:search', { query: 'olenka' })) as unknown[]).length).toBe(0);
  });
});

describe('short words, hostile text and bounds', () => {
  it('matches a word of one or two letters whole in notes, names from their first letter', async () => {
    const kase = await createCase(t.wb, { title: 'Garden wall' });
    await addPerson(t.wb, kase.id, 'Ayla Brightwater', 'harmed');
    const letter = (await call(t.wb, 'note:save', { caseId: kase.id, body: 'I wrote a letter.' })) as {
      id: string;
    };
    await call(t.wb, 'note:save', { caseId: kase.id, body: 'An apple fell at lunch.' });
    const { hits } = await ask('a');
    expect(hits.filter((h) => h.kind === 'note').map((h) => h.id)).toEqual([letter.id]);
    expect(hits.filter((h) => h.kind === 'person').map((h) => h.title)).toEqual(['Ayla Brightwater']);
    expect((await ask('app')).hits.filter((h) => h.kind === 'note')).toHaveLength(1);
  });

  it('treats FTS syntax, quotes, SQL, emoji and right-to-left text as words, never as an error', async () => {
    const kase = await createCase(t.wb);
    await call(t.wb, 'note:save', { caseId: kase.id, body: 'mentions NEAR and OR words, 🌈 and שָׁלוֹם' });
    const hostile = ['"', '*', 'NEAR(', 'a OR', '"; DROP TABLE notes; --', "'); DELETE FROM people; --"];
    for (const query of [
      ...hostile,
      'body:x',
      '^near',
      '-near',
      '(near)',
      '<script>',
      '🌈',
      '  ',
      '\\',
      '%_',
    ]) {
      expect((await t.wb.dispatch('search:query', { query })).ok).toBe(true);
      expect((await t.wb.dispatch('case:list', { query })).ok).toBe(true);
      expect((await t.wb.dispatch('person:search', { query })).ok).toBe(true);
    }
    expect((await ask('near')).hits).toHaveLength(1);
    expect((await ask('שלום')).hits[0]?.snippet).toContain(marked('שָׁלוֹם'));
    expect(((await call(t.wb, 'note:list', { caseId: kase.id })) as unknown[]).length).toBe(1);
    expect(((await call(t.wb, 'case:list', { query: '%' })) as { total: number }).total).toBe(0);
  });

  it('refuses control characters, direction overrides and a 10,000-character query with a clear error', async () => {
    const cases = [
      ['bell\u0007', 'Search contains characters that cannot be stored.'],
      ['\u202eyawlliw', 'Search contains a hidden character'],
      ['x'.repeat(10_000), 'Search can be at most 200 characters.'],
    ] as const;
    for (const [query, message] of cases) {
      const error = await callError(t.wb, 'search:query', { query });
      expect(error.code).toBe('invalid_input');
      expect(error.message).toContain(message);
      expect((await callError(t.wb, 'case:list', { query })).code).toBe('invalid_input');
    }
  });

  it('reads a long query given to the service directly only as far as its first twelve words', async () => {
    const kase = await createCase(t.wb);
    await call(t.wb, 'note:save', { caseId: kase.id, body: 'the lantern was broken' });
    const ctx = serviceContext(t.wb.vault.db);
    expect(search(ctx, `lantern ${'broken '.repeat(2_000)}`).hits).toHaveLength(1);
    expect(search(ctx, `${'zz '.repeat(5_000)}lantern`).hits).toHaveLength(0);
  });
});

describe('pages and the cost bound', () => {
  it('gives results a page at a time, each kind its share, says more exist and never repeats one', async () => {
    const kase = await createCase(t.wb, { title: 'Lantern festival' });
    for (let i = 0; i < 25; i++)
      await call(t.wb, 'note:save', { caseId: kase.id, body: `Lantern note ${i}` });
    const first = await ask('lantern');
    expect(first.hits.filter((h) => h.kind === 'note')).toHaveLength(20);
    expect(first.found.note).toEqual({ count: 25, atLeast: false });
    expect(first.found.case).toEqual({ count: 1, atLeast: false });
    expect(first.more).toBe(true);
    const second = await ask('lantern', 1);
    expect(second.hits.map((h) => h.kind)).toEqual(Array(5).fill('note'));
    expect(second.more).toBe(false);
    const ids = [...first.hits, ...second.hits].map((h) => h.id);
    expect(new Set(ids).size).toBe(27 - 1);
    expect(second.hits.map((h) => h.rank)).toEqual([20, 21, 22, 23, 24]);
  });

  it('counts no further than the bound, shows the newest first, and still ranks by a rarer word', async () => {
    const kase = await createCase(t.wb);
    const db = t.wb.vault.db;
    const insert = db.prepare(
      `INSERT INTO notes (id, case_id, title, body, created_at, updated_at) VALUES (?, ?, '', ?, ?, ?)`,
    );
    db.transaction(() => {
      for (let i = 0; i < CANDIDATE_LIMIT + 100; i++) {
        const body = i % 700 === 0 ? `The kettle and the harmonica ${i}` : `The kettle boiled ${i}`;
        insert.run(`note-${String(i).padStart(5, '0')}`, kase.id, body, 'x', 'x');
      }
    })();
    insert.run('note-kettles', kase.id, 'Two kettles and a harmonica', 'x', 'x');
    const broad = await ask('kettle');
    expect(broad.found.note).toEqual({ count: CANDIDATE_LIMIT, atLeast: true });
    expect(broad.notesNewestFirst).toBe(true);
    // "kettle" alone is in more notes than the bound, so it is not widened to "kettles".
    expect(broad.hits.filter((h) => h.kind === 'note')[0]?.id).toBe(
      `note-${String(CANDIDATE_LIMIT + 99).padStart(5, '0')}`,
    );
    const narrow = await ask('kettle harmonica');
    expect(narrow.notesNewestFirst).toBe(false);
    // With few candidates it is widened again: the note with "kettles" is found too.
    expect(narrow.found.note).toEqual({ count: 4, atLeast: false });
    expect(narrow.hits.some((h) => h.id === 'note-kettles')).toBe(true);
    expect(narrow.hits.map((h) => h.snippet).every((s) => s.includes(marked('harmonica')))).toBe(true);
  });
});

describe('meeting notes in search', () => {
  it("shows the speaker's name and time in a snippet instead of the letter code, and never finds the code", async () => {
    const kase = await createCase(t.wb);
    const { person } = await addPerson(t.wb, kase.id, 'Jess Calder', 'harmed');
    await call(t.wb, 'note:save', {
      caseId: kase.id,
      kind: 'meeting',
      title: 'Conference',
      body: '@j 07:35 — I felt the fence was where it started.\n@f 07:36 — Thank you, Jess.\n@q 07:40 — Someone left.',
      speakers: [
        { key: 'j', personId: person.id, name: 'Jess Calder', colour: '#1d6fb8' },
        { key: 'f', personId: null, name: 'Facilitator', colour: '#b34a00' },
      ],
    });
    const snippet = async (query: string) => (await ask(query)).hits.find((h) => h.kind === 'note')?.snippet;
    expect(await snippet('fence')).toContain(`Jess Calder 07:35 — I felt the ${marked('fence')} was where`);
    expect(await snippet('thank')).toContain(`Facilitator 07:36 — ${marked('Thank')} you, Jess.`);
    // A letter nobody has (an erased speaker's) shows the time alone.
    expect(await snippet('someone')).toContain(`Jess. 07:40 — ${marked('Someone')} left.`);
    for (const query of ['fence', 'thank', 'someone']) expect(await snippet(query)).not.toContain('@');
    expect((await ask('j')).hits.filter((h) => h.kind === 'note')).toEqual([]);
  });
});
