/**
 * Functions passed to page.evaluate() run in the page, where the preload (here, the loopback
 * bridge) defined window.workbench. The node-side test project has no DOM library, so this
 * declares just that much of the page's world for type checking.
 */
import type { WorkbenchApi } from '../../../src/shared/client';

declare global {
  const window: { workbench: WorkbenchApi };
}
