import type { z } from 'zod';
import type { LockReason, VaultState } from '../../shared/contract';
import type { Backups } from '../backups/backups';
import type { Restores } from '../backups/restores';
import type { Session } from '../session';
import type { ServiceContext } from '../services/core';
import type { DesktopPort } from '../ports';
import type { Vault } from '../vault/vault';

/** A handler per channel of one area, typed from that area's schemas. */
export type HandlersFor<C extends Record<string, { input: z.ZodType; output: z.ZodType }>> = {
  [K in keyof C]: (
    input: z.output<C[K]['input']>,
  ) => z.output<C[K]['output']> | Promise<z.output<C[K]['output']>>;
};

export interface HandlerDeps {
  vault: Vault;
  session: Session;
  desktop: DesktopPort;
  backups: Backups;
  restores: Restores;
  /** Locks the vault, first giving a due backup up to its budget (see backups.ts). */
  lock(reason: LockReason): Promise<VaultState>;
  /** The service context over the open database; throws `locked` when the vault is locked. */
  ctx(): ServiceContext;
}
