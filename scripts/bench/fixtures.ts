/**
 * Invented, deterministic test data: every run (and both sides of a comparison) gets the
 * same notes. The text is shuffled from a neutral word list, so it reads like prose without
 * naming anyone or looking like a real case.
 */

/** mulberry32: tiny, fast, good enough to pick words and ids reproducibly. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'the a and to of in for with on after before about during meeting circle conference ' +
  'preparation agreement follow-up outcome harm repair listen listened spoke shared ' +
  'asked agreed wanted hoped felt explained described offered discussed noted planned ' +
  'participant facilitator supporter group session room morning afternoon week next ' +
  'first second question answer concern impact feeling understanding apology plan ' +
  'step steps support time place calm quiet careful clear open honest together ' +
  'school workplace community neighbour family team visit call letter message garden ' +
  'fence window bicycle car park hallway kitchen corridor library weekend evening'
).split(' ');

function sentence(random: () => number): string {
  const length = 8 + Math.floor(random() * 12);
  const words: string[] = [];
  for (let i = 0; i < length; i += 1) words.push(WORDS[Math.floor(random() * WORDS.length)]!);
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** About `size` characters of prose (never shorter, at most one sentence longer). */
export function inventedText(random: () => number, size: number): string {
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    const next = sentence(random);
    parts.push(next);
    length += next.length + 1;
  }
  return parts.join(' ');
}

/** A UUID-shaped id (the app uses randomUUID), but reproducible from the seed. */
export function seededId(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

export interface NoteFixture {
  id: string;
  body: string;
  createdAt: string;
}

export function inventedNotes(count: number, bodySize: number, seed: number): NoteFixture[] {
  const random = seededRandom(seed);
  const start = Date.UTC(2024, 0, 8, 9, 0, 0);
  return Array.from({ length: count }, (_, i) => ({
    id: seededId(random),
    body: inventedText(random, bodySize),
    createdAt: new Date(start + i * 61_000).toISOString(),
  }));
}

/** `count` ids drawn (with repeats, like real use) from `notes`. */
export function pickIds(notes: readonly NoteFixture[], count: number, seed: number): string[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => notes[Math.floor(random() * notes.length)]!.id);
}
