/**
 * Looking at a vault folder from the outside, the way an attacker with the disk (or a
 * careless backup tool) would: every file's bytes, hashes to prove nothing changed, and a
 * byte search for plaintext in the encodings a string could be stored in.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../../../src/main/vault/sqlite';

/** Every regular file in the folder (recursively), by path relative to it, with its SHA-256. */
export function hashFolder(dir: string): Record<string, string> {
  const result: Record<string, string> = {};
  const walk = (sub: string) => {
    for (const name of readdirSync(join(dir, sub)).sort()) {
      const rel = sub ? `${sub}/${name}` : name;
      const full = join(dir, rel);
      if (statSync(full).isDirectory()) walk(rel);
      else result[rel] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
  };
  walk('');
  return result;
}

/** The file names of a folder, sorted. */
export function listFolder(dir: string): string[] {
  return Object.keys(hashFolder(dir));
}

/** The byte patterns `text` would have on disk as UTF-8, UTF-16LE or UTF-16BE. */
export function encodings(text: string): { name: string; bytes: Buffer }[] {
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.from(le).swap16();
  return [
    { name: 'utf-8', bytes: Buffer.from(text, 'utf8') },
    { name: 'utf-16le', bytes: le },
    { name: 'utf-16be', bytes: be },
  ];
}

/** Which files of the folder contain `text` in any of those encodings, as "file (encoding)". */
export function findPlaintext(dir: string, text: string): string[] {
  const hits: string[] = [];
  for (const rel of listFolder(dir)) {
    const content = readFileSync(join(dir, rel));
    for (const { name, bytes } of encodings(text)) {
      if (content.includes(bytes)) hits.push(`${rel} (${name})`);
    }
  }
  return hits;
}

export const PAGE_SIZE = 4096;

/** Flips every bit of `count` bytes at `offset` (negative: from the end) and writes the file back. */
export function flipBytes(path: string, offset: number, count = 1): Buffer {
  const bytes = readFileSync(path);
  const at = offset >= 0 ? offset : bytes.length + offset;
  if (at < 0 || at + count > bytes.length) throw new Error(`flipBytes: ${at}+${count} is outside the file`);
  for (let i = at; i < at + count; i += 1) bytes[i] = bytes[i]! ^ 0xff;
  writeFileSync(path, bytes);
  return bytes;
}

/**
 * Pages (1-based) of a table's leaves, from SQLite's dbstat over an open connection: the
 * pages only a read of that table's rows touches, never the schema or the header.
 */
export function leafPagesOf(db: Db, table: string): number[] {
  return (
    db
      .prepare("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno")
      .all(table) as {
      pageno: number;
    }[]
  ).map((row) => row.pageno);
}

/** Copies a vault folder as a crashed process would leave it (the database still open). */
export function copyCrashImage(from: string, to: string): void {
  for (const name of readdirSync(from)) copyFileSync(join(from, name), join(to, name));
}
