/**
 * registerIpc (src/main/ipc.ts) driven through a small fake IpcMain. The fake stands in for
 * Electron's ipcMain because the Electron binary cannot run here; it mirrors the parts that
 * matter: handlers live in a Map keyed by channel (so '__proto__' is just a string), a second
 * handler for a channel is an error, an unregistered channel rejects without reaching any
 * handler, and the input arrives structured-cloned, as it does over real IPC.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { registerIpc, type IpcMainLike } from '../../../src/main/ipc';
import type { SenderFrameLike } from '../../../src/main/security/window-options';
import { channelNames } from '../../../src/shared/contract';
import type { Envelope } from '../../../src/shared/errors';
import {
  call,
  createVault,
  noteCount,
  openTempWorkbench,
  standingCase,
  TEST_PASSPHRASE,
  type TempWorkbench,
} from '../support/temp-workbench';
import { hashFolder } from '../support/vault-files';

type Listener = Parameters<IpcMainLike['handle']>[1];

class FakeIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, Listener>();

  handle(channel: string, listener: Listener): void {
    if (this.handlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }

  /** What ipcRenderer.invoke(channel, input) from `senderFrame` would get back. */
  async invoke(
    senderFrame: SenderFrameLike | null,
    channel: string,
    input: unknown,
  ): Promise<Envelope<unknown>> {
    const listener = this.handlers.get(channel);
    if (!listener) throw new Error(`No handler registered for '${channel}'`);
    return (await listener({ senderFrame }, structuredClone(input))) as Envelope<unknown>;
  }
}

const APP_URL = 'file:///opt/restorative-workbench/resources/app.asar/out/renderer/index.html';
const appFrame: SenderFrameLike = { url: `${APP_URL}#/cases`, parent: null };

let wb: TempWorkbench;
let ipc: FakeIpcMain;
let caseId: string;

beforeAll(async () => {
  wb = openTempWorkbench();
  await createVault(wb);
  await call(wb, 'note:save', { body: 'Already here.' });
  caseId = await standingCase(wb);
  ipc = new FakeIpcMain();
  registerIpc(ipc, wb.dispatch, () => APP_URL);
});
afterAll(() => wb.cleanup());

describe('registerIpc', () => {
  it('registers exactly the contract channels, once each', () => {
    expect([...ipc.handlers.keys()].sort()).toEqual([...channelNames].sort());
  });

  it('answers the app page with the real handlers (control: the fake really reaches the vault)', async () => {
    const saved = await ipc.invoke(appFrame, 'note:save', { caseId, body: 'Via IPC.' });
    expect(saved).toMatchObject({ ok: true, value: { body: 'Via IPC.' } });
    const id = (saved as { ok: true; value: { id: string } }).value.id;
    expect(await ipc.invoke(appFrame, 'note:get', { id })).toMatchObject({
      ok: true,
      value: { body: 'Via IPC.' },
    });
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'note:purge', 'event:vault:locked'])(
    'has no handler for %j, so Electron rejects the call before any code of ours runs',
    async (channel) => {
      const before = noteCount(wb);
      await expect(ipc.invoke(appFrame, channel, { body: 'x' })).rejects.toThrow(/No handler registered/);
      expect(noteCount(wb)).toBe(before);
    },
  );

  it('passes validation errors through as typed envelopes', async () => {
    expect(await ipc.invoke(appFrame, 'note:save', { caseId, body: 7 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.any(String) },
    });
    const polluted = JSON.parse(
      `{"caseId":"${caseId}","body":"cloned","__proto__":{"polluted":"yes"}}`,
    ) as unknown;
    expect(await ipc.invoke(appFrame, 'note:save', polluted)).toMatchObject({
      ok: true,
      value: { body: 'cloned' },
    });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('a sender that is not the app page', () => {
  const foreign: [string, SenderFrameLike | null][] = [
    ['a remote page', { url: 'https://evil.example/index.html', parent: null }],
    ['another local file', { url: 'file:///tmp/evil/index.html', parent: null }],
    [
      'the app path on another host (UNC share)',
      {
        url: 'file://evil.example/opt/restorative-workbench/resources/app.asar/out/renderer/index.html',
        parent: null,
      },
    ],
    ['about:blank', { url: 'about:blank', parent: null }],
    ['a data: URL', { url: 'data:text/html,<script>1</script>', parent: null }],
    ['an iframe showing the app page', { url: APP_URL, parent: { url: APP_URL } }],
    ['an iframe from elsewhere', { url: 'https://evil.example/', parent: { url: APP_URL } }],
    ['a frame with no URL', { url: '', parent: null }],
    ['a destroyed frame', null],
  ];

  let before: { files: Record<string, string>; notes: number };
  beforeEach(() => {
    before = { files: hashFolder(wb.dir), notes: noteCount(wb) };
  });

  it.each(foreign)(
    '%s gets forbidden_sender on every channel, and nothing changes',
    async (_label, frame) => {
      const attempts: [string, unknown][] = [
        ['note:save', { caseId: '00000000-0000-4000-8000-000000000000', body: 'planted by a foreign page' }],
        ['settings:update', { autoLockMinutes: 0 }],
        [
          'vault:changePassphrase',
          { currentPassphrase: TEST_PASSPHRASE, newPassphrase: 'attacker chosen passphrase here' },
        ],
        ['vault:lock', {}],
        ['vault:status', {}],
        ['note:get', { id: '00000000-0000-4000-8000-000000000000' }],
      ];
      for (const [channel, input] of attempts) {
        expect(await ipc.invoke(frame, channel, input)).toEqual({
          ok: false,
          error: { code: 'forbidden_sender', message: 'This page may not use the workbench.' },
        });
      }
      expect(wb.vault.isUnlocked).toBe(true);
      expect(noteCount(wb)).toBe(before.notes);
      const after = hashFolder(wb.dir);
      expect(after['vault.db']).toBe(before.files['vault.db']);
      expect(after['vault.db-wal']).toBe(before.files['vault.db-wal']);
      expect(after['vault.key']).toBe(before.files['vault.key']);
      expect(await call(wb, 'settings:get')).toMatchObject({ autoLockMinutes: 10 });
    },
  );
});

describe('with the development server as the app URL', () => {
  it('only the dev server origin is trusted', async () => {
    const devIpc = new FakeIpcMain();
    registerIpc(devIpc, wb.dispatch, () => 'http://localhost:5173/');
    expect(
      await devIpc.invoke({ url: 'http://localhost:5173/#/notes', parent: null }, 'vault:status', {}),
    ).toMatchObject({
      ok: true,
    });
    for (const url of [
      'http://localhost:5174/',
      'http://localhost:5173.evil.example/',
      'https://localhost:5173/',
      'http://127.0.0.1:5173/',
    ]) {
      expect(await devIpc.invoke({ url, parent: null }, 'vault:status', {})).toMatchObject({
        ok: false,
        error: { code: 'forbidden_sender' },
      });
    }
  });
});
