/**
 * Applies the theme setting. "system" removes the attribute so CSS follows the OS through
 * prefers-color-scheme; light and dark pin it. The lock screen keeps whatever was last
 * applied, so locking does not flash a different colour at the facilitator.
 */
import type { Settings } from '../../../shared/contract';

export function applyTheme(theme: Settings['theme']): void {
  const root = document.documentElement;
  if (theme === 'system') delete root.dataset['theme'];
  else root.dataset['theme'] = theme;
}
