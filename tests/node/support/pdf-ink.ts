/**
 * What pdftotext cannot see: a picture (a relationship map) has no text, so a heading above it
 * reads as the page's last line. This looks at the page itself (pdftoppm's greyscale render):
 * is anything drawn below the page's last line of text, the footer aside?
 */
import { execFileSync } from 'node:child_process';

/** The footer ("Page 2 of 5") sits in the bottom 8% of the page; the text above it is the flow. */
const FOOTER_SHARE = 0.92;
const DPI = 50;

export function drawnBelowLastText(pdf: string, pageNumber: number): boolean {
  const range = ['-f', String(pageNumber), '-l', String(pageNumber)];
  const boxes = execFileSync('pdftotext', ['-bbox', ...range, pdf, '-'], { encoding: 'utf8' });
  const pageHeight = Number(/<page width="[\d.]+" height="([\d.]+)"/.exec(boxes)![1]);
  const footerTop = pageHeight * FOOTER_SHARE;
  const bottoms = [...boxes.matchAll(/<word xMin="[\d.]+" yMin="[\d.]+" xMax="[\d.]+" yMax="([\d.]+)"/g)]
    .map((m) => Number(m[1]))
    .filter((y) => y < footerTop);
  const lastText = bottoms.length ? Math.max(...bottoms) : 0;

  const pgm = execFileSync('pdftoppm', ['-gray', '-r', String(DPI), ...range, pdf], {
    maxBuffer: 16 * 1024 * 1024,
  });
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.toString('latin1', 0, 40))!;
  const width = Number(header[1]);
  const height = Number(header[2]);
  const pixels = pgm.subarray(header[0].length);
  const toRow = (points: number) => Math.round((points / pageHeight) * height);
  // A few points below the text's last line, so its descenders are not counted.
  for (let y = toRow(lastText + 4); y < toRow(footerTop); y++)
    for (let x = 0; x < width; x++) if (pixels[y * width + x]! < 200) return true;
  return false;
}
