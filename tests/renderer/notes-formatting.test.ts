/**
 * The light formatting of notes (paragraphs, "- " lists, **bold**) parsed to plain data, and
 * rendered as React elements: whatever was typed stays text, never markup.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { NoteBody } from '../../src/renderer/src/features/notes/formatted-text';
import { parseBlocks, parseInline, plainPreview } from '../../src/renderer/src/features/notes/formatting';

describe('note formatting', () => {
  it('marks **bold** spans and leaves lone or empty stars alone', () => {
    expect(parseInline('She said **not again** twice')).toEqual([
      { text: 'She said ', bold: false },
      { text: 'not again', bold: true },
      { text: ' twice', bold: false },
    ]);
    expect(parseInline('2 ** 3 and **** and **open')).toEqual([
      { text: '2 ** 3 and **** and **open', bold: false },
    ]);
    expect(parseInline('')).toEqual([]);
  });

  it('splits paragraphs on blank lines, keeps single line breaks, and groups "- " lines into a list', () => {
    const blocks = parseBlocks(
      'Met Ayla at school.\nMum was there.\n\nShe hopes for:\n- an apology\n- **her phone** repaired\n\n\nNext: call Jordan.',
    );
    expect(blocks).toEqual([
      {
        kind: 'paragraph',
        lines: [[{ text: 'Met Ayla at school.', bold: false }], [{ text: 'Mum was there.', bold: false }]],
      },
      { kind: 'paragraph', lines: [[{ text: 'She hopes for:', bold: false }]] },
      {
        kind: 'list',
        items: [
          [{ text: 'an apology', bold: false }],
          [
            { text: 'her phone', bold: true },
            { text: ' repaired', bold: false },
          ],
        ],
      },
      { kind: 'paragraph', lines: [[{ text: 'Next: call Jordan.', bold: false }]] },
    ]);
  });

  it('reads Windows line endings the same and ignores blank-only text', () => {
    expect(parseBlocks('a\r\n\r\nb')).toHaveLength(2);
    expect(parseBlocks('\n  \n')).toEqual([]);
  });

  it('renders markup-looking text as text, with no HTML from the note', () => {
    const html = renderToStaticMarkup(
      createElement(NoteBody, {
        body: '<img src=x onerror=alert(1)> **<script>bad()</script>**\n- <b>item</b>',
        speakers: [],
      }),
    );
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('<strong>&lt;script&gt;bad()&lt;/script&gt;</strong>');
    expect(html).toContain('<li>&lt;b&gt;item&lt;/b&gt;</li>');
  });

  it('renders attributed meeting lines with the speaker name, time and colour class', () => {
    const html = renderToStaticMarkup(
      createElement(NoteBody, {
        body: 'Opening round.\n@a 14:02 — I felt **scared**\nand alone\n@j 14:03 — Sorry.',
        speakers: [
          { key: 'a', personId: null, name: 'Ayla Brightwater', colour: '#1d6fb8' },
          { key: 'j', personId: null, name: 'Jordan Fenwick', colour: '#b34a00' },
        ],
      }),
    );
    expect(html).toContain('<p class="note-paragraph">Opening round.</p>');
    expect(html).toMatch(
      /class="said speaker-colour-0".*Ayla Brightwater.*14:02.*<strong>scared<\/strong><br\/>and alone/,
    );
    expect(html).toMatch(/class="said speaker-colour-1".*Jordan Fenwick.*14:03.*Sorry\./);
  });

  it('gives a one-line preview without formatting marks or attribution prefixes', () => {
    expect(plainPreview('@a 14:02 — **Hello**\n- one\n\ntwo')).toBe('Hello one two');
    expect(plainPreview('word '.repeat(60), 20)).toBe('word word word word…');
  });
});
