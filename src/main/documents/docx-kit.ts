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
export function paragraphs(text: string, options: { italics?: boolean } = {}): Paragraph[] {
  const lines = safeText(text).split(/\r?\n/);
  return lines.map(
    (line) =>
      new Paragraph({
        children: [new TextRun({ text: line, italics: options.italics ?? false })],
        spacing: { after: 80 },
      }),
  );
}

export function labelValueTable(rows: [string, string][]): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: 'BFBFBF' };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
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
  children: ISectionOptions['children'];
}

export async function renderDocument(frame: DocumentFrame): Promise<Buffer> {
  const doc = new Document({
    title: safeText(frame.title),
    creator: 'Restorative Workbench',
    styles: {
      default: { document: { run: { font: 'Calibri', size: 22 } } },
    },
    sections: [
      {
        properties: { page: { margin: { top: 1200, bottom: 1200, left: 1200, right: 1200 } } },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({
                    text: safeText(frame.marking ?? frame.title),
                    bold: Boolean(frame.marking),
                    size: 18,
                    color: frame.marking ? '9C2B2B' : '595959',
                  }),
                ],
              }),
            ],
          }),
        },
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
