import { describe, expect, it } from 'vitest';
import type { MapDocument } from '../../../src/shared/domain/relationship-map';
import { diffDocuments } from '../../../src/shared/domain/relationship-map-diff';
import { labelNames, validateMapDocument } from '../../../src/shared/domain/relationship-map-validation';
import {
  couple,
  ecomapTie,
  emotional,
  fgcFamily,
  parent,
  person,
  resolved,
} from './relationship-map-fixtures';

const messages = (kind: 'ecomap' | 'genogram', doc: MapDocument) =>
  validateMapDocument(kind, doc, labelNames(doc)).map((p) => p.message);

describe('map rules', () => {
  it('accepts the three-generation family', () => {
    expect(messages('genogram', fgcFamily())).toEqual([]);
  });

  it('refuses a tie to someone not on the map, a tie to oneself and a duplicate', () => {
    const doc: MapDocument = {
      nodes: [person('a', 'Ana'), person('b', 'Ben')],
      ties: [
        ecomapTie('t1', 'a', 'gone'),
        ecomapTie('t2', 'b', 'b'),
        ecomapTie('t3', 'a', 'b'),
        ecomapTie('t4', 'b', 'a'),
      ],
      households: [],
    };
    expect(messages('ecomap', doc)).toEqual([
      'A tie needs two people on the map: one end of it is missing.',
      'A tie needs two different people: this one joins Ben to themselves.',
      'Ben and Ana already have a relationship line.',
    ]);
  });

  it('says whose parents must be a couple, and refuses a third parent', () => {
    const family = fgcFamily();
    family.ties = family.ties.filter((t) => t.id !== 'c-divorce');
    expect(messages('genogram', family)).toEqual([
      "Kai Marsh's parents must be a couple or a single parent: draw a couple line between Sandra Pike and Lee Marsh first.",
      "Jess Marsh's parents must be a couple or a single parent: draw a couple line between Sandra Pike and Lee Marsh first.",
    ]);
    const three = fgcFamily();
    three.ties.push(parent('p-kai-3', 'stepdad', 'kai'));
    expect(messages('genogram', three)).toEqual([
      'Kai Marsh has 3 parents on the map; a child can have at most two.',
    ]);
  });

  it('accepts a single parent and refuses a family that goes round in a circle', () => {
    const single: MapDocument = {
      nodes: [person('m', 'Mo'), person('c', 'Cal')],
      ties: [parent('p', 'm', 'c')],
      households: [],
    };
    expect(messages('genogram', single)).toEqual([]);
    single.ties.push(parent('q', 'c', 'm'));
    expect(messages('genogram', single)).toEqual([
      'Cal cannot be their own ancestor: the parent and child lines go round in a circle.',
    ]);
  });

  it('keeps emotional lines off ecomaps, systems off family lines, and years in order', () => {
    const doc: MapDocument = {
      nodes: [person('a', 'Ana'), person('s', 'Oak School', { kind: 'system' }), person('b', 'Ben')],
      ties: [
        parent('p', 's', 'a'),
        couple('c', 'a', 'b', { startYear: 2010, endYear: 2001 }),
        emotional('e', 'a', 'b', 'close'),
      ],
      households: [{ id: 'h', label: 'Home', nodeIds: ['a', 'x'], focal: false }],
    };
    expect(messages('genogram', doc)).toEqual([
      'Oak School is a system, so it cannot be on a parent and child line.',
      'The couple line between Ana and Ben ends (2001) before it starts (2010).',
      'The household Home includes someone who is not on the map.',
    ]);
    // An ecomap may show the family at its centre (couple and parent lines, with the same
    // rules), but emotional relationship lines are the genogram's notation.
    expect(messages('ecomap', { ...doc, households: [] })).toEqual([
      'Oak School is a system, so it cannot be on a parent and child line.',
      'The couple line between Ana and Ben ends (2001) before it starts (2010).',
      'An emotional relationship line belongs on a genogram, not on this ecomap.',
    ]);
    expect(
      messages('genogram', {
        nodes: [person('a', 'Ana'), person('b', 'Ben')],
        ties: [ecomapTie('t', 'a', 'b')],
        households: [],
      }),
    ).toEqual(['A relationship line belongs on an ecomap, not on this genogram.']);
  });

  it('allows one centre on an ecomap and needs a name for map-only people', () => {
    const doc: MapDocument = {
      nodes: [person('a', 'Ana', { focal: true }), person('b', '  ', { focal: true })],
      ties: [],
      households: [],
    };
    expect(messages('ecomap', doc)).toEqual([
      'Every person or system added to the map needs a name.',
      'Only one person or household can be at the centre of an ecomap.',
    ]);
  });
});

describe('comparing two versions of a map', () => {
  it('lists ties added, removed and changed, and people added and removed', () => {
    const before = fgcFamily();
    const after = fgcFamily();
    after.ties = after.ties
      .filter((t) => t.id !== 'e-close')
      .map((t) => {
        if (t.id === 'e-hostile')
          return { ...t, emotion: 'distant', label: 'after the conference' } as typeof t;
        if (t.id === 'c-now') return { ...t, status: 'married', startYear: 2015, endYear: null } as typeof t;
        return t;
      });
    after.nodes.push(person('aunt', 'Tina Pike', { sex: 'female' }));
    after.ties.push(emotional('e-new', 'aunt', 'kai', 'caretaker'));
    after.nodes = after.nodes.filter((n) => n.id !== 'sky');
    after.ties = after.ties.filter((t) => t.to !== 'sky');

    const diff = diffDocuments(resolved(before), resolved(after));
    expect(diff.peopleAdded).toEqual([{ nodeId: 'aunt', name: 'Tina Pike' }]);
    expect(diff.peopleRemoved).toEqual([{ nodeId: 'sky', name: 'Sky Tully' }]);
    expect(diff.tiesAdded).toEqual([
      {
        tieId: 'e-new',
        kind: 'emotional',
        fromName: 'Tina Pike',
        toName: 'Kai Marsh',
        description: 'Caretaker',
      },
    ]);
    expect(diff.tiesRemoved.map((t) => t.tieId).sort()).toEqual(['e-close', 'p-sky-1', 'p-sky-2']);
    expect(diff.tiesChanged).toEqual([
      expect.objectContaining({
        afterId: 'c-now',
        changes: ['status'],
        before: 'Together 2015',
        after: 'Married 2015',
      }),
      expect.objectContaining({
        afterId: 'e-hostile',
        changes: ['emotion', 'label'],
        before: 'Hostile',
        after: 'Distant',
      }),
    ]);
  });

  it('treats a tie redrawn between the same two people as changed, and an untouched map as unchanged', () => {
    const before: MapDocument = {
      nodes: [person('a', 'Ana'), person('b', 'Ben')],
      ties: [ecomapTie('t1', 'a', 'b', { quality: 'conflict' })],
      households: [],
    };
    const after: MapDocument = {
      ...before,
      ties: [ecomapTie('t9', 'b', 'a', { quality: 'strong', direction: 'one_way' })],
    };
    const diff = diffDocuments(resolved(before), resolved(after));
    expect(diff.tiesAdded).toEqual([]);
    expect(diff.tiesRemoved).toEqual([]);
    expect(diff.tiesChanged).toEqual([
      expect.objectContaining({
        beforeId: 't1',
        afterId: 't9',
        changes: ['quality', 'direction'],
        before: 'Conflict',
        after: 'Strong, one way',
      }),
    ]);
    expect(diffDocuments(resolved(fgcFamily()), resolved(fgcFamily()))).toEqual({
      peopleAdded: [],
      peopleRemoved: [],
      tiesAdded: [],
      tiesRemoved: [],
      tiesChanged: [],
    });
  });
});
