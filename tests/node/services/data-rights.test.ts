import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { MapNode, MapTie } from '../../../src/shared/domain/relationship-map';
import { ecomapTie, person } from '../domain/relationship-map-fixtures';
import { blankAction } from '../../../src/shared/domain/agreement';
import { schoolIncident } from '../support/case-fixtures';
import { convertToPdf } from '../support/libreoffice';
import { call, callError, workbenchPerTest } from '../support/temp-workbench';

let chosen: string | null;
// The folder dialog is the one part that needs a person; here it "chooses" the test's folder.
const t = workbenchPerTest({ realClock: true, desktop: () => ({ chooseFolder: async () => chosen }) });
beforeEach(() => {
  chosen = t.folder;
});

async function seeded() {
  const incident = await schoolIncident(t.wb);
  const { kase, ayla, jordan } = incident;
  await call(t.wb, 'consent:record', {
    caseId: kase.id,
    personId: ayla.person.id,
    kind: 'take_part',
    decision: 'given',
    method: 'written',
    decidedOn: '2026-11-20',
  });
  await call(t.wb, 'risk:save', {
    caseId: kase.id,
    personId: ayla.person.id,
    category: 'self_harm',
    level: 'high',
    detail: 'RISK-DETAIL-AYLA',
  });
  await call(t.wb, 'note:save', {
    caseId: kase.id,
    personId: ayla.person.id,
    title: 'Prep with Ayla',
    body: 'Ayla wants her mum there.',
  });
  await call(t.wb, 'note:save', {
    caseId: kase.id,
    title: 'Staff room',
    body: 'Spoke to the tutor; Ayla Brightwater seemed calmer.',
  });
  await call(t.wb, 'note:save', {
    caseId: kase.id,
    kind: 'meeting',
    title: 'Conference',
    body: '@a 10:02 — I felt scared.\n@b 10:03 — I am sorry.',
    speakers: [
      { key: 'a', personId: ayla.person.id, name: 'Ayla Brightwater', colour: '#1d6fb8' },
      { key: 'b', personId: jordan.person.id, name: 'Jordan Fenwick', colour: '#b34a00' },
    ],
  });
  await call(t.wb, 'note:save', { caseId: kase.id, title: 'Unrelated', body: 'Room booked for Thursday.' });
  return incident;
}

describe('subject access export', () => {
  it('writes a readable Word document and a JSON file: her cases, consents, flags, the notes about her and her words', async () => {
    const { ayla } = await seeded();
    const result = (await call(t.wb, 'person:export', { personId: ayla.person.id })) as {
      files: string[];
      cancelled: boolean;
      included: number;
      withheld: number;
    };
    expect(result.cancelled).toBe(false);
    expect(result.files).toEqual([
      expect.stringMatching(/^subject-access-Ayla-Brightwater-\d{4}-\d{2}-\d{2}\.docx$/),
      expect.stringMatching(/\.json$/),
    ]);
    const json = JSON.parse(readFileSync(join(t.folder, result.files[1]!), 'utf8')) as {
      cases: { case: { reference: string; process: string }; consents: unknown[]; riskFlags: unknown[] }[];
      notesAboutThem: { title: string; text: string }[];
      theirWords: { lines: { time: string; text: string }[] }[];
      reviewedPassages: unknown[];
      withheld: { passages: number; statement: string };
    };
    expect(json.cases).toHaveLength(1);
    expect(json.cases[0]!.case).toMatchObject({
      reference: 'RW-2026-0001',
      process: 'Restorative conference',
    });
    expect(json.cases[0]!.consents).toHaveLength(1);
    expect(json.cases[0]!.riskFlags).toHaveLength(1);
    expect(json.notesAboutThem.map((n) => n.title)).toEqual(['Prep with Ayla']);
    // Her own words in the conference, just her line, with its time; not Jordan's.
    expect(json.theirWords).toEqual([
      expect.objectContaining({ lines: [{ time: '10:02', text: 'I felt scared.' }] }),
    ]);
    // "Staff room" names her but is not about her: counted, not copied, until it is reviewed.
    expect(json.reviewedPassages).toEqual([]);
    expect(json.withheld).toEqual({
      passages: 1,
      statement: '1 passage withheld as other people’s information',
    });
    expect(result).toMatchObject({ included: 0, withheld: 1 });
    // The .docx is a real Word file: its document.xml carries the name and the note text.
    const xml = execFileSync('unzip', ['-p', join(t.folder, result.files[0]!), 'word/document.xml']).toString(
      'utf8',
    );
    expect(xml).toContain('Information held about Ayla Brightwater');
    expect(xml).toContain('Ayla wants her mum there.');
    expect(xml).toContain('10:02 I felt scared.');
    expect(xml).not.toContain('I am sorry.');
    expect(xml).not.toContain('seemed calmer');
    const again = (await call(t.wb, 'person:export', { personId: ayla.person.id })) as { files: string[] };
    expect(again.files[0]).toMatch(/-2\.docx$/);
    expect(readdirSync(t.folder)).toHaveLength(4);
  });

  it('also lists her preparation meetings, her part in the agreement and her ties on each map, and nobody else’s', async () => {
    const { kase, ayla, jordan, tomasz, supporters } = await seeded();
    const marisol = supporters[0]!;
    await call(t.wb, 'prep:save', {
      caseId: kase.id,
      participantId: ayla.id,
      startsAt: '2026-11-18T16:00',
      place: 'Family room at Hillside School',
      present: 'Ayla, Marisol',
      checklist: { process_explained: true, account_heard: true },
    });
    await call(t.wb, 'prep:save', {
      caseId: kase.id,
      participantId: jordan.id,
      startsAt: '2026-11-19T10:00',
      place: 'PREP-PLACE-JORDAN',
    });
    await call(t.wb, 'agreement:save', {
      caseId: kase.id,
      actions: [
        {
          what: 'Jordan replaces the bag strap',
          whoParticipantId: jordan.id,
          forParticipantId: ayla.id,
          byWhen: '2026-12-04',
        },
        { what: 'Ayla chooses where she sits in science', whoParticipantId: ayla.id },
        { what: 'ACTION-FOR-TOMASZ-ONLY', whoParticipantId: jordan.id, forParticipantId: tomasz.id },
      ],
      signers: [
        { participantId: ayla.id, choice: 'declines' },
        { participantId: jordan.id, choice: 'signs' },
      ],
    });
    const map = (await call(t.wb, 'map:create', {
      caseId: kase.id,
      kind: 'ecomap',
      title: 'Ayla’s world',
    })) as {
      map: { id: string };
    };
    const node = (id: string, personId: string | null, extra: Partial<MapNode> = {}) =>
      person(id, '', { personId, ...extra });
    const tie = (id: string, from: string, to: string, quality: string, extra: Partial<MapTie> = {}) =>
      ecomapTie(id, from, to, { quality, ...extra } as Partial<MapTie>);

    await call(t.wb, 'map:save', {
      mapId: map.map.id,
      document: {
        nodes: [
          node('a', ayla.person.id, { focal: true, note: 'Walks to school with her cousin' }),
          node('m', marisol.person.id),
          node('j', jordan.person.id),
          node('s', null, { label: 'Hillside School', kind: 'system' }),
        ],
        ties: [
          tie('t1', 'm', 'a', 'strong', { label: 'Mum' }),
          tie('t2', 'j', 'a', 'harm', { note: 'Since the corridor incident' }),
          tie('t3', 'j', 's', 'stressful', { note: 'TIE-NOT-ABOUT-AYLA' }),
        ],
        households: [],
      },
    });

    const result = (await call(t.wb, 'person:export', { personId: ayla.person.id })) as { files: string[] };
    const json = JSON.parse(readFileSync(join(t.folder, result.files[1]!), 'utf8')) as {
      cases: {
        preparation: { readiness: string; meetings: { place: string; covered: string[] }[] }[];
        agreement: { choice: string; actions: { what: string; theirPart: string; status: string }[] };
        maps: { title: string; note: string; ties: { with: string; description: string }[] }[];
      }[];
    };
    const held = json.cases[0]!;
    expect(held.preparation).toHaveLength(1);
    expect(held.preparation[0]!.readiness).toBe('In preparation');
    expect(held.preparation[0]!.meetings).toEqual([
      expect.objectContaining({
        place: 'Family room at Hillside School',
        covered: ['Process explained', 'Their account heard'],
      }),
    ]);
    expect(held.agreement.choice).toBe('declines');
    expect(held.agreement.actions).toEqual([
      {
        what: 'Jordan replaces the bag strap',
        theirPart: 'for them',
        byWhen: '2026-12-04',
        status: 'Not started',
      },
      {
        what: 'Ayla chooses where she sits in science',
        theirPart: 'does it',
        byWhen: null,
        status: 'Not started',
      },
    ]);
    expect(held.maps).toEqual([
      {
        title: 'Ayla’s world',
        note: 'Walks to school with her cousin',
        ties: [
          { with: 'Marisol Brightwater', description: 'Strong', label: 'Mum', note: '' },
          { with: 'Jordan Fenwick', description: 'Harm', label: '', note: 'Since the corridor incident' },
        ],
      },
    ]);

    // The Word document says the same in words, and holds nothing about other people's parts.
    const text = execFileSync('unzip', ['-p', join(t.folder, result.files[0]!), 'word/document.xml'])
      .toString('utf8')
      .replace(/<[^>]+>/g, '');
    expect(text).toContain(
      'Meeting on Wednesday 18 November 2026 at 4:00pm at Family room at Hillside School',
    );
    expect(text).toContain('They chose not to sign a written agreement.');
    expect(text).toContain('For them: Jordan replaces the bag strap (by 4 December 2026)');
    expect(text).toContain('Relationship map: Ayla’s world');
    expect(text).toContain('With Jordan Fenwick: Harm. Since the corridor incident');
    for (const other of ['PREP-PLACE-JORDAN', 'ACTION-FOR-TOMASZ-ONLY', 'TIE-NOT-ABOUT-AYLA'])
      expect(text).not.toContain(other);
  });

  it('carries hostile text from an agreement action and a map tie into the export intact', async () => {
    const { kase, ayla, jordan } = await seeded();
    const hostile = '<script>alert(1)</script> "; DROP TABLE notes; -- مريم 👵🏽 & Zoë';
    await call(t.wb, 'agreement:save', {
      caseId: kase.id,
      actions: [{ ...blankAction(randomUUID(), hostile), whoParticipantId: ayla.id }],
    });
    const map = (await call(t.wb, 'map:create', { caseId: kase.id, kind: 'ecomap', title: hostile })) as {
      map: { id: string };
    };
    await call(t.wb, 'map:save', {
      mapId: map.map.id,
      document: {
        nodes: [
          person('a', '', { personId: ayla.person.id }),
          person('j', '', { personId: jordan.person.id }),
        ],
        ties: [ecomapTie('t', 'a', 'j', { note: hostile })],
        households: [],
      },
    });
    const result = (await call(t.wb, 'person:export', { personId: ayla.person.id })) as { files: string[] };
    const texts = convertToPdf([join(t.folder, result.files[0]!)], t.folder);
    const flow = [...texts.values()][0]!.flow.replace(/\s+/g, ' ');
    expect(flow).toContain('They do: <script>alert(1)</script> "; DROP TABLE notes; --');
    expect(flow).toContain(`Relationship map: <script>alert(1)</script>`);
    expect(flow).toContain('With Jordan Fenwick: Strong.');
    // Right-to-left text comes back from the PDF in display order: check its pieces.
    for (const piece of ['مريم', '👵', 'Zoë']) expect(flow).toContain(piece);
    const json = JSON.parse(readFileSync(join(t.folder, result.files[1]!), 'utf8')) as {
      cases: { agreement: { actions: { what: string }[] }; maps: { ties: { note: string }[] }[] }[];
    };
    expect(json.cases[0]!.agreement.actions[0]!.what).toBe(hostile);
    expect(json.cases[0]!.maps[0]!.ties[0]!.note).toBe(hostile);
  });

  it('writes nothing when the folder choice is cancelled', async () => {
    const { ayla } = await seeded();
    chosen = null;
    expect(await call(t.wb, 'person:export', { personId: ayla.person.id })).toMatchObject({
      cancelled: true,
      files: [],
    });
    expect(readdirSync(t.folder)).toEqual([]);
  });
});

describe('erasure', () => {
  it('removes the person everywhere, lists notes that still mention them, and logs only counts', async () => {
    const { kase, ayla } = await seeded();
    expect(
      (await callError(t.wb, 'person:erase', { personId: ayla.person.id, confirmName: 'Ayla' })).fields,
    ).toHaveProperty('confirmName');
    const result = (await call(t.wb, 'person:erase', {
      personId: ayla.person.id,
      confirmName: ' ayla brightwater ',
    })) as { casesAffected: number; notesToReview: { title: string; why: string }[] };
    expect(result.casesAffected).toBe(1);
    // The conference note named her only as a speaker, and that attribution is removed; the note
    // about her and the note naming her in full are for the facilitator to rewrite. The
    // unrelated note is not listed.
    expect(result.notesToReview).toEqual([
      expect.objectContaining({ title: 'Prep with Ayla', why: 'about them' }),
      expect.objectContaining({ title: 'Staff room', why: 'mentions them' }),
    ]);

    const people = (await call(t.wb, 'participant:list', { caseId: kase.id })) as {
      person: { preferredName: string };
    }[];
    expect(people.map((p) => p.person.preferredName)).not.toContain('Ayla Brightwater');
    expect((await call(t.wb, 'risk:list', { caseId: kase.id })) as unknown[]).toHaveLength(0);
    expect(
      (await call(t.wb, 'search:query', { query: 'Brightwater' })) as { kind: string }[],
    ).not.toContainEqual(expect.objectContaining({ kind: 'person', title: 'Ayla Brightwater' }));
    const conference = (await call(t.wb, 'note:list', { caseId: kase.id })) as {
      title: string;
      personId: string | null;
      speakers: { name: string; personId: string | null }[];
    }[];
    expect(conference.find((n) => n.title === 'Conference')!.speakers[0]).toMatchObject({
      name: 'Erased person',
      personId: null,
    });
    expect(conference.find((n) => n.title === 'Prep with Ayla')!.personId).toBeNull();
    const timeline = (await call(t.wb, 'case:timeline', { id: kase.id })) as {
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
    const log = t.wb.vault.db.prepare('SELECT counts FROM erasure_log').all() as { counts: string }[];
    expect(log).toHaveLength(1);
    expect(log[0]!.counts).not.toMatch(/Ayla|Brightwater/);
    expect(JSON.parse(log[0]!.counts)).toEqual({ cases: 1, notesToReview: 2, attributionsRemoved: 1 });
  });
});
