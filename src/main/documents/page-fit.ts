/**
 * Whether a block of text fits on one page, estimated before the document is laid out. Word
 * and LibreOffice keep a block together when told to (a table row that may not split, a
 * paragraph kept with the next), but a block kept whole that is taller than a page is cut off
 * at the page's foot: its end is never printed. So an action is kept on one page only when it
 * can be, and one longer than a page runs on to the next.
 *
 * The estimate errs towards "does not fit": characters at 0.55 em on average (Calibri's are
 * nearer 0.5) and lines at 1.3 times the type size, against a little less than the page holds.
 */

/** A4 (21 x 29.7 cm) less the kit's 2.1 cm margins, in points. */
const BODY_WIDTH_POINTS = 476;
/** The height between the margins, less the header and footer lines and some room to spare. */
const BODY_HEIGHT_POINTS = 620;
/** Left and right padding of a table cell (Word's default 0.19 cm each side), in points. */
const CELL_PADDING_POINTS = 11;

/** Lines `text` takes in a column `share` (0 to 1) of the page's width. */
export function estimatedLines(text: string, share: number, textPoints: number): number {
  const width = BODY_WIDTH_POINTS * share - CELL_PADDING_POINTS;
  const perLine = Math.max(1, Math.floor(width / (textPoints * 0.55)));
  return text
    .split(/\r?\n/)
    .reduce((lines, paragraph) => lines + Math.max(1, Math.ceil(paragraph.length / perLine)), 0);
}

/** Whether this many lines (plus `extraPoints` of spacing and headings) fit on one page. */
export function fitsOnAPage(lines: number, textPoints: number, extraPoints = 0): boolean {
  return lines * textPoints * 1.3 + extraPoints <= BODY_HEIGHT_POINTS;
}

/** The lines a table row takes: its tallest cell. */
export function rowLines(cells: { text: string; share: number }[], textPoints: number): number {
  return Math.max(...cells.map((c) => estimatedLines(c.text, c.share, textPoints)));
}
