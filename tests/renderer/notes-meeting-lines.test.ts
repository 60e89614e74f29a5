/**
 * Meeting mode's rules: letters and colours for speakers, the Alt+letter chord, and the split
 * of a body into "said before" and the line being typed, which must join back unchanged.
 */
import { describe, expect, it } from 'vitest';
import { parseMeetingBody, speakerColours } from '../../src/shared/domain/meeting-notes';
import {
  assignSpeakers,
  joinMeeting,
  segmentBody,
  speakerColourIndex,
  speakerKeyFromEvent,
  splitForMeeting,
  startLine,
} from '../../src/renderer/src/features/notes/meeting-lines';

const people = [
  { personId: 'p-ayla', name: 'Ayla Brightwater' },
  { personId: 'p-amir', name: 'Amir Oduya' },
  { personId: 'p-jordan', name: 'Jordan Fenwick' },
  { personId: 'p-zoe', name: 'Zoë Ångström' },
];

describe('speakers', () => {
  it('gives each person their initial when free, another of their letters when not, and the facilitator too', () => {
    const speakers = assignSpeakers(people, []);
    expect(speakers.map((s) => [s.name, s.key])).toEqual([
      ['Ayla Brightwater', 'a'],
      ['Amir Oduya', 'm'],
      ['Jordan Fenwick', 'j'],
      ['Zoë Ångström', 'z'],
      ['Facilitator', 'f'],
    ]);
    expect(new Set(speakers.map((s) => s.colour)).size).toBe(5);
    for (const s of speakers) expect(speakerColours).toContain(s.colour);
  });

  it('keeps the letters a note already uses and only adds people who are new', () => {
    const first = assignSpeakers(people.slice(0, 2), []);
    const again = assignSpeakers(people, first);
    expect(again.slice(0, first.length)).toEqual(first);
    expect(again.map((s) => s.key)).toEqual(['a', 'm', 'f', 'j', 'z']);
    expect(assignSpeakers(people, again)).toEqual(again);
  });

  it('reads a letter inside the name as a search does: Łukasz gets l, İrem i, Ødegaard o', () => {
    const named = [
      { personId: 'p-l', name: 'Łukasz Nowak' },
      { personId: 'p-i', name: 'İrem Yıldız' },
      { personId: 'p-o', name: 'Ødegaard' },
    ];
    expect(assignSpeakers(named, []).map((s) => s.key)).toEqual(['l', 'i', 'o', 'f']);
  });

  it('stops at 26 letters rather than reuse one', () => {
    const crowd = Array.from({ length: 40 }, (_, i) => ({ personId: `p${i}`, name: `Person ${i}` }));
    const speakers = assignSpeakers(crowd, []);
    expect(speakers).toHaveLength(26);
    expect(new Set(speakers.map((s) => s.key)).size).toBe(26);
  });

  it('maps a colour to its palette position for the CSS class', () => {
    expect(speakerColourIndex({ key: 'a', colour: speakerColours[3] })).toBe(3);
    expect(speakerColourIndex({ key: 'c', colour: '#123456' })).toBe(2);
  });

  it('answers only Alt+letter, by physical key (Option+A on a Mac types "å" but is still KeyA)', () => {
    const ev = (over: Partial<KeyboardEvent>) =>
      ({
        altKey: false,
        ctrlKey: false,
        metaKey: false,
        shiftKey: false,
        code: 'KeyA',
        ...over,
      }) as KeyboardEvent;
    expect(speakerKeyFromEvent(ev({ altKey: true }))).toBe('a');
    expect(speakerKeyFromEvent(ev({ altKey: true, code: 'KeyJ' }))).toBe('j');
    expect(speakerKeyFromEvent(ev({}))).toBeNull(); // plain typing is never taken
    expect(speakerKeyFromEvent(ev({ altKey: true, ctrlKey: true }))).toBeNull(); // AltGr on Windows
    expect(speakerKeyFromEvent(ev({ altKey: true, shiftKey: true }))).toBeNull();
    expect(speakerKeyFromEvent(ev({ altKey: true, code: 'Digit1' }))).toBeNull();
  });
});

describe('the line being typed', () => {
  it.each([
    '',
    'Agenda first.',
    '@a 14:02 — I felt scared',
    'Opening.\n@a 14:02 — I felt scared\n@j 14:03 — Sorry.\nand more',
    'x\n\n@a 09:00 — \n',
  ])('splits and joins %j back unchanged', (body) => {
    expect(joinMeeting(splitForMeeting(body))).toBe(body);
  });

  it('puts the last attributed line, with the lines that follow it, in the box', () => {
    expect(splitForMeeting('Opening.\n@a 14:02 — I felt\nscared\n')).toEqual({
      before: 'Opening.',
      current: { key: 'a', time: '14:02', text: 'I felt\nscared\n' },
    });
  });

  it('starts a new line for a speaker with the time, keeping what was typed above it', () => {
    const at = new Date(2026, 10, 24, 14, 2);
    let text = splitForMeeting('');
    text = startLine(text, 'a', at);
    text = { ...text, current: { ...text.current, text: 'It was my phone.  ' } };
    text = startLine(text, 'j', new Date(2026, 10, 24, 14, 3));
    text = { ...text, current: { ...text.current, text: 'I know. Sorry.' } };
    const body = joinMeeting(text);
    expect(body).toBe('@a 14:02 — It was my phone.\n@j 14:03 — I know. Sorry.');
    expect(parseMeetingBody(body).map((l) => l.key)).toEqual(['a', 'j']);
  });

  it('replaces a speaker line that is still empty instead of leaving a blank one', () => {
    const at = new Date(2026, 10, 24, 9, 5);
    const text = startLine(startLine(splitForMeeting('Before.'), 'a', at), 'f', at);
    expect(joinMeeting(text)).toBe('Before.\n@f 09:05 — ');
  });

  it('reads a body as speaker segments and plain text for the read view', () => {
    const speakers = assignSpeakers(people.slice(0, 1), []);
    const segments = segmentBody('Opening.\n@a 14:02 — One\ntwo\n\nAfter.\n@x 14:05 — Who?', speakers);
    expect(segments).toEqual([
      { kind: 'text', text: 'Opening.' },
      { kind: 'said', key: 'a', time: '14:02', speaker: speakers[0], text: 'One\ntwo' },
      { kind: 'text', text: '\nAfter.' },
      { kind: 'said', key: 'x', time: '14:05', speaker: null, text: 'Who?' },
    ]);
  });
});
