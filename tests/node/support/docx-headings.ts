/**
 * The headings a Word document really has: every paragraph styled Heading 1 to 6 in its
 * word/document.xml, with its text. Read from the file itself (a small ZIP reader over
 * node:zlib), so a heading added to a builder later is checked without anyone listing it.
 */
import { inflateRawSync } from 'node:zlib';

/** One file of a ZIP archive, found through the central directory (sizes are reliable there). */
function zipEntry(zip: Buffer, name: string): Buffer {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('Not a ZIP archive.');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('Damaged ZIP central directory.');
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    if (zip.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return method === 8 ? inflateRawSync(data) : Buffer.from(data);
    }
    at += 46 + nameLength + extraLength + commentLength;
  }
  throw new Error(`${name} is not in the archive.`);
}

const unescape = (xml: string) =>
  xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The text of every heading paragraph, in document order. */
export function headingsOf(docx: Buffer): string[] {
  const xml = zipEntry(docx, 'word/document.xml').toString('utf8');
  const headings: string[] = [];
  for (const [paragraph] of xml.matchAll(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/gs)) {
    if (!/<w:pStyle w:val="Heading[1-6]"\/>/.test(paragraph)) continue;
    const text = [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((m) => unescape(m[1]!))
      .join('');
    if (text.trim()) headings.push(text);
  }
  return headings;
}
