/**
 * A real workbench over a real encrypted vault in a fresh temp folder. scrypt runs at a lower
 * cost than production (2^14 instead of 2^17) so the suite stays fast; one test in
 * vault-crypto.test.ts uses the production default.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { noDesktop, type DesktopPort } from '../../../src/main/ports';
import { createWorkbench, type Workbench, type WorkbenchOptions } from '../../../src/main/workbench';
import { downgradeToLegacy, type VaultOrigin } from './legacy-vault';

export const TEST_SCRYPT = { N: 2 ** 14, r: 8, p: 1 };
export const TEST_PASSPHRASE = 'kitchen table circle morning';

export interface TempWorkbench extends Workbench {
  dir: string;
  cleanup(): void;
}

export function tempDir(prefix = 'rw-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export type TempWorkbenchOptions = Partial<Omit<WorkbenchOptions, 'desktop'>> & {
  desktop?: Partial<DesktopPort>;
};

/**
 * `desktop` may give only the dialogs a test answers; the others cancel. Printing has no
 * window under Node and says so.
 */
export function openTempWorkbench(options: TempWorkbenchOptions = {}): TempWorkbench {
  const dir = options.dir ?? tempDir();
  const desktop: DesktopPort = { ...noDesktop, ...options.desktop };
  const workbench = createWorkbench({ scryptCost: TEST_SCRYPT, ...options, desktop, dir });
  return {
    ...workbench,
    dir,
    cleanup() {
      // Locked at once (no backup at this "quit"): the folder goes straight after.
      workbench.vault.lock('quit');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface WorkbenchPerTest {
  /** The running test's workbench, its vault created and unlocked. */
  readonly wb: TempWorkbench;
  /** The clock the services stamp records with; a test moves time by assigning to it. */
  clock: Date;
  /** A temp folder of the test's own (exports, saved documents), removed after it. */
  readonly folder: string;
}

/**
 * The set-up most service tests share: before each test a fresh workbench over a new
 * encrypted vault, unlocked, on a clock that starts at `start` (or the real one); after it,
 * everything is removed.
 * `desktop` answers the dialogs, given the test's own folder.
 */
export function workbenchPerTest(
  setup: {
    start?: string;
    /** Stamp records with the machine's own clock instead (for order by real time). */
    realClock?: boolean;
    desktop?: (folder: string) => Partial<DesktopPort>;
  } = {},
): WorkbenchPerTest {
  const start = setup.start ?? '2026-11-24T10:00:00Z';
  let current: { wb: TempWorkbench; folder: string } | null = null;
  const running = () => {
    if (!current) throw new Error('The workbench exists only while a test runs.');
    return current;
  };
  const state = {
    clock: new Date(start),
    get wb() {
      return running().wb;
    },
    get folder() {
      return running().folder;
    },
  };
  beforeEach(async () => {
    state.clock = new Date(start);
    const folder = tempDir('rw-test-files-');
    const wb = openTempWorkbench({
      ...(setup.realClock ? {} : { clock: { now: () => state.clock } }),
      ...(setup.desktop ? { desktop: setup.desktop(folder) } : {}),
    });
    current = { wb, folder };
    await createVault(wb);
  });
  afterEach(() => {
    current?.wb.cleanup();
    if (current) rmSync(current.folder, { recursive: true, force: true });
    current = null;
  });
  return state;
}

/** Calls a channel the way the renderer does and returns the value, or throws the error shape. */
export async function call(workbench: Workbench, channel: string, input: unknown = {}): Promise<unknown> {
  const envelope = await workbench.dispatch(channel, await withStandingCase(workbench, channel, input));
  if (!envelope.ok) throw Object.assign(new Error(envelope.error.message), envelope.error);
  return envelope.value;
}

/**
 * Creates the vault through the dispatcher and returns the recovery key (shown once); the
 * workbench is left unlocked. `migrated`: the vault is then rewritten in the old format by
 * test code and unlocked again, so the app migrates it, and the test goes on in the result.
 */
export async function createVault(
  workbench: Workbench,
  passphrase = TEST_PASSPHRASE,
  origin: VaultOrigin = 'new',
): Promise<string> {
  const { recoveryKey } = (await call(workbench, 'vault:create', { passphrase })) as { recoveryKey: string };
  if (origin === 'migrated') await migrateThroughLegacy(workbench, passphrase);
  return recoveryKey;
}

/**
 * Locks the vault, has test code rewrite it in the old format (content and secrets kept) and
 * unlocks it again, so the app migrates it; the workbench is left unlocked on the result.
 */
export async function migrateThroughLegacy(
  workbench: Workbench,
  passphrase = TEST_PASSPHRASE,
): Promise<void> {
  await call(workbench, 'vault:lock', {});
  await downgradeToLegacy(dirname(workbench.vault.dbPath), passphrase);
  const status = (await call(workbench, 'vault:status')) as { storageUpdate?: boolean };
  if (status.storageUpdate !== true) throw new Error('the downgraded vault was not seen as the old format');
  await call(workbench, 'vault:unlock', { passphrase });
  if (((await call(workbench, 'vault:status')) as { problem?: unknown }).problem) {
    throw new Error('the migrated vault reported a problem');
  }
}

/** Calls a channel that must fail and returns its typed error shape. */
export async function callError(
  workbench: Workbench,
  channel: unknown,
  input: unknown = {},
): Promise<{ code: string; message: string; fields?: Record<string, string>; retryAfterMs?: number }> {
  const envelope = await workbench.dispatch(channel, await withStandingCase(workbench, channel, input));
  if (envelope.ok) throw new Error(`${String(channel)} was expected to fail but succeeded`);
  return envelope.error;
}

/** Number of notes in the open vault, read straight from the database. */
export function noteCount(workbench: Workbench): number {
  return (workbench.vault.db.prepare('SELECT count(*) AS n FROM notes').get() as { n: number }).n;
}

const standingCases = new WeakMap<Workbench, string>();

/**
 * Every note belongs to a case. Tests about the vault itself (encryption, durability, hostile
 * input) are not about cases, so a `note:save` without a caseId goes into one standing case
 * of that workbench, created on first use through the real channel.
 */
export async function withStandingCase(
  workbench: Workbench,
  channel: unknown,
  input: unknown,
): Promise<unknown> {
  if (channel !== 'note:save' || typeof input !== 'object' || input === null || Array.isArray(input))
    return input;
  if (Object.prototype.hasOwnProperty.call(input, 'caseId') || !workbench.vault.isUnlocked) return input;
  return { ...(input as object), caseId: await standingCase(workbench) };
}

export async function standingCase(workbench: Workbench): Promise<string> {
  const known = standingCases.get(workbench);
  if (known && workbench.vault.db.prepare('SELECT 1 FROM cases WHERE id = ?').get(known)) return known;
  const envelope = await workbench.dispatch('case:create', {
    title: 'Vault test case',
    processType: 'circle',
    setting: 'other',
  });
  if (!envelope.ok) throw new Error(`could not create the standing case: ${envelope.error.code}`);
  const id = (envelope.value as { id: string }).id;
  standingCases.set(workbench, id);
  return id;
}
