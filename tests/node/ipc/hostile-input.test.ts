/**
 * The renderer is untrusted: whatever it sends, the dispatcher answers with a typed
 * { code, message } error or a validated result, never a crash, never a write it should not
 * make, never a polluted prototype.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { channels } from '../../../src/shared/contract';
import { errorCodes } from '../../../src/shared/errors';
import {
  call,
  callError,
  createVault,
  noteCount,
  openTempWorkbench,
  TEST_PASSPHRASE,
  type TempWorkbench,
} from '../support/temp-workbench';
import { hashFolder } from '../support/vault-files';

const TEN_MB = 'x'.repeat(10 * 2 ** 20);
const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();

function expectNoPollution(): void {
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
}

/** The files whose bytes only change when something is written (the -shm changes on reads). */
function writtenFiles(wb: TempWorkbench): Record<string, string | undefined> {
  const hashes = hashFolder(wb.dir);
  return { db: hashes['vault.db'], wal: hashes['vault.db-wal'], key: hashes['vault.key'] };
}

let wb: TempWorkbench;
let existingId: string;

beforeAll(async () => {
  wb = openTempWorkbench();
  await createVault(wb);
  existingId = ((await call(wb, 'note:save', { body: 'The one real note.' })) as { id: string }).id;
});
afterAll(() => wb.cleanup());
afterEach(() => expectNoPollution());

describe('invalid input through the dispatcher (vault unlocked)', () => {
  let before: { files: Record<string, string | undefined>; notes: number };
  beforeEach(async () => {
    if (!wb.vault.isUnlocked) await call(wb, 'vault:unlock', { passphrase: TEST_PASSPHRASE });
    before = { files: writtenFiles(wb), notes: noteCount(wb) };
  });

  const cases: [string, string, unknown][] = [
    ['number for the note body', 'note:save', { body: 42 }],
    ['null note body', 'note:save', { body: null }],
    ['array note body', 'note:save', { body: ['a', 'b'] }],
    ['object note body', 'note:save', { body: { toString: 'x' } }],
    ['array instead of an object', 'note:save', ['body', 'hello']],
    ['string instead of an object', 'note:save', 'hello'],
    ['null instead of an object', 'note:save', null],
    ['nothing at all', 'note:save', undefined],
    ['id that is not a uuid', 'note:save', { id: 'not-an-id', body: 'x' }],
    ['SQL in the id', 'note:save', { id: "1' OR '1'='1", body: 'x' }],
    ['10 MB note body', 'note:save', { body: TEN_MB }],
    ['note body one character over the limit', 'note:save', { body: 'y'.repeat(200_001) }],
    ['number id for note:get', 'note:get', { id: 42 }],
    ['array for note:get', 'note:get', [existingId]],
    ['string for autoLockMinutes', 'settings:update', { autoLockMinutes: '5' }],
    ['negative autoLockMinutes', 'settings:update', { autoLockMinutes: -1 }],
    ['fractional autoLockMinutes', 'settings:update', { autoLockMinutes: 2.5 }],
    ['huge autoLockMinutes', 'settings:update', { autoLockMinutes: 1e12 }],
    ['unknown theme', 'settings:update', { theme: 'hacker' }],
    ['array for settings', 'settings:update', [{ theme: 'dark' }]],
    ['unknown lock reason', 'vault:lock', { reason: 'nuke' }],
    ['null for vault:lock', 'vault:lock', null],
    [
      'number for the current passphrase',
      'vault:changePassphrase',
      { currentPassphrase: 1234, newPassphrase: 'river stones and morning light' },
    ],
    [
      '10 MB current passphrase',
      'vault:changePassphrase',
      { currentPassphrase: TEN_MB, newPassphrase: 'river stones and morning light' },
    ],
    [
      '10 MB new passphrase',
      'vault:changePassphrase',
      { currentPassphrase: TEST_PASSPHRASE, newPassphrase: TEN_MB },
    ],
    [
      'weak new passphrase',
      'vault:changePassphrase',
      { currentPassphrase: TEST_PASSPHRASE, newPassphrase: 'short' },
    ],
    [
      '10 MB recovery key',
      'vault:recover',
      { recoveryKey: TEN_MB, newPassphrase: 'river stones and morning light' },
    ],
    ['10 MB passphrase for vault:create', 'vault:create', { passphrase: TEN_MB }],
    ['null for vault:status', 'vault:status', null],
  ];

  it.each(cases)('%s (%s) gives invalid_input and writes nothing', async (_label, channel, input) => {
    const error = await callError(wb, channel, input);
    expect(error.code).toBe('invalid_input');
    expect(typeof error.message).toBe('string');
    expect(error.message.length).toBeGreaterThan(0);
    expect(error.message.length).toBeLessThan(300);
    expect(JSON.stringify(error)).not.toContain('xxxxxxxxxx');
    expect(wb.vault.isUnlocked).toBe(true);
    expect(noteCount(wb)).toBe(before.notes);
    expect(writtenFiles(wb)).toEqual(before.files);
  });

  it('a 10 MB note says what the limit is, next to the body field', async () => {
    const error = await callError(wb, 'note:save', { body: TEN_MB });
    expect(error.fields).toEqual({ body: 'A note can be at most 200,000 characters.' });
  });

  it.each([
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    'valueOf',
    'note:purge',
    'NOTE:SAVE',
    '',
    42,
    null,
  ])('channel %j gives unknown_channel and writes nothing', async (channel) => {
    const error = await callError(wb, channel, { body: 'sneaky' });
    expect(error).toEqual({ code: 'unknown_channel', message: 'That request is not part of this app.' });
    expect(noteCount(wb)).toBe(before.notes);
    expect(writtenFiles(wb)).toEqual(before.files);
  });

  it('every error code that comes back is one the contract knows', async () => {
    for (const [, channel, input] of cases) {
      const error = await callError(wb, channel, input);
      expect(errorCodes).toContain(error.code);
    }
  });
});

describe('invalid input while the vault is locked', () => {
  it('wrong types and 10 MB passphrases give invalid_input, change no file and do not count as wrong attempts', async () => {
    await call(wb, 'vault:lock', {});
    const before = hashFolder(wb.dir);
    const inputs: unknown[] = [
      { passphrase: 12345 },
      { passphrase: null },
      { passphrase: [TEST_PASSPHRASE] },
      [TEST_PASSPHRASE],
      null,
      'kitchen table circle morning',
      { passphrase: '' },
      { passphrase: TEN_MB },
      JSON.parse(`{"__proto__": {"passphrase": "${TEST_PASSPHRASE}"}}`),
    ];
    for (const input of inputs) {
      expect((await callError(wb, 'vault:unlock', input)).code).toBe('invalid_input');
    }
    expect(hashFolder(wb.dir)).toEqual(before);
    expect(await call(wb, 'vault:status')).toMatchObject({ state: 'locked', retryAfterMs: 0 });
    // Nine bad requests, yet the right passphrase is not throttled.
    await call(wb, 'vault:unlock', { passphrase: TEST_PASSPHRASE });
    expectNoPollution();
  });
});

describe('prototype-polluting keys (JSON-parsed, so they are own keys)', () => {
  beforeEach(async () => {
    if (!wb.vault.isUnlocked) await call(wb, 'vault:unlock', { passphrase: TEST_PASSPHRASE });
  });

  it('are stripped by the contract before any handler sees them', () => {
    const hostile = JSON.parse(
      '{"caseId":"00000000-0000-4000-8000-000000000000","body":"hello","__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":"yes"}}',
    ) as object;
    expect(Object.keys(hostile)).toEqual(['caseId', 'body', '__proto__', 'constructor', 'prototype']);
    const parsed = channels['note:save'].input.parse(hostile) as object;
    // Only the schema's own keys (with their defaults) come out.
    expect(Object.keys(parsed).sort()).toEqual([
      'body',
      'caseId',
      'kind',
      'meetingId',
      'personId',
      'speakers',
      'title',
    ]);
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expectNoPollution();
  });

  it('a note saved with them stores only its body and pollutes nothing', async () => {
    const notes = noteCount(wb);
    const hostile = JSON.parse(
      '{"body":"ordinary text","__proto__":{"polluted":"yes","id":"00000000-0000-4000-8000-000000000000"},"constructor":{"prototype":{"polluted":"yes"}}}',
    ) as unknown;
    const saved = (await call(wb, 'note:save', hostile)) as Record<string, unknown>;
    expect(Object.keys(saved).sort()).toEqual([
      'body',
      'caseId',
      'createdAt',
      'id',
      'kind',
      'meetingId',
      'personId',
      'speakers',
      'title',
      'updatedAt',
    ]);
    expect(saved['id']).not.toBe('00000000-0000-4000-8000-000000000000');
    expect(await call(wb, 'note:get', { id: saved['id'] })).toMatchObject({ body: 'ordinary text' });
    expect(noteCount(wb)).toBe(notes + 1);
  });

  it('settings updated with them store no extra keys and take no value from them', async () => {
    const hostile = JSON.parse(
      '{"theme":"dark","__proto__":{"autoLockMinutes":0,"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":"yes"}}',
    ) as unknown;
    const settings = (await call(wb, 'settings:update', hostile)) as Record<string, unknown>;
    expect(settings).toMatchObject({ theme: 'dark', autoLockMinutes: 10 });
    const keys = (
      wb.vault.db.prepare('SELECT key FROM settings ORDER BY key').all() as { key: string }[]
    ).map((row) => row.key);
    expect(keys).toEqual(['theme']);
    expect(await call(wb, 'settings:get')).toMatchObject({ theme: 'dark', autoLockMinutes: 10 });
  });

  it('a top-level __proto__ on a no-argument channel is ignored', async () => {
    const state = await call(
      wb,
      'vault:status',
      JSON.parse('{"__proto__":{"state":"absent","polluted":"yes"}}'),
    );
    expect(state).toMatchObject({ state: 'unlocked' });
  });
});

describe('hostile text that is valid input', () => {
  const controls = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('');
  const samples: [string, string][] = [
    ['script tag', '<script>alert(1)</script><img src=x onerror="alert(2)">'],
    ['SQL injection', '"; DROP TABLE notes; --'],
    ['SQL injection, quote style', "Robert'); DROP TABLE notes;-- "],
    ['emoji with skin tones and joiners', '👩🏽‍⚖️ 🤝 🧑‍🤝‍🧑 👍🏿 🏳️‍🌈'],
    ['Arabic (right to left)', 'قال إنه آسف على ما حدث في المدرسة'],
    ['Hebrew (right to left)', 'הוא אמר שהוא מצטער על מה שקרה'],
    ['byte order mark and zero-width characters', '\uFEFF\u200B\u200C\u200D'],
    ['empty body', ''],
    ['exactly the maximum length', 'z'.repeat(200_000)],
  ];

  beforeAll(async () => {
    if (!wb.vault.isUnlocked) await call(wb, 'vault:unlock', { passphrase: TEST_PASSPHRASE });
  });

  it.each(samples)('%s round-trips exactly through note:save and note:get', async (_label, body) => {
    const saved = (await call(wb, 'note:save', { body })) as { id: string; body: string };
    expect(saved.body).toBe(body);
    const read = (await call(wb, 'note:get', { id: saved.id })) as { body: string };
    expect(read.body).toBe(body);
    expect(read.body.length).toBe(body.length);
  });

  // Pasted invisible characters are stripped rather than refused, so an autosave is never
  // turned away; line breaks and tabs stay (issue "safeguarding seams", text hygiene).
  it.each([
    [
      'bidi override characters',
      'file\u202Etxt.exe\u202C and \u2067isolate\u2069',
      'filetxt.exe and isolate',
    ],
    ['all C0 control characters', `before${controls}after`, 'before\t\n\nafter'],
    ['NUL only', '\u0000', ''],
    ['Windows line endings', 'one\r\ntwo\rthree', 'one\ntwo\nthree'],
  ])('%s are stripped from a note, keeping line breaks and tabs', async (_label, body, kept) => {
    const saved = (await call(wb, 'note:save', { body })) as { id: string; body: string };
    expect(saved.body).toBe(kept);
    expect(((await call(wb, 'note:get', { id: saved.id })) as { body: string }).body).toBe(kept);
  });

  it('the notes table survived the SQL samples and every sample is still there after lock and unlock', async () => {
    const ids: string[] = [];
    for (const [, body] of samples) ids.push(((await call(wb, 'note:save', { body })) as { id: string }).id);
    await call(wb, 'vault:lock', {});
    await call(wb, 'vault:unlock', { passphrase: TEST_PASSPHRASE });
    for (const [index, [, body]] of samples.entries()) {
      expect(((await call(wb, 'note:get', { id: ids[index] })) as { body: string }).body).toBe(body);
    }
    expect(await call(wb, 'note:get', { id: existingId })).toMatchObject({ body: 'The one real note.' });
  });
});
