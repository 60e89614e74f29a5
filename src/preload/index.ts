/**
 * Exposes `window.workbench`, built mechanically from the contract's channel list: the
 * renderer gets one function per channel and an event subscription, never ipcRenderer.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createClient } from '../shared/client';
import { isEventName } from '../shared/contract';

const workbench = createClient(
  (channel, input) => ipcRenderer.invoke(channel, input),
  (event, listener) => {
    if (!isEventName(event)) return () => {};
    const wrapped = (_e: unknown, payload: unknown) => listener(payload);
    ipcRenderer.on(`event:${event}`, wrapped);
    return () => ipcRenderer.removeListener(`event:${event}`, wrapped);
  },
  { reject: 'shape' },
);

contextBridge.exposeInMainWorld('workbench', workbench);
