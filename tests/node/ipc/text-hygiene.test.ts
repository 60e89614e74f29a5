/**
 * Text hygiene (issue "safeguarding seams", point 8), through the real dispatcher: names,
 * labels and other single-line fields refuse control characters, tabs and line breaks inside,
 * direction-changing (bidi override) characters and broken characters, each with a clear
 * message; spaces, tabs and line breaks around a pasted name are stripped. Multi-line text
 * keeps line breaks and tabs only. Nothing refused is stored.
 */
import { describe, expect, it } from 'vitest';
import { createCase } from '../support/case-fixtures';
import { call, callError, workbenchPerTest } from '../support/temp-workbench';

const t = workbenchPerTest();

const addNamed = async (caseId: string, preferredName: string) =>
  callError(t.wb, 'participant:add', { caseId, role: 'harmed', person: { preferredName } });

describe('single-line fields', () => {
  it.each([
    ['a NUL character', 'Ayla\u0000Brightwater', 'contains characters that cannot be stored.'],
    ['a C1 control character', 'Ayla\u0085Brightwater', 'contains characters that cannot be stored.'],
    ['a line break inside', 'Ayla\nBrightwater', 'must be one line, without tabs or line breaks.'],
    ['a tab inside', 'Ayla\tBrightwater', 'must be one line, without tabs or line breaks.'],
    [
      'a right-to-left override',
      'Ayla \u202eretawthgirB',
      'contains a hidden character that changes the direction of the text (often pasted with it): type it again without it.',
    ],
    [
      'a right-to-left isolate',
      '\u2067Ayla\u2069',
      'contains a hidden character that changes the direction of the text (often pasted with it): type it again without it.',
    ],
    ['a lone surrogate', 'Ayla \ud83d', 'contains a broken character (half of an emoji or symbol).'],
  ])('refuse %s with a clear message and store nothing', async (_what, name, problem) => {
    const kase = await createCase(t.wb);
    const error = await addNamed(kase.id, name);
    expect(error.code).toBe('invalid_input');
    expect(error.message).toBe(`A preferred name ${problem}`);
    expect(t.wb.vault.db.prepare('SELECT count(*) AS n FROM people').get()).toEqual({ n: 0 });
  });

  it('strip the spaces, tabs and line breaks a pasted name carries around it', async () => {
    const kase = await createCase(t.wb);
    const added = (await call(t.wb, 'participant:add', {
      caseId: kase.id,
      role: 'harmed',
      person: { preferredName: '\t Ayla Brightwater \r\n' },
    })) as { person: { preferredName: string } };
    expect(added.person.preferredName).toBe('Ayla Brightwater');
  });

  it('keep right-to-left names, emoji and the direction marks RTL text needs', async () => {
    const kase = await createCase(t.wb);
    for (const preferredName of ['مريم العلي', 'Nguyễn Thị Đào 🙂', 'שרה\u200f כהן']) {
      const added = (await call(t.wb, 'participant:add', {
        caseId: kase.id,
        role: 'harmed',
        person: { preferredName },
      })) as { person: { preferredName: string } };
      expect(added.person.preferredName).toBe(preferredName);
    }
  });

  it('cover role labels in Settings too (a label once printed as “Person�harmed”)', async () => {
    const settings = (await call(t.wb, 'settings:get')) as { roleLabels: Record<string, string> };
    const error = await callError(t.wb, 'settings:update', {
      roleLabels: { ...settings.roleLabels, harmed: 'Person\u0000harmed' },
    });
    expect(error.message).toBe('A role name contains characters that cannot be stored.');
    const after = (await call(t.wb, 'settings:get')) as { roleLabels: Record<string, string> };
    expect(after.roleLabels['harmed']).toBe(settings.roleLabels['harmed']);
  });

  it('cover the identifiers the screens send (a part of the script)', async () => {
    const kase = await createCase(t.wb);
    const error = await callError(t.wb, 'run:captureAction', {
      caseId: kase.id,
      text: 'Jordan writes a letter',
      phaseId: 'close\u0000',
    });
    expect(error.message).toBe('A part of the script can hold only letters, digits, dashes and underscores.');
  });
});

describe('multi-line text', () => {
  it('keeps line breaks and tabs, turns Windows line endings into plain ones, and refuses other control and bidi characters', async () => {
    const kase = await createCase(t.wb);
    const note = (await call(t.wb, 'note:save', {
      caseId: kase.id,
      title: 'Preparation',
      kind: 'text',
      body: 'First line\r\n\tindented\rlast',
    })) as { body: string };
    expect(note.body).toBe('First line\n\tindented\nlast');
    // A note is saved while someone types, so pasted invisible characters are stripped...
    const pasted = (await call(t.wb, 'note:save', {
      caseId: kase.id,
      title: 'Pasted',
      kind: 'text',
      body: 'a\u0007b \u202ec',
    })) as { body: string };
    expect(pasted.body).toBe('ab c');
    // ...but a broken character cannot be kept faithfully, so it is refused, saying why.
    const broken = await callError(t.wb, 'note:save', {
      caseId: kase.id,
      title: 'x',
      kind: 'text',
      body: 'a \udc00 b',
    });
    expect(broken.message).toBe('A note contains a broken character (half of an emoji or symbol).');
    // Other multi-line fields refuse what notes strip: a summary is typed once, not autosaved.
    const control = await callError(t.wb, 'case:update', { id: kase.id, referral: { summary: 'a\u0007b' } });
    expect(control.message).toMatch(/contains characters that cannot be stored\.$/);
    const bidi = await callError(t.wb, 'case:update', { id: kase.id, referral: { summary: 'a \u202eb' } });
    expect(bidi.message).toMatch(
      /changes the direction of the text \(often pasted with it\): type it again without it\.$/,
    );
  });
});

describe('dates', () => {
  it('a date in the wrong form is answered in the form the date boxes show, not the stored one', async () => {
    const kase = await createCase(t.wb);
    const meeting = await callError(t.wb, 'meeting:save', {
      caseId: kase.id,
      kind: 'preparation',
      title: '',
      startsAt: '24/11/2026 14:30',
      place: '',
    });
    expect(meeting.message).toBe('Use a date and time like 24/11/2026 14:30.');
    const review = await callError(t.wb, 'case:update', { id: kase.id, referral: { date: '24.11.2026' } });
    expect(review.message).toBe('Use a date like 24/11/2026.');
  });
});
