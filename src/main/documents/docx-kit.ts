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

/** XML 1.0 forbids most C0 control characters; a document containing one will not open. */
export function safeText(value: string): string {
  return replaceControlCharacters(value);
}

export function heading(text: string, level: 1 | 2 | 3 = 1): Paragraph {
  const levels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
  return new Paragraph({
    heading: levels[level],
    children: [new TextRun(safeText(text))],
    spacing: { before: 240, after: 120 },
  });
}

/** One paragraph per line of text, so line breaks typed in the app survive. */
/** `before` (twentieths of a point) sets the text apart from what comes before it, such as a table. */
export function paragraphs(text: string, options: { italics?: boolean; before?: number } = {}): Paragraph[] {
  const lines = safeText(text).split(/\r?\n/);
  return lines.map(
    (line, i) =>
      new Paragraph({
        children: [new TextRun({ text: line, italics: options.italics ?? false })],
        spacing: { after: 80, ...(i === 0 && options.before ? { before: options.before } : {}) },
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

export function labelValueTable(rows: [string, string][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: gridBorders,
    rows: rows.map(
      ([label, value]) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              width: { size: 30, type: WidthType.PERCENTAGE },
              children: [new Paragraph({ children: [new TextRun({ text: safeText(label), bold: true })] })],
            }),
            new TableCell({
              width: { size: 70, type: WidthType.PERCENTAGE },
              children: paragraphs(value || '—'),
            }),
          ],
        }),
    ),
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

export async function renderDocument(frame: DocumentFrame): Promise<Buffer> {
  const doc = new Document({
    title: safeText(frame.title),
    creator: 'Restorative Workbench',
    styles: {
      default: { document: { run: { font: 'Calibri', size: Math.round((frame.textPoints ?? 11) * 2) } } },
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
