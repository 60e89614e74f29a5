/**
 * The passphrase rule and the wraps of the data key, as the vault and a restore both need
 * them: a new passphrase is checked by the shared rule, and a passphrase wrap is made with
 * fresh scrypt parameters (the recovery wrap is never touched by a passphrase change).
 */
import { WorkbenchError } from '../../shared/errors';
import { passphraseProblem } from '../../shared/domain/passphrase';
import {
  DEFAULT_SCRYPT,
  deriveWrappingKey,
  newHkdfParams,
  newScryptParams,
  wrapKey,
  type KdfParams,
  type WrappedKey,
} from './crypto';
import { KeyFileError, keyFileExists, readKeyFile, type KeyFile } from './key-file';

export type ScryptCost = { N: number; r: number; p: number };

export function assertPassphraseRule(passphrase: string): void {
  const problem = passphraseProblem(passphrase);
  if (problem)
    throw new WorkbenchError({
      code: 'weak_passphrase',
      message: problem,
      fields: { newPassphrase: problem },
    });
}

async function wrapWith(dataKey: Buffer, secret: Buffer, kdf: KdfParams): Promise<WrappedKey> {
  const wrapping = await deriveWrappingKey(secret, kdf);
  try {
    return wrapKey(dataKey, wrapping, kdf);
  } finally {
    wrapping.fill(0);
  }
}

/** A wrap of the data key by `passphrase`, with new scrypt parameters of the given cost. */
export function passphraseWrap(
  dataKey: Buffer,
  passphrase: string,
  cost: ScryptCost = DEFAULT_SCRYPT,
): Promise<WrappedKey> {
  return wrapWith(dataKey, Buffer.from(passphrase, 'utf8'), newScryptParams(cost));
}

/** A wrap of the data key by the recovery key's bytes (HKDF: they are random already). */
export function recoveryWrap(dataKey: Buffer, recoveryBytes: Uint8Array): Promise<WrappedKey> {
  return wrapWith(dataKey, Buffer.from(recoveryBytes), newHkdfParams());
}

/** The key file, or the typed error the renderer shows (no vault, or one that cannot be read). */
export function readKeyFileOrThrow(path: string): KeyFile {
  if (!keyFileExists(path)) {
    throw new WorkbenchError({ code: 'no_vault', message: 'There is no vault on this computer yet.' });
  }
  try {
    return readKeyFile(path);
  } catch (error) {
    if (error instanceof KeyFileError)
      throw new WorkbenchError({ code: 'corrupt_vault', message: error.message });
    throw error;
  }
}
