/**
 * Passphrases and recovery keys are kept nowhere, not even as an encrypted draft: every form in
 * the renderer that asks for one opts out of kept drafts (`keep: false`). Read from the source,
 * so a new form that asks for a secret cannot forget it (a restore form once did).
 */
import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const RENDERER = fileURLToPath(new URL('../../../src/renderer/src', import.meta.url));
const SECRET = /passphrase|recoveryKey/i;

function sourcesUnder(dir: string): string[] {
  const entries: Dirent[] = readdirSync(dir, { withFileTypes: true });
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourcesUnder(path);
    return entry.name.endsWith('.tsx') ? [path] : [];
  });
}

/** Each `useForm({ ... })` call's options, as text up to the closing `});`. */
function formOptions(source: string): string[] {
  const found: string[] = [];
  let at = source.indexOf('useForm({');
  while (at >= 0) {
    const end = source.indexOf('\n  });', at);
    found.push(source.slice(at, end < 0 ? undefined : end));
    at = source.indexOf('useForm({', at + 1);
  }
  return found;
}

it('every form that asks for a passphrase or a recovery key keeps no draft', () => {
  const secretForms = sourcesUnder(RENDERER).flatMap((file) =>
    formOptions(readFileSync(file, 'utf8'))
      .filter((options) => SECRET.test(options))
      .map((options) => ({ file: file.slice(RENDERER.length + 1), keeps: !/\bkeep: false\b/.test(options) })),
  );
  // The unlock, first run, recovery, passphrase change and both backup-opening forms at least.
  expect(secretForms.length).toBeGreaterThanOrEqual(6);
  expect(secretForms.filter((form) => form.keeps)).toEqual([]);
});
