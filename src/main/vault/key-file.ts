/**
 * The key file: the data key wrapped twice (by the passphrase and by the recovery key), with
 * the KDF parameters beside each so they can be raised later without a format change. It
 * holds nothing readable without a secret. Written atomically.
 */
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomic, type AtomicWriteHooks } from './atomic-file';
import type { WrappedKey } from './crypto';

export const KEY_FILE_FORMAT = 'restorative-workbench/key-file';
export const KEY_FILE_VERSION = 1;

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
const kdfSchema = z.discriminatedUnion('name', [
  z.object({
    name: z.literal('scrypt'),
    N: z
      .number()
      .int()
      .min(2 ** 10)
      .max(2 ** 22),
    r: z.number().int().min(1).max(32),
    p: z.number().int().min(1).max(16),
    salt: base64,
  }),
  z.object({ name: z.literal('hkdf-sha256'), salt: base64 }),
]);
const wrappedSchema = z.object({ kdf: kdfSchema, iv: base64, tag: base64, ciphertext: base64 });

const keyFileSchema = z.object({
  format: z.literal(KEY_FILE_FORMAT),
  version: z.literal(KEY_FILE_VERSION),
  createdAt: z.string(),
  passphrase: wrappedSchema,
  recovery: wrappedSchema,
});
export type KeyFile = z.infer<typeof keyFileSchema>;

export class KeyFileError extends Error {}

export function keyFileExists(path: string): boolean {
  return existsSync(path);
}

export function readKeyFile(path: string): KeyFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new KeyFileError('The key file cannot be read.');
  }
  const result = keyFileSchema.safeParse(parsed);
  if (!result.success) throw new KeyFileError('The key file is not in a format this app knows.');
  return result.data;
}

export function writeKeyFile(
  path: string,
  content: { createdAt: string; passphrase: WrappedKey; recovery: WrappedKey },
  hooks?: AtomicWriteHooks,
): void {
  const file: KeyFile = { format: KEY_FILE_FORMAT, version: KEY_FILE_VERSION, ...content };
  writeFileAtomic(path, `${JSON.stringify(file, null, 2)}\n`, hooks);
}
