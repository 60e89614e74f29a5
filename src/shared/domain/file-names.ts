/** Names for the files the app writes (exports, letters, documents), safe on every file system. */

/** A file-name-safe form of a name: letters and digits of any script, dashes between words. */
export function fileSlug(text: string): string {
  const slug = text
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'person';
}
