/**
 * Meeting mode's rules, DOM-free: who gets which letter and colour, which keystroke starts a
 * line for whom, how the note's body splits into "what was said before" and the line being
 * typed now, and how a body reads back as attributed lines. The line format itself lives in
 * src/shared/domain/meeting-notes.ts (`@a 14:02 — text`).
 */
import { attributedLine, parseMeetingBody, speakerColours } from '../../../../shared/domain/meeting-notes';
import { foldText } from '../../../../shared/domain/text-fold';
import type { Speaker } from '../../../../shared/schemas/notes';
import { splitLines } from './formatting';

export const FACILITATOR = 'Facilitator';

export interface SpeakerCandidate {
  personId: string;
  name: string;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** The name's letters a-z, folded like every search, so Łukasz gets L and İrem gets I. */
function lettersOf(name: string): string[] {
  return [...foldText(name).replace(/[^a-z]/g, '')];
}

/** The letter easiest to remember: the name's initial, else another of its letters, else any free one. */
function pickKey(name: string, taken: Set<string>): string | null {
  for (const letter of [...lettersOf(name), ...LETTERS]) if (!taken.has(letter)) return letter;
  return null;
}

function pickColour(speakers: Speaker[]): string {
  const uses = speakerColours.map((c) => speakers.filter((s) => s.colour.toLowerCase() === c).length);
  const fewest = Math.min(...uses);
  return speakerColours[uses.indexOf(fewest)]!;
}

/**
 * Speakers for a meeting: those the note already has keep their letter and colour (so lines
 * already written keep their meaning), then each participant not yet listed, then the facilitator.
 */
export function assignSpeakers(people: SpeakerCandidate[], existing: Speaker[]): Speaker[] {
  const speakers = [...existing];
  const taken = new Set(speakers.map((s) => s.key));
  const add = (personId: string | null, name: string) => {
    const key = pickKey(name, taken);
    if (!key) return;
    taken.add(key);
    speakers.push({ key, personId, name: name.slice(0, 120), colour: pickColour(speakers) });
  };
  for (const person of people) {
    if (!speakers.some((s) => s.personId === person.personId)) add(person.personId, person.name);
  }
  if (!speakers.some((s) => s.personId === null && s.name === FACILITATOR)) add(null, FACILITATOR);
  return speakers;
}

/** Alt+letter (Option+letter on a Mac): never a character anyone types into a note. */
export function speakerKeyFromEvent(
  event: Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'code'>,
): string | null {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
  // `code`, not `key`: on a Mac, Option+A types "å", but the physical key is still KeyA.
  const match = /^Key([A-Z])$/.exec(event.code);
  return match ? match[1]!.toLowerCase() : null;
}

/** A colour class (speaker-colour-0..7) for a speaker, so colours come from CSS, not inline styles. */
export function speakerColourIndex(speaker: Pick<Speaker, 'colour' | 'key'>): number {
  const index = (speakerColours as readonly string[]).indexOf(speaker.colour.toLowerCase());
  return index >= 0 ? index : LETTERS.indexOf(speaker.key) % speakerColours.length;
}

export interface CurrentLine {
  key: string | null;
  time: string | null;
  text: string;
}

/** The body split for meeting mode: everything before the line being typed, and that line. */
export interface MeetingText {
  /** null when the current line is the first thing in the note. */
  before: string | null;
  current: CurrentLine;
}

function lineText(line: CurrentLine): string {
  return line.key && line.time ? `@${line.key} ${line.time} — ${line.text}` : line.text;
}

export function splitForMeeting(body: string): MeetingText {
  const lines = splitLines(body);
  const parsed = parseMeetingBody(lines.join('\n'));
  let last = -1;
  parsed.forEach((line, i) => {
    if (line.key) last = i;
  });
  if (last < 0) {
    return { before: body === '' ? null : body, current: { key: null, time: null, text: '' } };
  }
  const head = parsed[last]!;
  return {
    before: last === 0 ? null : lines.slice(0, last).join('\n'),
    current: { key: head.key, time: head.time, text: [head.text, ...lines.slice(last + 1)].join('\n') },
  };
}

export function joinMeeting({ before, current }: MeetingText): string {
  const line = lineText(current);
  if (before === null) return line;
  if (!current.key && current.text === '') return before;
  return `${before}\n${line}`;
}

/** A new line for `key` at `now`; the line being typed is kept above it (dropped if still empty). */
export function startLine(text: MeetingText, key: string, now: Date): MeetingText {
  const fresh = parseMeetingBody(attributedLine(key, now))[0]!;
  const keep = text.current.text.trim() !== '';
  const before = keep
    ? joinMeeting({ before: text.before, current: { ...text.current, text: text.current.text.trimEnd() } })
    : text.before;
  return { before, current: { key, time: fresh.time, text: '' } };
}

export type BodySegment =
  | { kind: 'said'; key: string; time: string; speaker: Speaker | null; text: string }
  | { kind: 'text'; text: string };

/** A body as the read view shows it: attributed lines (with the lines that continue them) and plain text. */
export function segmentBody(body: string, speakers: Speaker[]): BodySegment[] {
  const segments: BodySegment[] = [];
  let open: BodySegment | null = null;
  for (const line of parseMeetingBody(splitLines(body).join('\n'))) {
    if (line.key && line.time) {
      open = {
        kind: 'said',
        key: line.key,
        time: line.time,
        speaker: speakers.find((s) => s.key === line.key) ?? null,
        text: line.text,
      };
      segments.push(open);
    } else if (open?.kind === 'said' && line.text.trim() !== '') {
      open.text += `\n${line.text}`;
    } else if (open?.kind === 'text') {
      open.text += `\n${line.text}`;
    } else {
      open = { kind: 'text', text: line.text };
      segments.push(open);
    }
  }
  return segments.filter((s) => s.kind === 'said' || s.text.trim() !== '');
}
