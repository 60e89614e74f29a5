/**
 * Meeting-mode notes are plain text whose attributed lines start with a speaker's letter and
 * the time: "@a 14:02 — what was said". The note's speaker list maps letters to people, so
 * attribution survives a rename and can be removed when a person is erased.
 */
export interface AttributedLine {
  key: string | null;
  time: string | null;
  text: string;
}

const LINE = /^@([a-z]) (\d{2}:\d{2}) — (.*)$/;

export function parseMeetingBody(body: string): AttributedLine[] {
  return body.split('\n').map((line) => {
    const match = LINE.exec(line);
    return match
      ? { key: match[1]!, time: match[2]!, text: match[3]! }
      : { key: null, time: null, text: line };
  });
}

/** A line as a person reads it: who spoke and when (no letter code), then what was said. */
export interface ReadableLine {
  /** "Jess 07:35 — " for an attributed line; null for a plain line. */
  label: string | null;
  text: string;
}

/**
 * The body with each speaker's letter replaced by their name, for anywhere a person reads a
 * note outside meeting mode (search snippets). A letter no speaker has (an erased one) shows
 * only the time.
 */
export function readableLines(
  body: string,
  speakers: readonly { key: string; name: string }[],
): ReadableLine[] {
  const names = new Map(speakers.map((s) => [s.key, s.name]));
  return parseMeetingBody(body).map((line) => {
    if (line.key === null) return { label: null, text: line.text };
    const name = names.get(line.key);
    return { label: `${name ? `${name} ` : ''}${line.time} — `, text: line.text };
  });
}

/** The words of a body without its attribution codes: what the search index holds. */
export function spokenText(body: string): string {
  return parseMeetingBody(body)
    .map((line) => line.text)
    .join('\n');
}

export function attributedLine(key: string, time: Date, text = ''): string {
  const hh = String(time.getHours()).padStart(2, '0');
  const mm = String(time.getMinutes()).padStart(2, '0');
  return `@${key} ${hh}:${mm} — ${text}`;
}

/** Calm, distinguishable colours (AA on white and on the dark theme's surface) for speakers. */
export const speakerColours = [
  '#1d6fb8',
  '#b34a00',
  '#2e7d32',
  '#8e24aa',
  '#c2185b',
  '#00796b',
  '#5d4037',
  '#3949ab',
] as const;

/** Letters for speakers in order, skipping keys that meeting mode uses for itself. */
export const speakerKeys = 'abcdefghijklmnopqrstuvwxyz'.split('');

/** The part of a speaker a line needs: their letter and their name (as the note keeps them). */
export interface NamedSpeaker {
  key: string;
  name: string;
}

const NAMED_TIME = / (\d{2}:\d{2}) — /;

/**
 * The body as a person reads and writes it in the Write view: each attributed line starts
 * with the speaker's name instead of their letter ("Jordan Fenwick 07:35 — what was said").
 * A letter with no speaker in the list stays as it is.
 */
export function bodyWithNames(body: string, speakers: readonly NamedSpeaker[]): string {
  const names = new Map(speakers.map((s) => [s.key, s.name]));
  return parseMeetingBody(body)
    .map((line) => {
      const name = line.key ? names.get(line.key) : undefined;
      return line.key && name ? `${name} ${line.time} — ${line.text}` : rawLine(line);
    })
    .join('\n');
}

/** Back from what was typed: a line that starts with a speaker's name and a time is theirs. */
export function bodyFromNames(text: string, speakers: readonly NamedSpeaker[]): string {
  // Longest names first, so "Ayla B" never takes a line of "Ayla Brightwater".
  const byLength = [...speakers].sort((a, b) => b.name.length - a.name.length);
  return text
    .split('\n')
    .map((line) => {
      for (const s of byLength) {
        if (!line.startsWith(s.name)) continue;
        const rest = line.slice(s.name.length);
        const time = NAMED_TIME.exec(rest);
        if (time && time.index === 0) return `@${s.key} ${time[1]} — ${rest.slice(time[0].length)}`;
      }
      return line;
    })
    .join('\n');
}

function rawLine(line: AttributedLine): string {
  return line.key ? `@${line.key} ${line.time} — ${line.text}` : line.text;
}
