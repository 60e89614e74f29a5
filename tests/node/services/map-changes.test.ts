/**
 * The autosave of what changed (map:change) over a real encrypted vault: the change is made
 * to the version the editor had, checked against the same map rules as a whole save, and a
 * refused change (a rule, a stale version, bad input) leaves the last good map as it was.
 */
import { describe, expect, it } from 'vitest';
import type { MapDocument } from '../../../src/shared/domain/relationship-map';
import { newNode } from '../../../src/shared/domain/relationship-map';
import { parseStored } from '../../../src/main/services/maps/map-storage';
import type { MapView, SavedMap } from '../../../src/shared/schemas/maps';
import { ecomapTie, person as mapOnly, syntheticEcomap } from '../domain/relationship-map-fixtures';
import { schoolIncident } from '../support/case-fixtures';
import { call, callError, workbenchPerTest } from '../support/temp-workbench';

const t = workbenchPerTest({ realClock: true });

function storedJson(mapId: string): string {
  const row = t.wb.vault.db.prepare('SELECT document FROM relationship_maps WHERE id = ?').get(mapId) as {
    document: string;
  };
  return row.document;
}

/** The map as stored, its default fields filled in as the service reads it. */
const storedDocument = (mapId: string): MapDocument => parseStored(storedJson(mapId));

async function savedEcomap() {
  const { kase, ayla, jordan } = await schoolIncident(t.wb);
  const view = (await call(t.wb, 'map:create', {
    caseId: kase.id,
    kind: 'ecomap',
    title: 'Ayla',
  })) as MapView;
  const document: MapDocument = {
    nodes: [
      newNode({ id: 'ayla', personId: ayla.person.id, focal: true }),
      newNode({ id: 'jordan', personId: jordan.person.id, x: 200 }),
      mapOnly('school', 'Hillside School', { kind: 'system', x: 0, y: 220 }),
    ],
    ties: [ecomapTie('t1', 'ayla', 'jordan'), ecomapTie('t2', 'ayla', 'school', { quality: 'tenuous' })],
    households: [],
  };
  const saved = (await call(t.wb, 'map:save', { mapId: view.map.id, document })) as SavedMap;
  return { mapId: view.map.id, revision: saved.revision, document, kase, ayla };
}

describe('saving what changed in a map', () => {
  it('keeps a map compact on disk and reads it back the same', async () => {
    const { mapId, document } = await savedEcomap();
    const read = ((await call(t.wb, 'map:get', { mapId })) as MapView).document;
    expect(read.nodes.map(({ name: _n, roles: _r, ...node }) => node)).toEqual(
      document.nodes.map((n) => (n.personId ? { ...n, label: '' } : n)),
    );
    expect(read.ties).toEqual(document.ties);
    // Fields that only repeat the contract's defaults are not written out.
    expect(storedJson(mapId)).not.toContain('"note":""');
    expect(storedJson(mapId)).not.toContain('"birthYear":null');
  });

  it('moves a person and adds a tie and a person, and says which version is now stored', async () => {
    const { mapId, revision, document } = await savedEcomap();
    const moved = { ...document.nodes[2]!, x: 40, y: 260 };
    const saved = (await call(t.wb, 'map:change', {
      mapId,
      base: revision,
      nodes: { put: [moved, mapOnly('nan', 'Nan')] },
      ties: { put: [ecomapTie('t3', 'nan', 'ayla', { direction: 'both', label: 'Every Sunday' })] },
    })) as SavedMap;
    expect(saved).toMatchObject({ id: mapId, nodeCount: 4, tieCount: 3 });
    expect(saved.revision).not.toBe(revision);
    const stored = storedDocument(mapId);
    expect(stored.nodes.map((n) => n.id)).toEqual(['ayla', 'jordan', 'school', 'nan']);
    expect(stored.nodes[2]).toMatchObject({ x: 40, y: 260, label: 'Hillside School' });
    expect(stored.ties[2]).toMatchObject({ id: 't3', direction: 'both', label: 'Every Sunday' });
    // The editor reads the same version back.
    expect(((await call(t.wb, 'map:get', { mapId })) as MapView).revision).toBe(saved.revision);

    // The next change builds on the new version; removing a person takes their ties too.
    await call(t.wb, 'map:change', {
      mapId,
      base: saved.revision,
      nodes: { remove: ['nan'] },
      ties: { remove: ['t3'] },
    });
    expect(storedDocument(mapId).nodes.map((n) => n.id)).toEqual(['ayla', 'jordan', 'school']);
  });

  it('never stores a case person’s name in the map, whatever the change says', async () => {
    const { mapId, revision, document } = await savedEcomap();
    await call(t.wb, 'map:change', {
      mapId,
      base: revision,
      nodes: { put: [{ ...document.nodes[0]!, label: 'Ayla Brightwater', x: 12 }] },
    });
    expect(storedDocument(mapId).nodes[0]).toMatchObject({ id: 'ayla', label: '', x: 12 });
    expect(storedJson(mapId)).not.toContain('Brightwater');
  });

  it('refuses a change that breaks a map rule and keeps the last good map', async () => {
    const { mapId, revision } = await savedEcomap();
    const before = storedDocument(mapId);
    expect(
      await callError(t.wb, 'map:change', {
        mapId,
        base: revision,
        ties: { put: [ecomapTie('t9', 'jordan', 'jordan')] },
      }),
    ).toMatchObject({
      code: 'invalid_input',
      message: 'A tie needs two different people: this one joins Jordan Fenwick to themselves.',
    });
    expect(
      (
        await callError(t.wb, 'map:change', {
          mapId,
          base: revision,
          nodes: { remove: ['school'] },
        })
      ).message,
    ).toBe('A tie needs two people on the map: one end of it is missing.');
    expect(
      (
        await callError(t.wb, 'map:change', {
          mapId,
          base: revision,
          ties: { put: [{ id: 'e', kind: 'emotional', from: 'ayla', to: 'jordan', emotion: 'close' }] },
        })
      ).message,
    ).toBe('An emotional relationship line belongs on a genogram, not on this ecomap.');
    expect(storedDocument(mapId)).toEqual(before);
  });

  it('refuses a change made to an older version, so the editor saves its whole map instead', async () => {
    const { mapId, revision, document } = await savedEcomap();
    await call(t.wb, 'map:change', {
      mapId,
      base: revision,
      nodes: { put: [{ ...document.nodes[1]!, x: 300 }] },
    });
    const before = storedDocument(mapId);
    expect(
      await callError(t.wb, 'map:change', {
        mapId,
        base: revision,
        nodes: { put: [{ ...document.nodes[1]!, x: 999 }] },
      }),
    ).toMatchObject({
      code: 'invalid_input',
      message: 'This map was changed since; the editor saves the whole map instead.',
    });
    expect(storedDocument(mapId)).toEqual(before);
  });

  it('reads what is stored even when it was written another way, and builds changes only on that', async () => {
    const { mapId, revision, document } = await savedEcomap();
    // Written behind the service's back (as a restore or a repair might): what is read follows.
    const changed = {
      ...document,
      nodes: document.nodes.map((n) => (n.id === 'school' ? { ...n, label: 'Oak School' } : n)),
    };
    t.wb.vault.db
      .prepare('UPDATE relationship_maps SET document = ? WHERE id = ?')
      .run(JSON.stringify(changed), mapId);
    const read = (await call(t.wb, 'map:get', { mapId })) as MapView;
    expect(read.document.nodes.find((n) => n.id === 'school')!.name).toBe('Oak School');
    expect(read.revision).not.toBe(revision);
    expect(
      (
        await callError(t.wb, 'map:change', {
          mapId,
          base: revision,
          nodes: { remove: [] },
          ties: { remove: ['t2'] },
        })
      ).message,
    ).toBe('This map was changed since; the editor saves the whole map instead.');
    await call(t.wb, 'map:change', { mapId, base: read.revision, ties: { remove: ['t2'] } });
    expect(storedDocument(mapId)).toMatchObject({
      nodes: [{}, {}, { label: 'Oak School' }],
      ties: [{ id: 't1' }],
    });
  });

  it('refuses bad input with a specific message and loses nothing', async () => {
    const { mapId, revision, kase, ayla } = await savedEcomap();
    const before = storedDocument(mapId);
    const bad = async (input: Record<string, unknown>) =>
      (await callError(t.wb, 'map:change', { mapId, base: revision, ...input })).message;
    expect((await callError(t.wb, 'map:change', { mapId, nodes: { put: [] } })).message).toBe(
      'A change needs the version of the map it was made to.',
    );
    expect(await bad({ nodes: { put: [mapOnly('nul', 'Nan\u0000')] } })).toBe(
      'A label contains characters that cannot be stored.',
    );
    expect(await bad({ nodes: { put: [{ ...mapOnly('k', 'Kit'), kind: 'planet' }] } })).toBe(
      'Choose a node kind.',
    );
    expect(await bad({ ties: { remove: ['<script>'] } })).toBe(
      'A map identifier can only use letters, digits, - and _.',
    );
    expect(await bad({ nodes: { order: ['school', 'ayla'] } })).toBe(
      "The order given for the map's nodes does not match them.",
    );
    expect(
      await bad({
        nodes: { put: [mapOnly('school', 'Hillside'), mapOnly('school2', 'Oak')], remove: [] },
        households: { put: [{ id: 'h', label: 'Home', nodeIds: ['nobody'] }] },
      }),
    ).toBe('The household Home includes someone who is not on the map.');
    // A person from another case cannot be slipped in through a change either.
    const { kase: other } = await schoolIncident(t.wb);
    const elsewhere = (await call(t.wb, 'map:create', {
      caseId: other.id,
      kind: 'ecomap',
      title: 'x',
    })) as MapView;
    expect(
      (
        await callError(t.wb, 'map:change', {
          mapId: elsewhere.map.id,
          base: elsewhere.revision,
          nodes: { put: [newNode({ id: 'a', personId: ayla.person.id })] },
        })
      ).message,
    ).toBe('Only people in this case can be added to its map. Add them to the case first.');
    // The change may not make the map bigger than a map can be.
    const crowd = syntheticEcomap(499, 0).nodes.map((n) => ({ ...n, id: `c${n.id}`, focal: false }));
    expect(await bad({ nodes: { put: crowd } })).toBe('A map can hold at most 500 people and systems.');
    expect((await callError(t.wb, 'map:change', { mapId: kase.id, base: revision })).code).toBe('not_found');
    expect(storedDocument(mapId)).toEqual(before);
  });
});
