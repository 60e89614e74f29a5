import type { WorkbenchApi } from '../../shared/client';

declare global {
  interface Window {
    /** Built by the preload (or, in browser tests, by the loopback bridge) from the contract. */
    workbench: WorkbenchApi;
  }
}
export {};
