/**
 * Binds every contract channel to the dispatcher over Electron IPC. The sender is checked
 * first (only the app's own top-level page), then the dispatcher validates the input.
 * Written against a minimal IpcMain shape so a node test can drive it without Electron.
 */
import { channelNames } from '../shared/contract';
import type { Envelope } from '../shared/errors';
import type { Dispatch } from './dispatch';
import { isTrustedSender, type SenderFrameLike } from './security/window-options';

export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: { senderFrame: SenderFrameLike | null }, input: unknown) => unknown,
  ): void;
}

export function registerIpc(ipcMain: IpcMainLike, dispatch: Dispatch, appUrl: () => string): void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, async (event, input): Promise<Envelope<unknown>> => {
      if (!isTrustedSender(event.senderFrame, appUrl())) {
        return {
          ok: false,
          error: { code: 'forbidden_sender', message: 'This page may not use the workbench.' },
        };
      }
      return dispatch(channel, input);
    });
  }
}
