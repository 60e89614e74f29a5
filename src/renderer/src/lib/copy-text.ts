/**
 * Copies text to the clipboard. The async clipboard API is the first choice; Electron may deny
 * it by permission policy, so the fallback copies from a hidden text box with the older copy
 * command (one clean line, unlike copying the laid-out key), and if even that fails the
 * visible text is selected for the person to copy by hand.
 */
export type CopyOutcome = 'copied' | 'selected';

function copyWithCommand(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.readOnly = true;
  area.className = 'visually-hidden';
  area.setAttribute('aria-hidden', 'true');
  const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  document.body.append(area);
  area.select();
  try {
    // Deprecated, but the only synchronous way left when the async API is refused.
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    previous?.focus();
  }
}

export async function copyText(text: string, visible: HTMLElement | null): Promise<CopyOutcome> {
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no async clipboard');
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    if (copyWithCommand(text)) return 'copied';
    if (visible) window.getSelection()?.selectAllChildren(visible);
    return 'selected';
  }
}
