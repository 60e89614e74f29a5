/**
 * Opens Word documents the way a reader would: LibreOffice converts them to PDF (one call for
 * many files, with a private profile so parallel runs never collide), pdftotext reads each
 * page. Needs Debian's libreoffice-writer-nogui and poppler-utils (.ci/run installs them).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface PdfText {
  pdf: string;
  /** Text of each page (pdftotext separates pages with form feeds). */
  pages: string[];
  text: string;
  /**
   * The text in reading order (pdftotext without -layout): a table cell's lines stay together
   * instead of interleaving with the next column, so a wrapped action can be found whole.
   */
  flow: string;
  /** The reading-order text of each page. */
  flowPages: string[];
}

export function convertToPdf(docxPaths: string[], outDir: string): Map<string, PdfText> {
  const profile = mkdtempSync(join(tmpdir(), 'rw-lo-profile-'));
  try {
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        ...docxPaths,
      ],
      {
        stdio: 'pipe',
        timeout: 120_000,
      },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const result = new Map<string, PdfText>();
  for (const docx of docxPaths) {
    const pdf = join(outDir, basename(docx).replace(/\.docx$/, '.pdf'));
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const pages = byPage(text);
    const flow = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    result.set(docx, { pdf, pages, text, flow, flowPages: byPage(flow) });
  }
  return result;
}

/** pdftotext ends every page with a form feed; the empty text after the last one is not a page. */
function byPage(text: string): string[] {
  return text.split('\f').filter((p, i, all) => i < all.length - 1 || p.trim() !== '');
}

/** The converted documents whose file name starts with `prefix`, in the order converted. */
export function pdfsStartingWith(texts: Map<string, PdfText>, prefix: string): PdfText[] {
  return [...texts.entries()].filter(([path]) => basename(path).startsWith(prefix)).map(([, t]) => t);
}

/**
 * KEEP_DOCS=1 copies a test's documents (and their PDFs) into the git-ignored screenshots/
 * folder, to look at them; then the temp folder goes.
 */
export function keepDocumentsThenRemove(outDir: string, name: string): void {
  if (process.env['KEEP_DOCS']) {
    const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
    cpSync(outDir, join(root, 'screenshots', name), { recursive: true });
  }
  rmSync(outDir, { recursive: true, force: true });
}
