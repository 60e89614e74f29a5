/**
 * Steps of the subject access review tests: the invented case they review, the passage
 * cards, selecting words the way a mouse does, the screenshots and the Word file's words.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { join } from 'node:path';
import { SCREENSHOT_DIR, type RunningApp } from './support/harness';
import { call, newCase } from './people-flows';

/** Tomasz Quill in two cases; notes about him, about Jordan, and general ones naming him. */
export async function seedReview(app: RunningApp) {
  const lunch = await newCase(app, 'Lunch queue incident');
  const other = await newCase(app, 'Bus stop argument');
  const tomasz = await call(app, 'participant:add', {
    caseId: lunch.id,
    role: 'harmed',
    person: { preferredName: 'Tomasz Quill' },
  });
  const jordan = await call(app, 'participant:add', {
    caseId: lunch.id,
    role: 'responsible',
    person: { preferredName: 'Jordan Fenwick' },
  });
  await call(app, 'participant:add', {
    caseId: other.id,
    role: 'harmed',
    person: { preferredName: 'Tomasz Nowak' },
  });
  const note = (input: { caseId: string; personId?: string; title: string; body: string }) =>
    call(app, 'note:save', { personId: null, meetingId: null, kind: 'text', speakers: [], ...input });
  await note({
    caseId: lunch.id,
    personId: tomasz.person.id,
    title: 'Tomasz, first visit',
    body: 'Tomasz wants his dad there.',
  });
  await note({
    caseId: lunch.id,
    personId: jordan.person.id,
    title: 'Jordan, at home',
    body: 'Jordan said he did not see Tomasz Quill fall.\n\nJordan moved to 9 Heron Close in October.',
  });
  await note({
    caseId: lunch.id,
    title: 'Tutor',
    body: 'Tomasz Quill told the tutor that Jess Harper lives at 22 Wren Street.',
  });
  await note({ caseId: lunch.id, title: 'Canteen', body: 'Tommo was in the canteen early.' });
  await note({ caseId: lunch.id, title: 'Staff room', body: 'Jordan said he did not see Tomasz fall.' });
  // Another Tomasz, in a case Tomasz Quill is not in: never looked at.
  await note({ caseId: other.id, title: 'Bus', body: 'Tomasz was upset at the bus stop.' });
  return { lunch, tomasz };
}

export function passageCard(page: Page, words: string): Locator {
  return page.locator('.passage').filter({ hasText: words });
}

/**
 * Selects `words` inside the passage text that holds them, as dragging the mouse over them
 * would (a script in the page: this test project has no DOM types).
 */
export async function selectWords(page: Page, words: string): Promise<void> {
  await page.evaluate(`(() => {
    const wanted = ${JSON.stringify(words)};
    for (const element of document.querySelectorAll('.passage-text')) {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent.indexOf(wanted);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        getSelection().removeAllRanges();
        getSelection().addRange(range);
        return;
      }
    }
    throw new Error('Those words are in no passage.');
  })()`);
  await page.waitForFunction('getSelection().toString().length > 0');
}

/** The review at 1280x800, 1024x700 and 640x400, light and dark, scrolled to the passages. */
export async function reviewScreenshots(app: RunningApp, exportPart: Locator): Promise<void> {
  const { page } = app;
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [width, height] of [
      [1280, 800],
      [1024, 700],
      [640, 400],
    ] as const) {
      await page.setViewportSize({ width, height });
      await exportPart.getByRole('heading', { name: /passages mention/ }).scrollIntoViewIfNeeded();
      await page.evaluate('window.scrollBy(0, -24)');
      await page.screenshot({
        path: join(SCREENSHOT_DIR, `26-export-review-${width}x${height}-${scheme}.png`),
      });
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 900 });
  // The whole review, every passage and the export button, in one picture.
  await exportPart.screenshot({ path: join(SCREENSHOT_DIR, '26-export-review-whole.png') });
}

/** The Word document's text, paragraph by paragraph, as one string. */
export function wordsOfDocx(path: string): string {
  const xml = execFileSync('unzip', ['-p', path, 'word/document.xml']).toString('utf8');
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&');
}
