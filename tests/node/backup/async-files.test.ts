/** Removing a large file of ours gently: shrunk step by step, then gone; a missing one is no error. */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { removeGradually } from '../../../src/main/vault/backup/async-files';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

it('removes a file larger than one step, a small one, and says nothing of one that is not there', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rw-remove-'));
  dirs.push(dir);
  const large = join(dir, 'vault.db.verifying');
  const small = join(dir, 'vault.db.verifying-wal');
  writeFileSync(large, Buffer.alloc(40 * 1024 * 1024 + 123, 1));
  writeFileSync(small, 'x');
  await removeGradually(large);
  await removeGradually(small);
  await removeGradually(join(dir, 'never-there'));
  expect(existsSync(large)).toBe(false);
  expect(existsSync(small)).toBe(false);
});
