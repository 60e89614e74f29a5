/**
 * Every document, each variant, a short case and a long one, opened by LibreOffice and read
 * back page by page from the PDF: no page ends with a heading (a heading stays with what it
 * introduces), and no action's rows are split across two pages. Headings are the paragraphs
 * the .docx styles as headings (one above a picture, which has no text, is followed on its page
 * by what is drawn below it); an action is found by its number and words, and all of its
 * cells must be whole on the page where it starts.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HeadingLevel, Paragraph, TextRun } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { everyDocument, longestAction, type DocumentCase } from '../support/every-document';
import { headingsOf } from '../support/docx-headings';
import { mapPictureBlock } from '../../../src/main/documents/map-picture';
import { paragraphs, renderDocument } from '../../../src/main/documents/docx-kit';
import { familyMapPicture } from '../support/map-picture-fixture';
import { drawnBelowLastText } from '../support/pdf-ink';
import { convertToPdf, keepDocumentsThenRemove, type PdfText } from '../support/libreoffice';

const cases = everyDocument();

/**
 * The check itself, on a document made wrong on purpose: a heading not kept with what follows,
 * then a page break; and after it a map picture that starts a page.
 */
function loneHeadingDocument(): Promise<Buffer> {
  const lone = (text: string) =>
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(text)], keepNext: false });
  return renderDocument({
    title: 'Control',
    children: [
      ...paragraphs('Some text before the heading.'),
      lone('Left alone at the foot'),
      new Paragraph({ pageBreakBefore: true, children: [new TextRun('Its text, on the next page.')] }),
      lone('Left alone above a picture on the next page'),
      new Paragraph({ pageBreakBefore: true, children: [] }),
      ...mapPictureBlock(familyMapPicture()).slice(1),
    ],
  });
}
let control: { pdf: PdfText; headings: string[] };
const longest = longestAction();
let outDir: string;
const rendered = new Map<string, { pdf: PdfText; headings: string[] }>();
const longestPdfs = new Map<string, PdfText>();

/** Whitespace folded, and without the direction marks pdftotext puts around right-to-left runs. */
const fold = (text: string) =>
  text
    .replace(/[\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'rw-page-layout-'));
  const files: string[] = [];
  const headings = new Map<string, string[]>();
  for (const c of cases) {
    const docx = await c.build();
    const file = join(outDir, `${c.name}.docx`);
    writeFileSync(file, docx);
    files.push(file);
    headings.set(c.name, headingsOf(docx));
  }
  for (const c of longest) {
    const file = join(outDir, `${c.name}.docx`);
    writeFileSync(file, await c.build());
    files.push(file);
  }
  const controlDocx = await loneHeadingDocument();
  const controlFile = join(outDir, 'control-lone-heading.docx');
  writeFileSync(controlFile, controlDocx);
  const pdfs = convertToPdf([...files, controlFile], outDir);
  control = { pdf: pdfs.get(controlFile)!, headings: headingsOf(controlDocx) };
  cases.forEach((c, i) =>
    rendered.set(c.name, { pdf: pdfs.get(files[i]!)!, headings: headings.get(c.name)! }),
  );
  longest.forEach((c, i) => longestPdfs.set(c.name, pdfs.get(files[cases.length + i]!)!));
}, 240_000);

afterAll(() => keepDocumentsThenRemove(outDir, 'page-layout'));

/**
 * The heading a page ends with, if any: its last lines of text (above the "Page X of Y"
 * footer) are a heading's text, whole (a long heading may wrap onto two or three lines).
 */
function headingEndingPage(page: string, headings: string[]): string | null {
  const lines = page
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !/^Page \d+ of \d+$/.test(l));
  const wanted = new Set(headings.map(fold));
  for (let k = 1; k <= 3 && k <= lines.length; k++) {
    const tail = fold(lines.slice(-k).join(' '));
    if (wanted.has(tail)) return tail;
  }
  return null;
}

function headingsEndingPages({ pdf, headings }: { pdf: PdfText; headings: string[] }) {
  return (
    pdf.pages
      .map((page, i) => ({ page: i + 1, heading: headingEndingPage(page, headings) }))
      // A picture below the heading (a map: no text) is what it introduces, on the same page.
      .filter((e) => e.heading !== null && !drawnBelowLastText(pdf.pdf, e.page))
  );
}

/** The action numbers (from 1) whose pieces are not all whole on the page where the action starts. */
function splitActions(c: DocumentCase, pdf: PdfText): string[] {
  const pages = pdf.flowPages.map(fold);
  return c.actions.flatMap((pieces, i) => {
    const start = pages.findIndex((p) => p.includes(fold(pieces[0]!)));
    if (start < 0) return [`action ${i + 1} does not start whole on any page`];
    const missing = pieces.filter((piece) => !pages[start]!.includes(fold(piece)));
    return missing.length ? [`action ${i + 1} (page ${start + 1}) lacks: ${missing[0]!.slice(0, 60)}…`] : [];
  });
}

describe('every document, read back from LibreOffice’s PDF', () => {
  it('has the long cases running over several pages (so page breaks are really tested)', () => {
    for (const c of cases.filter((x) => x.name.endsWith('-long') && !x.name.startsWith('invitation')))
      expect(rendered.get(c.name)!.pdf.pages.length, c.name).toBeGreaterThan(1);
    // The agreement's long cases break inside the actions, where a split could happen.
    for (const v of ['standard', 'large_print', 'plain_english'])
      expect(rendered.get(`agreement-${v}-long`)!.pdf.pages.length).toBeGreaterThan(4);
  });

  it('finds the headings in each document', () => {
    expect(rendered.get('agreement-plain_english-short')!.headings).toContain('Keeping this private');
    expect(rendered.get('agreement-standard-long')!.headings).toContain('Confidentiality');
    expect(rendered.get('agreement-large_print-long')!.headings).toContain('Action 12');
    for (const c of cases) expect(rendered.get(c.name)!.headings.length, c.name).toBeGreaterThan(0);
    // The family plan's own headings, and the map's, which must keep with its picture.
    expect(rendered.get('family-plan-standard-long')!.headings).toContain("The referrer's bottom lines");
    expect(rendered.get('family-plan-large_print-long')!.headings).toContain('Relationship map');
    expect(rendered.get('family-plan-plain_english-long')!.headings).toContain('Who matters to whom');
    expect(rendered.get('preparation-summary-long')!.headings).toContain('Relationship map: Pike family');
  });

  it('finds a heading left alone at a page’s foot, with or without a picture after it on the next page', () => {
    expect(headingsEndingPages(control)).toEqual([
      { page: 1, heading: 'Left alone at the foot' },
      { page: 2, heading: 'Left alone above a picture on the next page' },
    ]);
  });

  it.each(cases.map((c) => c.name))('%s: no page ends with a heading', (name) => {
    expect(headingsEndingPages(rendered.get(name)!)).toEqual([]);
  });

  it.each(cases.filter((c) => c.actions.length > 0).map((c) => c.name))(
    '%s: every action is whole on one page',
    (name) => {
      const c = cases.find((x) => x.name === name)!;
      expect(splitActions(c, rendered.get(name)!.pdf)).toEqual([]);
    },
  );
});

describe('an action longer than a page', () => {
  it.each(longest.map((c) => c.name))(
    '%s: runs on to the next page with none of its text cut off',
    (name) => {
      const pdf = longestPdfs.get(name)!;
      const c = longest.find((x) => x.name === name)!;
      const pageOf = (marker: string) => pdf.flowPages.findIndex((p) => p.includes(marker));
      for (const marker of c.markers) expect(pageOf(marker), marker).toBeGreaterThanOrEqual(0);
      // It really is too long for one page: its text starts on one page and ends on another.
      const start = pdf.flowPages.findIndex(
        (p) => fold(p).includes('1. the plan is written') || fold(p).includes('What will be done the plan'),
      );
      expect(Math.max(...c.markers.map(pageOf))).toBeGreaterThan(start);
    },
  );
});
