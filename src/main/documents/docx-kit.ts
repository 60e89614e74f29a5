/**
 * Small shared pieces for every Word document the workbench writes: calm typography, headings,
 * label/value tables, and text made safe for XML (control characters that Word and
 * LibreOffice reject are replaced; everything else, RTL and emoji included, is kept).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import { replaceControlCharacters } from '../../shared/domain/control-characters';
import { estimatedLines, fitsOnAPage, rowLines } from './page-fit';

/** XML 1.0 forbids most C0 control characters; a document containing one will not open. */
export function safeText(value: string): string {
  return replaceControlCharacters(value);
}

/**
 * A heading, kept on the page of what follows it (and whole), so a page never ends with a
 * heading alone ("Confidentiality" at the foot of page 1, its statement on page 2).
 */
export function heading(text: string, level: 1 | 2 | 3 = 1): Paragraph {
  const levels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
  return new Paragraph({
    heading: levels[level],
    children: [new TextRun(safeText(text))],
    spacing: { before: 240, after: 120 },
    keepNext: true,
    keepLines: true,
  });
}

export interface ParagraphOptions {
  italics?: boolean;
  /** Twentieths of a point that set the text apart from what comes before it, such as a table. */
  before?: number;
  /** Never split across pages (an action, which is read as one thing). */
  whole?: boolean;
  /** Kept on the page of the paragraph that follows (a lead-in line such as a speaker's name). */
  withNext?: boolean;
}

/** One paragraph per line of text, so line breaks typed in the app survive. */
export function paragraphs(text: string, options: ParagraphOptions = {}): Paragraph[] {
  const lines = safeText(text).split(/\r?\n/);
  // Held together only where it fits a page: kept whole, a longer text would be cut off.
  const whole = (options.whole ?? false) && fitsOnAPage(estimatedLines(text, 1, 12), 12);
  return lines.map(
    (line, i) =>
      new Paragraph({
        children: [new TextRun({ text: line, italics: options.italics ?? false })],
        spacing: { after: 80, ...(i === 0 && options.before ? { before: options.before } : {}) },
        // Lines of one text held together keep with each other, the last with what follows.
        keepLines: whole,
        keepNext: (whole && i < lines.length - 1) || (options.withNext ?? false),
      }),
  );
}

const thinGrey = { style: BorderStyle.SINGLE, size: 4, color: 'BFBFBF' };
/** The light grid every table in the documents uses. */
export const gridBorders = {
  top: thinGrey,
  bottom: thinGrey,
  left: thinGrey,
  right: thinGrey,
  insideHorizontal: thinGrey,
  insideVertical: thinGrey,
};

/**
 * Label beside value, a row each; a row splits across pages only when it is taller than a
 * page. `whole` keeps the table on one page where it fits (an action in large print): every
 * paragraph but the last row's keeps with the next, which is how Word and LibreOffice keep a
 * table together. `textPoints` is the body text size, for that estimate.
 */
export function labelValueTable(
  rows: [string, string][],
  options: { whole?: boolean; textPoints?: number } = {},
): Table {
  const points = options.textPoints ?? 11;
  const lines = rows.map(([label, value]) =>
    rowLines(
      [
        { text: label, share: 0.3 },
        { text: value || '—', share: 0.7 },
      ],
      points,
    ),
  );
  const whole =
    (options.whole ?? false) &&
    fitsOnAPage(
      lines.reduce((a, b) => a + b, 0),
      points,
      60,
    );
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: gridBorders,
    rows: rows.map(([label, value], i) => {
      const keepNext = whole && i < rows.length - 1;
      return new TableRow({
        cantSplit: fitsOnAPage(lines[i]!, points),
        children: [
          new TableCell({
            width: { size: 30, type: WidthType.PERCENTAGE },
            children: [
              new Paragraph({ keepNext, children: [new TextRun({ text: safeText(label), bold: true })] }),
            ],
          }),
          new TableCell({
            width: { size: 70, type: WidthType.PERCENTAGE },
            children: paragraphs(value || '—', { withNext: keepNext }),
          }),
        ],
      });
    }),
  });
}

export interface DocumentFrame {
  title: string;
  /** Printed in the header of every page, e.g. "CONFIDENTIAL: facilitator only". */
  marking?: string;
  /** Body text size in points (11 by default; large print uses 16). */
  textPoints?: number;
  /** The organisation's name (and logo) at the top left of every page. */
  organisation?: { name: string; logo: { data: Uint8Array; type: 'png' | 'jpg' } | null };
  children: ISectionOptions['children'];
}

/** The organisation's logo at a fixed height; its width follows the picture's proportions. */
function logoRun(logo: { data: Uint8Array; type: 'png' | 'jpg' }): ImageRun | null {
  const size = imageSize(logo.data);
  if (!size) return null;
  const height = 40;
  return new ImageRun({
    type: logo.type,
    data: logo.data,
    transformation: { height, width: Math.round((size.width / size.height) * height) },
  });
}

/** Pixel size of a PNG or JPEG from its header; null when it is neither. */
export function imageSize(data: Uint8Array): { width: number; height: number } | null {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (data.length > 24 && view.getUint32(0) === 0x89504e47)
    return { width: view.getUint32(16), height: view.getUint32(20) };
  if (data.length > 4 && view.getUint16(0) === 0xffd8) {
    for (let i = 2; i + 9 < data.length;) {
      if (data[i] !== 0xff) return null;
      const marker = data[i + 1]!;
      const length = view.getUint16(i + 2);
      // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
      if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker))
        return { height: view.getUint16(i + 5), width: view.getUint16(i + 7) };
      i += 2 + length;
    }
  }
  return null;
}

function headerParagraphs(frame: DocumentFrame): Paragraph[] {
  const marking = new TextRun({
    text: safeText(frame.marking ?? frame.title),
    bold: Boolean(frame.marking),
    size: 18,
    color: frame.marking ? '9C2B2B' : '595959',
  });
  if (!frame.organisation?.name && !frame.organisation?.logo)
    return [new Paragraph({ alignment: AlignmentType.RIGHT, children: [marking] })];
  const logo = frame.organisation.logo ? logoRun(frame.organisation.logo) : null;
  return [
    new Paragraph({
      children: [
        ...(logo ? [logo, new TextRun('  ')] : []),
        new TextRun({ text: safeText(frame.organisation.name), bold: true, size: 22, color: '1F3B3B' }),
      ],
    }),
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [marking] }),
  ];
}

/**
 * Heading sizes (half-points) grown with the body text, so large print's headings still stand
 * above its 16-point text; at 11 points they are Word's own (16, 13 and 12 points).
 */
function headingStyles(textPoints: number) {
  const grow = Math.max(1, textPoints / 11);
  const size = (halfPoints: number) => Math.round(halfPoints * grow);
  return {
    heading1: { run: { color: '2E74B5', size: size(32) } },
    heading2: { run: { color: '2E74B5', size: size(26) } },
    heading3: { run: { color: '1F4D78', size: size(24) } },
  };
}

export async function renderDocument(frame: DocumentFrame): Promise<Buffer> {
  const textPoints = frame.textPoints ?? 11;
  const doc = new Document({
    title: safeText(frame.title),
    creator: 'Restorative Workbench',
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: Math.round(textPoints * 2) } },
        ...headingStyles(textPoints),
      },
    },
    sections: [
      {
        properties: { page: { margin: { top: 1200, bottom: 1200, left: 1200, right: 1200 } } },
        headers: { default: new Header({ children: headerParagraphs(frame) }) },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
                    size: 18,
                    color: '595959',
                  }),
                ],
              }),
            ],
          }),
        },
        children: frame.children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
