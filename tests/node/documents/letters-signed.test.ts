/**
 * Every letter (invitation, completion letter) is signed with the facilitator's name, role and
 * contact from Settings → About you, which is also the contact a letter gives unless another is
 * typed for it; with About you empty, the signature is a capitalised "Your facilitator", never
 * the lower-case one. Through the real handlers and a real vault, opened by LibreOffice.
 * Invented names.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { confirmedConference } from '../support/case-fixtures';
import { convertToPdf } from '../support/libreoffice';
import { call, callError, workbenchPerTest, type TempWorkbench } from '../support/temp-workbench';

const t = workbenchPerTest({
  start: '2027-01-20T10:00:00Z',
  desktop: (folder) => ({
    chooseFolder: async () => folder,
    chooseSaveFile: async (_purpose, name, extension) => join(folder, `${name}.${extension}`),
  }),
});

const ABOUT_SAM = { name: 'Sam Okafor', role: 'Restorative practitioner', contact: '01632 960000' };

/** Reading-order text of one converted document, whitespace folded; and its layout lines. */
function read(file: string): { text: string; lines: string[] } {
  const pdf = [...convertToPdf([join(t.folder, file)], t.folder).values()][0]!;
  return {
    text: pdf.flow.replace(/\s+/g, ' '),
    lines: pdf.text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
  };
}

async function aylasInvitation(caseId: string, contact: Record<string, string> = {}) {
  const { files } = (await call(t.wb, 'conference:exportDocuments', {
    caseId,
    which: 'invitations',
    ...contact,
  })) as { files: string[] };
  return read(files.find((f) => f.includes('Ayla'))!);
}

/** The conference held, one action agreed and done, the review recorded: ready for the letter. */
async function reviewed(wb: TempWorkbench) {
  const conference = await confirmedConference(wb);
  const caseId = conference.kase.id;
  await call(wb, 'run:captureAction', { caseId, text: 'Jordan replaces the broken bag strap' });
  await call(wb, 'agreement:start', { caseId });
  await call(wb, 'agreement:markAgreed', { caseId });
  await call(wb, 'review:record', { caseId, heldOn: '2027-01-15', outcome: 'completed' });
  return conference;
}

async function aylasLetter(caseId: string, participantId: string, contact: Record<string, string> = {}) {
  const saved = (await call(t.wb, 'letter:completion', { caseId, participantId, ...contact })) as {
    path: string;
  };
  return read(saved.path.split('/').pop()!);
}

/** The invitation's list of who will be there, as read. */
const whoWillBeThere = (text: string) =>
  text.slice(text.indexOf('Who will be there'), text.indexOf('What to expect'));

/** The lines from "With best wishes," to the page's footer. */
const signature = (lines: string[]) =>
  lines.slice(lines.indexOf('With best wishes,') + 1).filter((l) => !/^Page \d+ of \d+$/.test(l));

describe('letters before About you is filled in', () => {
  it('are signed “Your facilitator”, ask the reader to contact “us”, and list “The facilitator”', async () => {
    const { kase, ayla } = await reviewed(t.wb);
    const invitation = await aylasInvitation(kase.id);
    expect(invitation.text).toContain('please contact us. You can change your mind');
    expect(whoWillBeThere(invitation.text)).toMatch(
      /Peter Quill \(supporting Tomasz Quill\) The facilitator $/,
    );
    expect(signature(invitation.lines)).toEqual(['Your facilitator']);
    const letter = await aylasLetter(kase.id, ayla.id);
    expect(letter.text).toContain('You can contact us at any time.');
    expect(signature(letter.lines)).toEqual(['Your facilitator']);
    for (const { text } of [invitation, letter]) expect(text).not.toContain('your facilitator');
  }, 120_000);
});

describe('letters with About you', () => {
  it('are signed with the name, role and contact, give them as the contact, and name the facilitator among who will be there', async () => {
    const { kase, ayla } = await reviewed(t.wb);
    await call(t.wb, 'settings:update', { aboutYou: ABOUT_SAM });
    const invitation = await aylasInvitation(kase.id);
    expect(invitation.text).toContain('please contact Sam Okafor (01632 960000).');
    expect(whoWillBeThere(invitation.text)).toMatch(
      /Peter Quill \(supporting Tomasz Quill\) Sam Okafor \(facilitator\) $/,
    );
    expect(signature(invitation.lines)).toEqual(['Sam Okafor', 'Restorative practitioner', '01632 960000']);
    const letter = await aylasLetter(kase.id, ayla.id);
    expect(letter.text).toContain('You can contact Sam Okafor (01632 960000) at any time.');
    expect(signature(letter.lines)).toEqual(['Sam Okafor', 'Restorative practitioner', '01632 960000']);
  }, 120_000);

  it('give the contact typed for a letter instead, still signed by the facilitator', async () => {
    const { kase, ayla } = await reviewed(t.wb);
    await call(t.wb, 'settings:update', { aboutYou: ABOUT_SAM });
    const covering = { contactName: 'Priya Raman', contactDetails: 'priya@example.org' };
    const invitation = await aylasInvitation(kase.id, covering);
    expect(invitation.text).toContain('please contact Priya Raman (priya@example.org).');
    expect(signature(invitation.lines)).toEqual(['Sam Okafor', 'Restorative practitioner', '01632 960000']);
    const letter = await aylasLetter(kase.id, ayla.id, covering);
    expect(letter.text).toContain('You can contact Priya Raman (priya@example.org) at any time.');
    expect(signature(letter.lines)).toEqual(['Sam Okafor', 'Restorative practitioner', '01632 960000']);
  }, 120_000);

  it('are signed with the contact typed for a letter when About you has no name', async () => {
    const { kase, ayla } = await reviewed(t.wb);
    const letter = await aylasLetter(kase.id, ayla.id, { contactName: 'Sam Okafor', contactDetails: '' });
    expect(letter.text).toContain('You can contact Sam Okafor at any time.');
    expect(signature(letter.lines)).toEqual(['Sam Okafor']);
  }, 120_000);
});

describe('About you in Settings', () => {
  it('starts empty and keeps what was saved', async () => {
    const fresh = (await call(t.wb, 'settings:get', {})) as { aboutYou: unknown };
    expect(fresh.aboutYou).toEqual({ name: '', role: '', contact: '' });
    await call(t.wb, 'settings:update', { aboutYou: { ...ABOUT_SAM, name: '  Sam Okafor  ' } });
    expect(((await call(t.wb, 'settings:get', {})) as { aboutYou: unknown }).aboutYou).toEqual(ABOUT_SAM);
  });

  it('refuses a line break in a name with a clear message, keeping what was saved before', async () => {
    await call(t.wb, 'settings:update', { aboutYou: ABOUT_SAM });
    const error = await callError(t.wb, 'settings:update', {
      aboutYou: { ...ABOUT_SAM, name: 'Sam\nOkafor' },
    });
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/^Your name /);
    expect(error.message).toMatch(/line break/);
    const tooLong = await callError(t.wb, 'settings:update', {
      aboutYou: { ...ABOUT_SAM, contact: 'x'.repeat(201) },
    });
    expect(tooLong.message).toContain('Contact details can be at most 200 characters.');
    expect(((await call(t.wb, 'settings:get', {})) as { aboutYou: unknown }).aboutYou).toEqual(ABOUT_SAM);
  });
});
