import { statSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { VAULT_ORIGINS } from '../support/legacy-vault';
import {
  call,
  createVault,
  openTempWorkbench,
  TEST_PASSPHRASE,
  type TempWorkbench,
} from '../support/temp-workbench';

let wb: TempWorkbench | undefined;
afterEach(() => {
  wb?.cleanup();
  wb = undefined;
});

describe.each(VAULT_ORIGINS)('the write-ahead log while the vault stays unlocked (%s vault)', (origin) => {
  it('is checkpointed into the database as notes autosave, instead of growing without bound', async () => {
    wb = openTempWorkbench();
    await createVault(wb, TEST_PASSPHRASE, origin);
    // About 8 MB of autosaves, twice SQLite's automatic checkpoint threshold (1000 pages).
    let id: string | undefined;
    for (let i = 0; i < 2_000; i++) {
      const body = `Draft ${i}: ${'the facilitator keeps typing '.repeat(140)}`;
      id = ((await call(wb, 'note:save', i % 2 === 0 ? { body } : { id, body })) as { id: string }).id;
    }
    const wal = statSync(`${wb.vault.dbPath}-wal`).size;
    const db = statSync(wb.vault.dbPath).size;
    expect(wal).toBeLessThan(5 * 2 ** 20);
    expect(db).toBeGreaterThan(2 * 2 ** 20);
  });
});
