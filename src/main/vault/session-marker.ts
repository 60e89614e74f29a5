/**
 * `vault.state`, beside the key file: whether the vault was closed cleanly and when its
 * whole database last passed a full integrity check. It says nothing about the data (no
 * names, counts or sizes), so it is written in clear, atomically.
 *
 * The full check runs in a worker after unlock when it is due: always after an unclean
 * shutdown (the marker still says open) or a check that never finished, otherwise once a
 * day. Every page is authenticated whenever it is read anyway; the daily check reads the
 * pages nobody has asked for lately.
 */
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomic } from './atomic-file';

export const STATE_FILE_NAME = 'vault.state';
export const FULL_CHECK_INTERVAL_MS = 24 * 60 * 60 * 1000;

const stateSchema = z.object({
  format: z.literal('restorative-workbench/vault-state'),
  version: z.literal(1),
  /** True from unlock until the database is closed: still true at the next start means a crash. */
  open: z.boolean(),
  /** A check was due and has not passed yet (it stays owed across locks and crashes). */
  checkOwed: z.boolean(),
  lastCheckPassedAt: z.string().nullable(),
});
export type SessionState = Omit<z.infer<typeof stateSchema>, 'format' | 'version'>;

/** The marker, or null when there is none or it cannot be read (both count as unclean). */
export function readSessionState(path: string): SessionState | null {
  if (!existsSync(path)) return null;
  try {
    const parsed = stateSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (!parsed.success) return null;
    const { open, checkOwed, lastCheckPassedAt } = parsed.data;
    return { open, checkOwed, lastCheckPassedAt };
  } catch {
    return null;
  }
}

export function writeSessionState(path: string, state: SessionState): void {
  const file = { format: 'restorative-workbench/vault-state', version: 1, ...state };
  writeFileAtomic(path, `${JSON.stringify(file)}\n`);
}

export function fullCheckDue(previous: SessionState | null, now: number): boolean {
  if (!previous || previous.open || previous.checkOwed || previous.lastCheckPassedAt === null) return true;
  const last = Date.parse(previous.lastCheckPassedAt);
  return !Number.isFinite(last) || now - last >= FULL_CHECK_INTERVAL_MS || now < last;
}
