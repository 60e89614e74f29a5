/**
 * Text on a relationship map, measured without a browser: names wrapped onto lines, and the
 * width of any label, so the editor, the SVG and the PNG agree on where every word sits and
 * the placement (relationship-map-placement.ts) can keep words off symbols and off each other.
 * Widths are DejaVu Sans advances (what resvg draws with, and among the widest common sans
 * fonts), so a box measured here holds the words in the app's own fonts too.
 */

/** The sizes of words on a map, in map units (pixels at 100% zoom). */
export const mapText = {
  /** A person's name: the app's body text size (17px), so it reads at 100%. */
  name: { size: 17, line: 21 },
  /** Birth years under a name in a genogram. */
  year: { size: 14, line: 17 },
  /** A tie's label and a couple line's years. */
  tie: { size: 15, line: 19 },
  household: { size: 14, line: 17 },
} as const;

/** A name is wrapped to lines no wider than this (neighbours in a row are 150 apart). */
export const NAME_MAX_WIDTH = 136;
export const NAME_MAX_LINES = 3;
/** A tie label is one line, shortened past this width. */
export const TIE_LABEL_MAX_WIDTH = 170;
/** Room each side of a word inside its white background. */
export const LABEL_PAD = 3;

/** Advance widths of DejaVu Sans for ASCII 32..126, in thousandths of an em (regular, bold). */
const REGULAR = [
  318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636, 636, 636,
  636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632, 575, 775, 752, 295,
  295, 656, 557, 863, 748, 787, 603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838,
  500, 500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 411, 521,
  392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838,
];
const BOLD = [
  348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696, 696, 696, 696,
  696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580, 1000, 774, 762, 734, 830, 683, 683, 821, 837, 372,
  372, 775, 637, 995, 837, 850, 733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 365, 457, 838,
  500, 500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687, 716, 716, 493, 595,
  478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838,
];

/** Marks that join the letter before them (accents, joiners, emoji modifiers) take no room. */
const ZERO_WIDTH: readonly [number, number][] = [
  [0x0300, 0x036f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0xfe00, 0xfe0f],
  [0x1f3fb, 0x1f3ff],
];

function advance(char: string, bold: boolean): number {
  const code = char.codePointAt(0)!;
  if (code >= 32 && code <= 126) return (bold ? BOLD : REGULAR)[code - 32]!;
  if (ZERO_WIDTH.some(([from, to]) => code >= from && code <= to)) return 0;
  // Wide scripts and emoji take a full em; anything else is counted generously.
  if (code >= 0x2e80) return 1000;
  return bold ? 780 : 720;
}

/** The width of `text` in map units at `size`. */
export function textWidth(text: string, size: number, bold = false): number {
  let thousandths = 0;
  for (const char of text) thousandths += advance(char, bold);
  return (thousandths * size) / 1000;
}

/** `text` cut with an ellipsis so it fits in `width`. */
export function shortenToWidth(text: string, width: number, size: number, bold = false): string {
  if (textWidth(text, size, bold) <= width) return text;
  const chars = [...text];
  let kept = '';
  for (const char of chars) {
    if (textWidth(`${kept}${char}…`, size, bold) > width) break;
    kept += char;
  }
  return `${kept.trimEnd()}…`;
}

/**
 * A name as the map shows it: wrapped at spaces and hyphens (or inside a word too long for a
 * line) onto at most three lines, the last shortened with an ellipsis if the name goes on. The full name is
 * kept elsewhere (the picture's <title>, the node's accessible name, the text view).
 */
export function nameLines(name: string, bold = false): string[] {
  const { size } = mapText.name;
  const fits = (text: string) => textWidth(text, size, bold) <= NAME_MAX_WIDTH;
  // A double-barrelled name may break after its hyphen as well as at a space.
  const words = name
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((w) => w.split(/(?<=-)(?=.)/));
  if (words.length === 0) return [''];
  const lines: string[] = [];
  let current = '';
  for (let word of words) {
    const joined = current ? `${current}${current.endsWith('-') ? '' : ' '}${word}` : word;
    if (fits(joined)) {
      current = joined;
      continue;
    }
    if (current) lines.push(current);
    // A word wider than a line is broken where it must be.
    while (!fits(word)) {
      const chars = [...word];
      let cut = 1;
      while (cut < chars.length && fits(chars.slice(0, cut + 1).join(''))) cut += 1;
      lines.push(chars.slice(0, cut).join(''));
      word = chars.slice(cut).join('');
    }
    current = word;
  }
  if (current) lines.push(current);
  if (lines.length <= NAME_MAX_LINES) return lines;
  const rest = lines.slice(NAME_MAX_LINES - 1).join(' ');
  return [...lines.slice(0, NAME_MAX_LINES - 1), shortenToWidth(rest, NAME_MAX_WIDTH, size, bold)];
}

/** The one-line label of a tie (or a couple line's years and label), shortened to fit. */
export function tieLabelText(text: string): string {
  return shortenToWidth(text.trim(), TIE_LABEL_MAX_WIDTH, mapText.tie.size);
}
