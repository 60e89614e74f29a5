/**
 * Focus goes where the work is (issue "every screen fits", accessibility): on a small laptop
 * (1024x700), every form that opens on request takes the keyboard focus and is scrolled into
 * view, and closing it gives the focus back to the control that opened it. Driven from the
 * keyboard, as a person who does not use a mouse would: focus the opener, press Enter, and
 * leave by Cancel. Invented names.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { startApp, type RunningApp } from './support/harness';
import { PASSPHRASE, unlock, visible } from './support/flows';
import { call } from './people-flows';

type Tab = 'Overview' | 'People' | 'Preparation';

interface OpenedForm {
  name: string;
  tab: Tab;
  opener(page: Page): Locator;
}

const FORMS: OpenedForm[] = [
  {
    name: 'Add a risk flag',
    tab: 'People',
    opener: (page) => page.getByRole('button', { name: 'Add a risk flag' }),
  },
  {
    name: 'Add a person',
    tab: 'People',
    opener: (page) => page.getByRole('button', { name: 'Add a person' }),
  },
  {
    name: 'Change role of Tomasz Quill',
    tab: 'People',
    opener: (page) => page.getByRole('button', { name: 'Change role of Tomasz Quill' }),
  },
  {
    name: 'Edit referral',
    tab: 'Overview',
    opener: (page) => page.getByRole('button', { name: 'Edit referral' }),
  },
  {
    name: 'Add meeting',
    tab: 'Overview',
    opener: (page) => page.getByRole('button', { name: 'Add meeting' }),
  },
  {
    name: 'Record a preparation meeting',
    tab: 'Preparation',
    opener: (page) =>
      page
        .getByRole('article', { name: 'Jordan Fenwick' })
        .getByRole('button', { name: 'Record a preparation meeting' }),
  },
];

let app: RunningApp;

beforeAll(async () => {
  app = await startApp({ viewport: { width: 1024, height: 700 } });
  await call(app, 'vault:create', { passphrase: PASSPHRASE });
  const kase = await call(app, 'case:create', {
    title: 'Lunch queue',
    processType: 'restorative_conference',
    setting: 'school',
    referral: { date: '2026-11-18', referrer: 'Head of Year 9', summary: 'A push in the lunch queue.' },
  });
  // Enough people that the forms near the foot of a tab open below the fold.
  const harmed = [] as string[];
  for (const [name, role] of [
    ['Ayla Brightwater', 'harmed'],
    ['Tomasz Quill', 'harmed'],
    ['Marisol Brightwater', 'supporter'],
    ['Peter Quill', 'supporter'],
    ['Jordan Fenwick', 'responsible'],
  ] as const) {
    const supports = role === 'supporter' ? { supportsParticipantId: harmed.shift() } : {};
    const added = await call(app, 'participant:add', {
      caseId: kase.id,
      person: { preferredName: name },
      role,
      ...supports,
    });
    if (role === 'harmed') harmed.push(added.id);
  }
  await call(app, 'vault:lock', { reason: 'user' });
  await app.page.reload();
  await unlock(app.page, PASSPHRASE);
  await app.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Cases' }).click();
  await (await visible(app.page.getByRole('button', { name: 'Lunch queue', exact: true }))).click();
});
afterAll(async () => app?.close({ removeVault: true }));

interface Focused {
  tag: string;
  name: string;
  inForm: boolean;
  field: boolean;
  formTop: number;
  formVisibleHeight: number;
}

/** What has the focus: its tag, accessible-ish name, whether it is in a form, and where that is. */
async function focused(page: Page): Promise<Focused> {
  return (await page.evaluate(`(() => {
    const active = document.activeElement;
    const form = active && active.closest('form, [role="dialog"], .people-panel');
    const box = form && form.getBoundingClientRect();
    return {
      tag: active ? active.tagName.toLowerCase() : '',
      name: ((active && (active.getAttribute('aria-label') || active.textContent)) || '').trim(),
      inForm: Boolean(form),
      field: Boolean(active && active.matches('input, textarea, select')),
      formTop: box ? box.top : -1,
      formVisibleHeight: box
        ? Math.min(box.bottom, document.documentElement.clientHeight) - Math.max(box.top, 0)
        : 0,
    };
  })()`)) as Focused;
}

for (const form of FORMS) {
  it(`“${form.name}” takes the focus, shows itself, and gives the focus back`, async () => {
    const { page } = app;
    await page.getByRole('tab', { name: form.tab, exact: true }).click();
    await page.evaluate('window.scrollTo(0, 0)');
    const opener = form.opener(page);
    await opener.focus();
    await page.keyboard.press('Enter');

    await expect.poll(async () => (await focused(page)).field, { message: 'focus in a field' }).toBe(true);
    const now = await focused(page);
    expect(now.inForm, `${form.name}: the focused field is in the form that opened`).toBe(true);
    // Scrolled into view: the form's top is on the screen and some of it can be seen.
    expect(now.formTop).toBeGreaterThanOrEqual(0);
    expect(now.formTop).toBeLessThan(700);
    expect(now.formVisibleHeight, 'some of the form is on the screen').toBeGreaterThan(80);

    const cancel = page.getByRole('button', { name: 'Cancel', exact: true }).last();
    await cancel.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await focused(page)).name, { message: `${form.name}: focus back on its opener` })
      .toBe(form.name);
    await expect.poll(async () => (await focused(page)).tag).toBe('button');
  });
}
