/**
 * What the Electron preload does, over the loopback bridge: builds `window.workbench` with the
 * same createClient() from the contract. Bundled into an init script by the harness.
 */
import { createClient } from '../../../src/shared/client';

declare global {
  interface Window {
    __WORKBENCH_BRIDGE__: { token: string };
  }
}

const { token } = window.__WORKBENCH_BRIDGE__;
const listeners = new Map<string, Set<(payload: unknown) => void>>();
const source = new EventSource(`/events?token=${encodeURIComponent(token)}`);
source.onmessage = (message) => {
  const { event, payload } = JSON.parse(message.data as string) as { event: string; payload: unknown };
  for (const listener of listeners.get(event) ?? []) listener(payload);
};

Object.defineProperty(window, 'workbench', {
  value: createClient(
    async (channel, input) => {
      const response = await fetch(`/rpc/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-workbench-token': token },
        body: JSON.stringify(input ?? {}),
      });
      return response.json();
    },
    (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
    // As in the Electron preload, so tests see errors exactly as the app's renderer does.
    { reject: 'shape' },
  ),
  writable: false,
  configurable: false,
});
