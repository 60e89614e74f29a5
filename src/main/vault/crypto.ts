/**
 * Key derivation and key wrapping. The database is keyed with a random 256-bit data key; that
 * key is stored only wrapped (AES-256-GCM) by a key derived from the passphrase (scrypt,
 * memory-hard) and, separately, by a key derived from the recovery key (HKDF: the recovery
 * key is already 160 random bits, so a slow KDF would add nothing but waiting).
 */
import {
  createCipheriv,
  createDecipheriv,
  hkdfSync,
  randomBytes,
  scrypt as scryptCallback,
  type ScryptOptions,
} from 'node:crypto';

export interface ScryptParams {
  name: 'scrypt';
  /** CPU/memory cost; 2^17 by default (128 MiB with r=8). */
  N: number;
  r: number;
  p: number;
  salt: string; // base64
}

export interface HkdfParams {
  name: 'hkdf-sha256';
  salt: string; // base64
}

export type KdfParams = ScryptParams | HkdfParams;

export interface WrappedKey {
  kdf: KdfParams;
  iv: string; // base64, 12 bytes
  tag: string; // base64, 16 bytes
  ciphertext: string; // base64
}

export const DEFAULT_SCRYPT = { N: 2 ** 17, r: 8, p: 1 } as const;
export const DATA_KEY_BYTES = 32;

export function newScryptParams(cost: { N: number; r: number; p: number } = DEFAULT_SCRYPT): ScryptParams {
  return { name: 'scrypt', ...cost, salt: randomBytes(16).toString('base64') };
}

export function newHkdfParams(): HkdfParams {
  return { name: 'hkdf-sha256', salt: randomBytes(16).toString('base64') };
}

function scrypt(secret: Buffer, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCallback(secret, salt, 32, options, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

/** Derives the 256-bit wrapping key from a secret (passphrase as UTF-8, or recovery key bytes). */
export async function deriveWrappingKey(secret: Buffer, params: KdfParams): Promise<Buffer> {
  const salt = Buffer.from(params.salt, 'base64');
  if (params.name === 'scrypt') {
    // maxmem must exceed 128 * N * r, or Node refuses the parameters.
    const maxmem = 128 * params.N * params.r * 2;
    return scrypt(secret, salt, { N: params.N, r: params.r, p: params.p, maxmem });
  }
  return Buffer.from(hkdfSync('sha256', secret, salt, 'restorative-workbench recovery key', 32));
}

/**
 * The additional authenticated data binds a wrapped key to its KDF parameters, so a key file
 * whose parameters were altered fails to unwrap instead of deriving something else.
 */
function aad(kdf: KdfParams): Buffer {
  return Buffer.from(JSON.stringify(kdf), 'utf8');
}

export function wrapKey(dataKey: Buffer, wrappingKey: Buffer, kdf: KdfParams): WrappedKey {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', wrappingKey, iv);
  cipher.setAAD(aad(kdf));
  const ciphertext = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  return {
    kdf,
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    ciphertext: ciphertext.toString('base64'),
  };
}

/** Returns the data key, or null when the tag does not verify (the wrong secret). */
export function unwrapKey(wrapped: WrappedKey, wrappingKey: Buffer): Buffer | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', wrappingKey, Buffer.from(wrapped.iv, 'base64'));
    decipher.setAAD(aad(wrapped.kdf));
    decipher.setAuthTag(Buffer.from(wrapped.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(wrapped.ciphertext, 'base64')), decipher.final()]);
  } catch {
    return null;
  }
}

/** Derives the wrapping key from `secret` and unwraps; both are zeroed. Null for a wrong secret. */
export async function unwrapWithSecret(secret: Buffer, wrapped: WrappedKey): Promise<Buffer | null> {
  const wrapping = await deriveWrappingKey(secret, wrapped.kdf);
  try {
    return unwrapKey(wrapped, wrapping);
  } finally {
    wrapping.fill(0);
    secret.fill(0);
  }
}

export function newDataKey(): Buffer {
  return randomBytes(DATA_KEY_BYTES);
}
