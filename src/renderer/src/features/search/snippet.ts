/**
 * Search snippets arrive with matches wrapped in private-use marker characters
 * (HIGHLIGHT_START / HIGHLIGHT_END, chosen by the search service). This splits one into plain
 * pieces, each marked or not, so the dialog builds <mark> elements from text and never parses
 * markup. Stray or unbalanced markers are dropped rather than shown.
 */
import { HIGHLIGHT_END, HIGHLIGHT_START } from '../../../../shared/schemas/notes';

export interface SnippetPart {
  text: string;
  marked: boolean;
}

export function splitSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let marked = false;
  let buffer = '';
  const push = () => {
    if (buffer === '') return;
    const last = parts[parts.length - 1];
    if (last && last.marked === marked) last.text += buffer;
    else parts.push({ text: buffer, marked });
    buffer = '';
  };
  for (const char of snippet) {
    if (char === HIGHLIGHT_START) {
      push();
      marked = true;
    } else if (char === HIGHLIGHT_END) {
      push();
      marked = false;
    } else {
      buffer += char;
    }
  }
  push();
  return parts;
}

/** The snippet as plain text (for a screen reader's summary of the option). */
export function snippetText(snippet: string): string {
  return splitSnippet(snippet)
    .map((p) => p.text)
    .join('');
}
