/**
 * The agreement people sign and take home, as Word: standard, large print (for people who
 * read with difficulty, and children) and plain English (simpler headings and words). Plain
 * data in, Buffer out; the data holds only what a participant may see: no risk flag, consent
 * detail, note or case title ever reaches this builder.
 */
import {
  AlignmentType,
  BorderStyle,
  ImageRun,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { wordsFor, type DocumentVariant } from '../../shared/domain/agreement';
import {
  gridBorders,
  heading,
  imageSize,
  labelValueTable,
  paragraphs,
  renderDocument,
  safeText,
} from './docx-kit';
import { fitsOnAPage, rowLines } from './page-fit';

const LARGE_PRINT_POINTS = 16;

export interface AgreementDocumentData {
  organisation: { name: string; logo: { data: Uint8Array; type: 'png' | 'jpg' } | null };
  /** "Agreement" or "Family plan". */
  title: string;
  caseReference: string;
  /** The day it was agreed (or today for a draft), already written out. */
  date: string;
  place: string;
  participants: { name: string; role: string }[];
  statement: string;
  actions: {
    what: string;
    who: string;
    forWhom: string;
    byWhen: string;
    howChecked: string;
    checkedBy: string;
    ifNotDone: string;
  }[];
  familyLead: string | null;
  bottomLines: { text: string; metBy: number[]; met: boolean }[];
  reviewDate: string;
  copiesTo: string;
  statements: { confidentiality: string; notLegallyBinding: string };
  signing: string[];
  declined: string[];
  mapPicture: Uint8Array | null;
}

function cell(text: string, options: { bold?: boolean; width: number; shade?: boolean }): TableCell {
  return new TableCell({
    width: { size: options.width, type: WidthType.PERCENTAGE },
    ...(options.shade ? { shading: { fill: 'E8EEEC' } } : {}),
    children: safeText(text || '—')
      .split(/\r?\n/)
      .map((line) => new Paragraph({ children: [new TextRun({ text: line, bold: options.bold ?? false })] })),
  });
}

/** What each cell of an action's row prints, in the table's column order. */
function actionCells(a: AgreementDocumentData['actions'][number], number: number): string[] {
  return [
    `${number}. ${a.what}${a.forWhom ? `\n(for ${a.forWhom})` : ''}`,
    a.who,
    a.byWhen,
    [a.howChecked, a.checkedBy ? `Checked by ${a.checkedBy}` : ''].filter(Boolean).join('\n'),
    a.ifNotDone,
  ];
}

/** Standard and plain English: one table, its header repeated on every page it runs onto. */
function actionsTable(data: AgreementDocumentData, variant: DocumentVariant): Table {
  const w = wordsFor(variant);
  const widths = [32, 17, 15, 20, 16];
  const header = [w.what, w.who, w.when, w.check, w.ifNot];
  const headerLines = rowLines(
    header.map((text, i) => ({ text, share: widths[i]! / 100 })),
    11,
  );
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: gridBorders,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: header.map((h, i) => cell(h, { bold: true, width: widths[i]!, shade: true })),
      }),
      ...data.actions.map((a, i) => {
        const cells = actionCells(a, i + 1);
        const lines = rowLines(
          cells.map((text, c) => ({ text, share: widths[c]! / 100 })),
          11,
        );
        // An action is read as one thing: its row moves to the next page rather than split,
        // unless it is taller than a page (kept whole, its end would be cut off).
        return new TableRow({
          cantSplit: fitsOnAPage(lines + headerLines, 11),
          children: cells.map((text, c) => cell(text, { width: widths[c]! })),
        });
      }),
    ],
  });
}

/** Large print: one block per action, label beside value, nothing squeezed into narrow columns. */
function actionBlocks(data: AgreementDocumentData): (Paragraph | Table)[] {
  const w = wordsFor('standard');
  return data.actions.flatMap((a, i) => [
    heading(`Action ${i + 1}`, 3),
    labelValueTable(
      [
        [w.what, a.what],
        ...(a.forWhom ? ([['For', a.forWhom]] as [string, string][]) : []),
        [w.who, a.who],
        [w.when, a.byWhen],
        [w.check, [a.howChecked, a.checkedBy ? `Checked by ${a.checkedBy}` : ''].filter(Boolean).join('\n')],
        [w.ifNot, a.ifNotDone],
      ],
      // The whole action on one page where it fits, with its heading (which keeps with the table).
      { whole: true, textPoints: LARGE_PRINT_POINTS },
    ),
  ]);
}

/**
 * Each signature block is one unsplittable row: a name never ends a page without its line.
 * Large print puts the date on a line of its own, where the two would not fit on one.
 */
function signatureTable(names: string[], large: boolean): Table {
  const lines = large
    ? ['Signature ______________________________', 'Date ______________']
    : ['Signature ______________________________     Date ______________'];
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: {
      top: none,
      bottom: none,
      left: none,
      right: none,
      insideHorizontal: none,
      insideVertical: none,
    },
    rows: names.map(
      (name) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              width: { size: 100, type: WidthType.PERCENTAGE },
              children: [
                new Paragraph({
                  spacing: { before: 360 },
                  children: [new TextRun({ text: safeText(name), bold: true })],
                }),
                ...lines.map(
                  (line) => new Paragraph({ spacing: { before: 360 }, children: [new TextRun(line)] }),
                ),
              ],
            }),
          ],
        }),
    ),
  });
}

function mapPicture(png: Uint8Array): Paragraph | null {
  const size = imageSize(png);
  if (!size) return null;
  // Fit the page width between margins (about 16 cm at 96 dpi-ish units docx uses).
  const width = Math.min(600, size.width);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [
      new ImageRun({
        type: 'png',
        data: png,
        transformation: { width, height: Math.round((size.height / size.width) * width) },
      }),
    ],
  });
}

export async function buildAgreementDocument(
  data: AgreementDocumentData,
  variant: DocumentVariant,
): Promise<Buffer> {
  const w = wordsFor(variant);
  const children: (Paragraph | Table)[] = [
    heading(data.title, 1),
    labelValueTable(
      [
        ['Reference', data.caseReference],
        ['Date', data.date],
        ['Place', data.place],
      ],
      { textPoints: variant === 'large_print' ? LARGE_PRINT_POINTS : 11 },
    ),
    heading(w.participants, 2),
    ...data.participants.map(
      (p) =>
        new Paragraph({ bullet: { level: 0 }, children: [new TextRun(safeText(`${p.name} (${p.role})`))] }),
    ),
  ];
  if (data.familyLead) children.push(...paragraphs(`Family lead: ${data.familyLead}`));
  if (data.statement.trim()) children.push(heading(w.about, 2), ...paragraphs(data.statement));
  children.push(heading(w.actions, 2));
  if (data.actions.length === 0) children.push(...paragraphs('No actions were written down.'));
  else children.push(...(variant === 'large_print' ? actionBlocks(data) : [actionsTable(data, variant)]));
  if (data.bottomLines.length > 0) {
    children.push(heading(w.bottomLines, 2));
    for (const line of data.bottomLines)
      children.push(
        new Paragraph({
          bullet: { level: 0 },
          children: [
            new TextRun(safeText(line.text)),
            new TextRun({
              text: line.met ? ` — met by action ${line.metBy.join(', ')}` : ' — not met yet',
              bold: !line.met,
            }),
          ],
        }),
      );
  }
  children.push(heading(w.review, 2), ...paragraphs(data.reviewDate));
  if (data.copiesTo.trim()) children.push(heading(w.copies, 2), ...paragraphs(data.copiesTo));
  children.push(
    heading(w.confidentiality, 2),
    ...paragraphs(data.statements.confidentiality),
    heading(w.binding, 2),
    ...paragraphs(data.statements.notLegallyBinding),
  );
  if (data.mapPicture) {
    const picture = mapPicture(data.mapPicture);
    if (picture) children.push(heading(w.map, 2), picture);
  }
  children.push(
    heading(w.signatures, 2),
    signatureTable([...data.signing, 'Facilitator'], variant === 'large_print'),
  );
  if (data.declined.length > 0)
    children.push(
      ...paragraphs(`${data.declined.join(', ')} chose not to have a written agreement.`, {
        italics: true,
        before: 240,
      }),
    );
  return renderDocument({
    title: `${data.title} ${data.caseReference}`,
    organisation: data.organisation,
    textPoints: variant === 'large_print' ? LARGE_PRINT_POINTS : 11,
    children,
  });
}
