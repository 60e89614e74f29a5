/** Steps the agreement browser tests share. */
import type { Page } from 'playwright-core';
import { heading, visible } from './support/flows';

export async function openAgreementTab(page: Page, title: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Cases' }).click();
  await (await visible(page.getByRole('button', { name: title, exact: true }))).click();
  await visible(heading(page, title));
  await page.getByRole('tab', { name: /^(Agreement|Family plan)$/ }).click();
}

/** The card of action `n` (1-based) in the editor. */
export function actionCard(page: Page, n: number) {
  return page
    .getByRole('list', { name: 'Actions' })
    .getByRole('listitem')
    .filter({
      has: page.getByRole('heading', { name: `Action ${n}`, exact: true }),
    });
}

/** The SMART advice shown under action `n`, as one line of text. */
export async function adviceOf(page: Page, n: number): Promise<string> {
  const text = await page.getByLabel(`Advice for action ${n}`).textContent();
  return (text ?? '').replace(/\s+/g, ' ').trim();
}
