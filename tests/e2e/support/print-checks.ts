/**
 * Checks on the printed agreement (the print view, printed to PDF by Chromium), made two ways:
 * in the page before printing (print styles emulated at the width of A4 between its margins:
 * nothing wider than the page), and on the PDF itself (a page rendered by pdftoppm as a plain
 * greyscale image: where the ink is; pdftotext's word boxes: how far down page 1 is used).
 */
import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';

/** A4 less agreement.css's 16 mm side margins, in CSS pixels (96 per inch). */
export const PRINT_CONTENT_WIDTH = Math.floor(((210 - 2 * 16) / 25.4) * 96);

/** What is wider than the printed page, measured with print styles at the page's width. */
export async function printOverflow(page: Page): Promise<string[]> {
  const before = page.viewportSize()!;
  await page.setViewportSize({ width: PRINT_CONTENT_WIDTH, height: 1000 });
  await page.emulateMedia({ media: 'print' });
  await page.evaluate("document.body.classList.add('print-agreement')");
  try {
    // A script in the page, as a string: this test project has no DOM types.
    return (await page.evaluate(`(() => {
      const width = ${PRINT_CONTENT_WIDTH};
      const problems = [];
      const doc = document.querySelector('.agreement-print .agreement-doc');
      if (!doc) return ['the print view is not on the page'];
      const box = doc.getBoundingClientRect();
      if (box.width === 0) problems.push('the print view is not shown when printing');
      if (box.right > width + 0.5) problems.push('the print view is ' + Math.round(box.right) + 'px wide');
      for (const el of doc.querySelectorAll('table, tr, th, td, dl, dd, section, p, li')) {
        const r = el.getBoundingClientRect();
        // A collapsed border is painted centred on the edge: half of it lies outside the box.
        const table = el.closest('table');
        const spill =
          table && getComputedStyle(table).borderCollapse === 'collapse'
            ? parseFloat(getComputedStyle(el).borderRightWidth) / 2
            : 0;
        if (r.right + spill > box.right + 0.01)
          problems.push(
            el.tagName.toLowerCase() + ' "' + (el.textContent || '').slice(0, 30) + '" is painted to ' +
              (r.right + spill).toFixed(1) + 'px, past ' + box.right.toFixed(1) + 'px',
          );
      }
      if (document.documentElement.scrollWidth > width + 0.5)
        problems.push('the page scrolls sideways to ' + document.documentElement.scrollWidth + 'px');
      return problems;
    })()`)) as string[];
  } finally {
    await page.evaluate("document.body.classList.remove('print-agreement')");
    // null, not 'screen': an emulated screen medium would make page.pdf() print the screen.
    await page.emulateMedia({ media: null });
    await page.setViewportSize(before);
  }
}

interface Gray {
  width: number;
  height: number;
  pixels: Buffer;
}

/** One page of the PDF as a greyscale image (PGM: a short text header, then a byte a pixel). */
function renderPage(pdf: string, pageNumber: number, dpi: number): Gray {
  const pgm = execFileSync(
    'pdftoppm',
    ['-gray', '-r', String(dpi), '-f', String(pageNumber), '-l', String(pageNumber), pdf],
    {
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.toString('latin1', 0, 40))!;
  const width = Number(header[1]);
  const height = Number(header[2]);
  return { width, height, pixels: pgm.subarray(header[0].length) };
}

/**
 * Where the ink is on a page, in millimetres from the paper's left edge: the rightmost inked
 * column (the footer's page number aside), and how much of that column is inked (a table's
 * right border is a long vertical line; a letter is a few pixels).
 */
export function inkOnPage(pdf: string, pageNumber: number): { rightMm: number; rightColumnMm: number } {
  const dpi = 100;
  const { width, height, pixels } = renderPage(pdf, pageNumber, dpi);
  const footerTop = Math.floor(height * 0.94);
  const inked = (x: number, y: number) => pixels[y * width + x]! < 235;
  for (let x = width - 1; x >= 0; x--) {
    let count = 0;
    for (let y = 0; y < footerTop; y++) if (inked(x, y)) count++;
    if (count > 0) return { rightMm: (x / dpi) * 25.4, rightColumnMm: (count / dpi) * 25.4 };
  }
  return { rightMm: 0, rightColumnMm: 0 };
}

/** How far down page 1 its text reaches, as a share of the page's height (the footer aside). */
export function textReach(pdf: string, pageNumber: number): number {
  const html = execFileSync(
    'pdftotext',
    ['-bbox', '-f', String(pageNumber), '-l', String(pageNumber), pdf, '-'],
    {
      encoding: 'utf8',
    },
  );
  const pageHeight = Number(/<page width="[\d.]+" height="([\d.]+)"/.exec(html)![1]);
  const bottoms = [
    ...html.matchAll(/<word xMin="[\d.]+" yMin="[\d.]+" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g),
  ]
    .map((m) => Number(m[1]))
    // The page number sits in the bottom margin.
    .filter((y) => y < pageHeight * 0.94);
  return Math.max(...bottoms) / pageHeight;
}

/** Whitespace folded, so a phrase wrapped over two lines is still found. */
const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * How the printed pages break: each page whose last line (the page number aside) is one of
 * `headings`, and each action whose pieces of text, in the order printed, are not all on the
 * page where its first piece is, before the next action starts (pdftotext in reading order, so
 * a table cell's lines stay together; a piece every action shares, such as "We meet again",
 * then counts only where it belongs).
 */
export function pageBreakProblems(pdf: string, headings: string[], actions: string[][]): string[] {
  const byPage = (text: string) => text.split('\f').filter((p) => p.trim() !== '');
  const layout = byPage(execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }));
  const flow = byPage(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })).map(fold);
  const problems: string[] = [];
  layout.forEach((page, i) => {
    const lines = page
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '' && !/^Page \d+ of \d+$/.test(l));
    const last = lines.at(-1) ?? '';
    if (headings.includes(last)) problems.push(`page ${i + 1} ends with the heading "${last}"`);
  });
  actions.forEach((pieces, n) => {
    const start = flow.findIndex((p) => p.includes(fold(pieces[0]!)));
    if (start < 0) return problems.push(`action ${n + 1} is not printed`);
    const page = flow[start]!;
    const next = actions[n + 1] ? page.indexOf(fold(actions[n + 1]![0]!)) : -1;
    let at = page.indexOf(fold(pieces[0]!));
    for (const piece of pieces.slice(1)) {
      at = page.indexOf(fold(piece), at);
      if (at < 0 || (next >= 0 && at > next)) {
        problems.push(`action ${n + 1} starts on page ${start + 1} without "${piece}"`);
        break;
      }
    }
  });
  return problems;
}
