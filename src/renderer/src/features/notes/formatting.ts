/**
 * The light formatting notes allow, parsed into plain data: paragraphs (a blank line between),
 * lists (lines starting with "- ") and **bold**. The read view builds React elements from this,
 * so text is only ever text: nothing typed can become markup.
 */

export interface Inline {
  text: string;
  bold: boolean;
}

export type Block = { kind: 'paragraph'; lines: Inline[][] } | { kind: 'list'; items: Inline[][] };

const BOLD = /\*\*(?=\S)(.+?)(?<=\S)\*\*/g;
const LIST_ITEM = /^\s*- (.*)$/;

export function parseInline(line: string): Inline[] {
  const parts: Inline[] = [];
  let last = 0;
  for (const match of line.matchAll(BOLD)) {
    if (match.index > last) parts.push({ text: line.slice(last, match.index), bold: false });
    parts.push({ text: match[1]!, bold: true });
    last = match.index + match[0].length;
  }
  if (last < line.length) parts.push({ text: line.slice(last), bold: false });
  return parts;
}

export function splitLines(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n');
}

/** Blocks from lines: blank lines separate paragraphs; a run of "- " lines is one list. */
export function parseBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  for (const line of splitLines(text)) {
    if (line.trim() === '') {
      current = null;
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      if (current?.kind !== 'list') {
        current = { kind: 'list', items: [] };
        blocks.push(current);
      }
      current.items.push(parseInline(item[1]!));
    } else {
      if (current?.kind !== 'paragraph') {
        current = { kind: 'paragraph', lines: [] };
        blocks.push(current);
      }
      current.lines.push(parseInline(line));
    }
  }
  return blocks;
}

/** The text without formatting marks, for a one-line preview in a list. */
export function plainPreview(text: string, max = 140): string {
  const flat = splitLines(text)
    .map((line) => line.replace(/^@[a-z] \d{2}:\d{2} — /, '').replace(LIST_ITEM, '$1'))
    .join(' ')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}
