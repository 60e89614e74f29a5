import { describe, expect, it } from 'vitest';
import type { MapDocument } from '../../../src/shared/domain/relationship-map';
import { newNode } from '../../../src/shared/domain/relationship-map';
import type { MapSummary, MapView, SnapshotSummary, SnapshotView } from '../../../src/shared/schemas/maps';
import { ecomapTie, person as mapOnly } from '../domain/relationship-map-fixtures';
import { schoolIncident } from '../support/case-fixtures';
import { call, callError, workbenchPerTest } from '../support/temp-workbench';

const t = workbenchPerTest({ realClock: true });

const hostile = [
  '<script>alert(1)</script>',
  '"; DROP TABLE relationship_maps; --',
  'Nan 👵🏽 & the 🏡',
  'ليلى',
  'x'.repeat(200),
];

function storedDocument(mapId: string): MapDocument {
  const row = t.wb.vault.db.prepare('SELECT document FROM relationship_maps WHERE id = ?').get(mapId) as {
    document: string;
  };
  return JSON.parse(row.document) as MapDocument;
}

async function newMap(
  caseId: string,
  kind: 'ecomap' | 'genogram',
  title = 'Family network',
): Promise<MapView> {
  return (await call(t.wb, 'map:create', { caseId, kind, title })) as MapView;
}

describe('relationship maps', () => {
  it('creates, lists, saves and reads back a map with case people and map-only people and systems', async () => {
    const { kase, ayla, jordan } = await schoolIncident(t.wb);
    const created = await newMap(kase.id, 'ecomap', 'Ayla’s world');
    expect(created.map).toMatchObject({ kind: 'ecomap', title: 'Ayla’s world', nodeCount: 0 });
    expect(created.availablePeople.map((p) => p.name)).toContain('Ayla Brightwater');

    const doc: MapDocument = {
      nodes: [
        newNode({ id: 'ayla', personId: ayla.person.id, focal: true, x: 0, y: 0 }),
        newNode({ id: 'jordan', personId: jordan.person.id, x: 200, y: 0 }),
        ...hostile.map((label, i) =>
          mapOnly(`only-${i}`, label, { kind: i === 0 ? 'system' : 'person', x: i * 50, y: 300 }),
        ),
      ],
      ties: [
        ecomapTie('t1', 'ayla', 'jordan', {
          quality: 'harm',
          direction: 'one_way',
          label: hostile[0]!,
          note: hostile[3]!,
        }),
        ...hostile.map((_, i) => ecomapTie(`h${i}`, 'ayla', `only-${i}`, { quality: 'tenuous' })),
      ],
      households: [{ id: 'home', label: hostile[2]!, nodeIds: ['ayla', 'only-2'], focal: false }],
    };
    const saved = (await call(t.wb, 'map:save', { mapId: created.map.id, document: doc })) as MapSummary;
    expect(saved).toMatchObject({ nodeCount: 7, tieCount: 6 });

    const read = (await call(t.wb, 'map:get', { mapId: created.map.id })) as MapView;
    expect(read.document.nodes.map((n) => n.name)).toEqual([
      'Ayla Brightwater',
      'Jordan Fenwick',
      ...hostile,
    ]);
    expect(read.document.nodes[0]!.roles).toEqual(['harmed']);
    expect(read.document.nodes[1]!.roles).toEqual(['responsible']);
    expect(read.document.ties[0]).toMatchObject({
      quality: 'harm',
      direction: 'one_way',
      label: hostile[0],
      note: hostile[3],
    });
    expect(read.document.households[0]!.label).toBe(hostile[2]);
    expect(read.availablePeople.map((p) => p.name)).not.toContain('Ayla Brightwater');
    expect(read.availablePeople.map((p) => p.name)).toContain('Tomasz Quill');
    // A case person's name is never copied into the stored map.
    expect(JSON.stringify(storedDocument(created.map.id))).not.toContain('Brightwater');

    const list = (await call(t.wb, 'map:list', { caseId: kase.id })) as MapSummary[];
    expect(list.map((m) => m.title)).toEqual(['Ayla’s world']);
    const renamed = (await call(t.wb, 'map:rename', {
      mapId: created.map.id,
      title: hostile[1],
    })) as MapSummary;
    expect(renamed.title).toBe(hostile[1]);
    await call(t.wb, 'map:delete', { mapId: created.map.id });
    expect(await call(t.wb, 'map:list', { caseId: kase.id })).toEqual([]);
    expect((await callError(t.wb, 'map:get', { mapId: created.map.id })).code).toBe('not_found');
  });

  it('renames a node when the person is renamed, and anonymises it when they are erased', async () => {
    const { kase, jordan, supporters } = await schoolIncident(t.wb);
    const dana = supporters[2]!;
    const { map } = await newMap(kase.id, 'ecomap');
    await call(t.wb, 'map:save', {
      mapId: map.id,
      document: {
        nodes: [
          newNode({ id: 'jordan', personId: jordan.person.id, focal: true }),
          newNode({ id: 'dana', personId: dana.person.id, note: 'Drives Jordan to school' }),
        ],
        ties: [ecomapTie('t', 'dana', 'jordan', { direction: 'one_way' })],
        households: [],
      },
    });
    const snapshot = (await call(t.wb, 'map:snapshot', {
      mapId: map.id,
      label: 'Before',
    })) as SnapshotSummary;
    await call(t.wb, 'person:update', { id: dana.person.id, preferredName: 'Dana Okafor' });
    const renamed = (await call(t.wb, 'map:get', { mapId: map.id })) as MapView;
    expect(renamed.document.nodes[1]!.name).toBe('Dana Okafor');
    const old = (await call(t.wb, 'map:snapshotGet', { snapshotId: snapshot.id })) as SnapshotView;
    expect(old.document.nodes[1]!.name).toBe('Dana Okafor');

    await call(t.wb, 'person:erase', { personId: dana.person.id, confirmName: 'Dana Okafor' });
    const after = (await call(t.wb, 'map:get', { mapId: map.id })) as MapView;
    expect(after.document.nodes[1]).toMatchObject({ name: 'Erased person', personId: null, note: '' });
    expect(after.document.ties).toHaveLength(1);
    const frozen = (await call(t.wb, 'map:snapshotGet', { snapshotId: snapshot.id })) as SnapshotView;
    expect(frozen.document.nodes[1]).toMatchObject({ name: 'Erased person', personId: null });
    const everything = t.wb.vault.db
      .prepare('SELECT document FROM relationship_maps UNION ALL SELECT document FROM map_snapshots')
      .all() as { document: string }[];
    for (const row of everything) {
      expect(row.document).not.toContain(dana.person.id);
      expect(row.document).not.toContain('Drives Jordan');
    }
  });

  it('takes snapshots, lists them and compares a snapshot with the map now', async () => {
    const { kase, ayla, jordan } = await schoolIncident(t.wb);
    const { map } = await newMap(kase.id, 'ecomap');
    const base = {
      nodes: [
        newNode({ id: 'ayla', personId: ayla.person.id, focal: true }),
        newNode({ id: 'jordan', personId: jordan.person.id }),
        mapOnly('school', 'Riverside Academy', { kind: 'system' }),
      ],
      households: [],
    };
    await call(t.wb, 'map:save', {
      mapId: map.id,
      document: {
        ...base,
        ties: [ecomapTie('a', 'ayla', 'jordan', { quality: 'conflict' }), ecomapTie('b', 'ayla', 'school')],
      },
    });
    const before = (await call(t.wb, 'map:snapshot', {
      mapId: map.id,
      label: 'Before the conference',
    })) as SnapshotSummary;
    expect(before).toMatchObject({ label: 'Before the conference', nodeCount: 3, tieCount: 2 });
    await call(t.wb, 'map:save', {
      mapId: map.id,
      document: {
        ...base,
        ties: [
          ecomapTie('a', 'ayla', 'jordan', { quality: 'moderate', direction: 'both' }),
          ecomapTie('c', 'jordan', 'school', { quality: 'tenuous' }),
        ],
      },
    });
    const snapshots = (await call(t.wb, 'map:snapshots', { mapId: map.id })) as SnapshotSummary[];
    expect(snapshots.map((s) => s.label)).toEqual(['Before the conference']);
    const compared = (await call(t.wb, 'map:compare', {
      mapId: map.id,
      fromSnapshotId: before.id,
      toSnapshotId: null,
    })) as {
      from: { label: string };
      to: { label: string };
      diff: {
        tiesAdded: { tieId: string }[];
        tiesRemoved: { tieId: string }[];
        tiesChanged: { afterId: string; changes: string[]; before: string; after: string }[];
      };
    };
    expect(compared.from.label).toBe('Before the conference');
    expect(compared.to.label).toBe('Now');
    expect(compared.diff.tiesAdded.map((t) => t.tieId)).toEqual(['c']);
    expect(compared.diff.tiesRemoved.map((t) => t.tieId)).toEqual(['b']);
    expect(compared.diff.tiesChanged).toEqual([
      expect.objectContaining({
        afterId: 'a',
        changes: ['quality', 'direction'],
        before: 'Conflict',
        after: 'Moderate, both ways',
      }),
    ]);
    const { map: other } = await newMap(kase.id, 'genogram');
    expect(
      (await callError(t.wb, 'map:compare', { mapId: other.id, fromSnapshotId: before.id })).message,
    ).toBe('That snapshot belongs to another map.');
  });

  it('refuses a bad document with a specific message and keeps the saved one', async () => {
    const { kase, ayla, jordan, supporters } = await schoolIncident(t.wb);
    const dana = supporters[2]!;
    const eco = (await newMap(kase.id, 'ecomap')).map;
    const good = {
      nodes: [
        newNode({ id: 'ayla', personId: ayla.person.id }),
        newNode({ id: 'jordan', personId: jordan.person.id }),
      ],
      ties: [ecomapTie('t', 'ayla', 'jordan')],
      households: [],
    };
    await call(t.wb, 'map:save', { mapId: eco.id, document: good });
    const storedBefore = storedDocument(eco.id);

    const missingEnd = await callError(t.wb, 'map:save', {
      mapId: eco.id,
      document: { ...good, ties: [ecomapTie('t', 'ayla', 'nobody')] },
    });
    expect(missingEnd).toMatchObject({
      code: 'invalid_input',
      message: 'A tie needs two people on the map: one end of it is missing.',
    });
    expect(
      (
        await callError(t.wb, 'map:save', {
          mapId: eco.id,
          document: { ...good, ties: [ecomapTie('t', 'ayla', 'ayla')] },
        })
      ).message,
    ).toBe('A tie needs two different people: this one joins Ayla Brightwater to themselves.');
    expect(
      (
        await callError(t.wb, 'map:save', {
          mapId: eco.id,
          document: {
            ...good,
            ties: [{ id: 'c', kind: 'emotional', from: 'ayla', to: 'jordan', emotion: 'close' }],
          },
        })
      ).message,
    ).toBe('An emotional relationship line belongs on a genogram, not on this ecomap.');
    expect(
      (
        await callError(t.wb, 'map:save', {
          mapId: eco.id,
          document: { ...good, nodes: [...good.nodes, mapOnly('bad', 'Nan\u0000')] },
        })
      ).message,
    ).toBe('A label contains characters that cannot be stored.');
    expect(
      (
        await callError(t.wb, 'map:save', {
          mapId: eco.id,
          document: { ...good, nodes: [...good.nodes, mapOnly('long', 'x'.repeat(201))] },
        })
      ).message,
    ).toBe('A label can be at most 200 characters.');
    const tooMany = Array.from({ length: 501 }, (_, i) => mapOnly(`n${i}`, `Person ${i}`));
    expect(
      (await callError(t.wb, 'map:save', { mapId: eco.id, document: { nodes: tooMany, ties: [] } })).code,
    ).toBe('invalid_input');
    expect(storedDocument(eco.id)).toEqual(storedBefore);

    const geno = (await newMap(kase.id, 'genogram')).map;
    const family = [
      newNode({ id: 'dana', personId: dana.person.id, sex: 'female' }),
      mapOnly('mum', 'Rosa', { sex: 'female' }),
      mapOnly('dad', 'Colin', { sex: 'male' }),
    ];
    const parents = [
      { id: 'p1', kind: 'parent', from: 'mum', to: 'dana' },
      { id: 'p2', kind: 'parent', from: 'dad', to: 'dana' },
    ];
    expect(
      (await callError(t.wb, 'map:save', { mapId: geno.id, document: { nodes: family, ties: parents } }))
        .message,
    ).toBe(
      "Dana Fenwick's parents must be a couple or a single parent: draw a couple line between Rosa and Colin first.",
    );
    const withCouple = [
      ...parents,
      { id: 'c', kind: 'couple', from: 'dad', to: 'mum', status: 'divorced', startYear: 1990, endYear: 2004 },
    ];
    await call(t.wb, 'map:save', { mapId: geno.id, document: { nodes: family, ties: withCouple } });
    expect(storedDocument(geno.id).ties).toHaveLength(3);

    const { kase: otherCase } = await schoolIncident(t.wb);
    const { map: elsewhere } = await newMap(otherCase.id, 'ecomap');
    expect(
      (
        await callError(t.wb, 'map:save', {
          mapId: elsewhere.id,
          document: { nodes: [newNode({ id: 'a', personId: ayla.person.id })], ties: [] },
        })
      ).message,
    ).toBe('Only people in this case can be added to its map. Add them to the case first.');
    expect(
      (await callError(t.wb, 'map:create', { caseId: kase.id, kind: 'sociogram', title: 'x' })).code,
    ).toBe('invalid_input');
    expect(
      (await callError(t.wb, 'map:create', { caseId: kase.id, kind: 'ecomap', title: '  ' })).message,
    ).toBe('A map title is required.');
  });
});
