/**
 * Invented maps for the model tests and the bench: a three-generation family for a family
 * group conference (a divorce with years, a hostile tie, a cut off and repaired tie), and
 * synthetic networks of any size.
 */
import {
  newNode,
  type MapDocument,
  type MapNode,
  type MapTie,
  type ResolvedMapDocument,
} from '../../../src/shared/domain/relationship-map';

export function person(id: string, label: string, extra: Partial<MapNode> = {}): MapNode {
  return newNode({ id, label, ...extra });
}

export const couple = (id: string, from: string, to: string, extra: Partial<MapTie> = {}): MapTie =>
  ({
    id,
    kind: 'couple',
    from,
    to,
    status: 'married',
    startYear: null,
    endYear: null,
    label: '',
    note: '',
    ...extra,
  }) as MapTie;
export const parent = (id: string, from: string, to: string): MapTie => ({
  id,
  kind: 'parent',
  from,
  to,
  label: '',
  note: '',
});
export const emotional = (id: string, from: string, to: string, emotion: string): MapTie =>
  ({ id, kind: 'emotional', from, to, emotion, label: '', note: '' }) as MapTie;
export const ecomapTie = (id: string, from: string, to: string, extra: Partial<MapTie> = {}): MapTie =>
  ({
    id,
    kind: 'ecomap',
    from,
    to,
    quality: 'strong',
    direction: 'none',
    label: '',
    note: '',
    ...extra,
  }) as MapTie;

/** Grandparents, their children and partners, and the grandchildren (Kai is the focal child). */
export function fgcFamily(): MapDocument {
  return {
    nodes: [
      person('grandad', 'Walter Pike', { sex: 'male', deceased: true, birthYear: 1941 }),
      person('nan', 'Edith Pike', { sex: 'female', birthYear: 1944 }),
      person('mum', 'Sandra Pike', { sex: 'female', birthYear: 1972, birthOrder: 1 }),
      person('uncle', 'Gary Pike', { sex: 'male', birthYear: 1975, birthOrder: 2 }),
      person('dad', 'Lee Marsh', { sex: 'male', birthYear: 1970 }),
      person('stepdad', 'Rob Tully', { sex: 'male', birthYear: 1969 }),
      person('kai', 'Kai Marsh', { sex: 'male', focal: true, birthYear: 2011, birthOrder: 2 }),
      person('jess', 'Jess Marsh', { sex: 'female', birthYear: 2008, birthOrder: 1 }),
      person('sky', 'Sky Tully', { sex: 'other_unknown', birthYear: 2016, birthOrder: 3 }),
    ],
    ties: [
      couple('c-grand', 'grandad', 'nan', { startYear: 1966 }),
      parent('p-mum-1', 'grandad', 'mum'),
      parent('p-mum-2', 'nan', 'mum'),
      parent('p-uncle-1', 'grandad', 'uncle'),
      parent('p-uncle-2', 'nan', 'uncle'),
      couple('c-divorce', 'mum', 'dad', { status: 'divorced', startYear: 2006, endYear: 2014 }),
      couple('c-now', 'mum', 'stepdad', { status: 'together', startYear: 2015 }),
      parent('p-kai-1', 'mum', 'kai'),
      parent('p-kai-2', 'dad', 'kai'),
      parent('p-jess-1', 'mum', 'jess'),
      parent('p-jess-2', 'dad', 'jess'),
      parent('p-sky-1', 'mum', 'sky'),
      parent('p-sky-2', 'stepdad', 'sky'),
      emotional('e-hostile', 'dad', 'stepdad', 'hostile'),
      emotional('e-repaired', 'uncle', 'mum', 'cut_off_repaired'),
      emotional('e-close', 'nan', 'kai', 'close'),
    ],
    households: [
      {
        id: 'h-home',
        label: 'Sandra’s home',
        nodeIds: ['mum', 'stepdad', 'kai', 'jess', 'sky'],
        focal: false,
      },
    ],
  };
}

export function resolved(doc: MapDocument): ResolvedMapDocument {
  return { ...doc, nodes: doc.nodes.map((n) => ({ ...n, name: n.label, roles: [] })) };
}

/** An ecomap of `people` map-only people around a focal one, with about two ties each. */
export function syntheticEcomap(people: number, ties = people * 2): MapDocument {
  const nodes = Array.from({ length: people }, (_, i) =>
    person(`n${i}`, `Person ${i}`, { focal: i === 0, kind: i % 7 === 3 ? 'system' : 'person' }),
  );
  const qualities = ['strong', 'moderate', 'tenuous', 'stressful', 'conflict', 'broken', 'harm'] as const;
  const edges: MapTie[] = [];
  const seen = new Set<string>();
  for (let i = 0; edges.length < ties && i < ties * 3; i += 1) {
    const a = i < people - 1 ? 0 : (i * 7) % people;
    const b = i < people - 1 ? i + 1 : (i * 13 + 5) % people;
    const key = a < b ? `${a}|${b}` : `${b}|${a}`;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    edges.push(ecomapTie(`t${edges.length}`, `n${a}`, `n${b}`, { quality: qualities[i % qualities.length] }));
  }
  return { nodes, ties: edges, households: [] };
}

/** A genogram of about `people` people: couples with two or three children, generation after generation. */
export function syntheticGenogram(people: number): MapDocument {
  const nodes: MapNode[] = [];
  const ties: MapTie[] = [];
  let next = 0;
  const add = (sex: 'male' | 'female', order: number | null) => {
    const id = `g${next}`;
    nodes.push(person(id, `Relative ${next}`, { sex, birthOrder: order }));
    next += 1;
    return id;
  };
  let couples: [string, string][] = [[add('male', null), add('female', null)]];
  ties.push(couple('c0', couples[0]![0], couples[0]![1]));
  while (nodes.length < people) {
    const nextCouples: [string, string][] = [];
    for (const [a, b] of couples) {
      for (let child = 1; child <= 3 && nodes.length < people; child += 1) {
        const kid = add(child % 2 === 0 ? 'female' : 'male', child);
        ties.push(parent(`pa${kid}`, a, kid), parent(`pb${kid}`, b, kid));
        if (nodes.length < people) {
          const partner = add(child % 2 === 0 ? 'male' : 'female', null);
          ties.push(couple(`c${kid}`, kid, partner));
          nextCouples.push([kid, partner]);
        }
      }
    }
    couples = nextCouples;
  }
  return { nodes, ties, households: [] };
}

/**
 * A generated family of three generations for the picture's geometry tests: grandparents,
 * their children with partners (some divorced and remarried, with years), grandchildren with
 * birth years, emotional lines over heads and across rows, a household, and names from short
 * to long enough to wrap. `seed` varies the family; the same seed gives the same family.
 */
export function generatedFamily(seed: number): MapDocument {
  let state = seed * 2654435761 + 1;
  const random = (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  const first = ['Ana', 'Bo', 'Cyril', 'Dolores', 'Efe', 'Marguerite', 'Jo', 'Krzysztof', 'Li', 'Oluwaseun'];
  const last = ['Pike', 'Ng', 'Featherstone-Whitaker', 'Okafor', 'Brightwater', 'Li'];
  const nodes: MapNode[] = [];
  const ties: MapTie[] = [];
  const name = () => `${first[random(first.length)]} ${last[random(last.length)]}`;
  const add = (sex: 'male' | 'female', birthYear: number, order: number | null = null) => {
    const id = `f${nodes.length}`;
    nodes.push(
      person(id, name(), {
        sex,
        birthYear,
        birthOrder: order,
        deceased: birthYear < 1945 && random(2) === 0,
      }),
    );
    return id;
  };
  const grandad = add('male', 1938 + random(8));
  const nan = add('female', 1940 + random(8));
  ties.push(couple('c-top', grandad, nan, { startYear: 1962 }));
  const households: MapDocument['households'] = [];
  const children: string[] = [];
  for (let i = 0; i < 3; i += 1) {
    const child = add(i % 2 === 0 ? 'female' : 'male', 1964 + i * 3, i + 1);
    ties.push(parent(`p-top-${i}a`, grandad, child), parent(`p-top-${i}b`, nan, child));
    children.push(child);
    const partner = add(i % 2 === 0 ? 'male' : 'female', 1962 + random(8));
    const divorced = random(2) === 0;
    ties.push(
      couple(
        `c-${i}`,
        child,
        partner,
        divorced ? { status: 'divorced', startYear: 1988, endYear: 2001 } : {},
      ),
    );
    const grandchildren: string[] = [];
    for (let k = 0; k < 1 + random(3); k += 1) {
      const kid = add(k % 2 === 0 ? 'male' : 'female', 1990 + i * 4 + k * 2, k + 1);
      ties.push(parent(`p-${i}-${k}a`, child, kid), parent(`p-${i}-${k}b`, partner, kid));
      grandchildren.push(kid);
    }
    if (i === 1)
      households.push({
        id: 'h-1',
        label: 'Home since 2002',
        nodeIds: [child, ...grandchildren],
        focal: false,
      });
  }
  const emotions = ['hostile', 'cut_off_repaired', 'close', 'distant', 'cut_off', 'caretaker'];
  ties.push(emotional('e-row', children[0]!, children[2]!, emotions[random(emotions.length)]!));
  ties.push(emotional('e-down', nan, nodes.at(-1)!.id, emotions[random(emotions.length)]!));
  ties.push({ ...emotional('e-label', grandad, children[1]!, 'distant'), label: 'since the move' } as MapTie);
  return { nodes, ties, households };
}
