/**
 * Participant documents carry only what their reader may read (issue "safeguarding seams",
 * point 2): each invitation only its reader's own arrangements, never the safety measures,
 * names with supporters as "supporting …", roles only when the case shows them, nobody who
 * withdrew consent to share information. A decision to stop makes none at all. Every letter is
 * opened by LibreOffice and its PDF text checked for what must be absent.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { confirmedConference } from '../support/case-fixtures';
import { convertToPdf, type PdfText } from '../support/libreoffice';
import { call, callError, workbenchPerTest } from '../support/temp-workbench';

const t = workbenchPerTest({
  desktop: (folder) => ({
    chooseFolder: async () => folder,
    chooseSaveFile: async (_purpose, name, extension) => join(folder, `${name}.${extension}`),
  }),
});

const SAFETY = 'Jordan arrives by the side entrance; separate waiting rooms';

async function lettersOf(caseId: string): Promise<Map<string, PdfText>> {
  const { files } = (await call(t.wb, 'conference:exportDocuments', {
    caseId,
    which: 'invitations',
    contactName: 'Sam Okafor',
    contactDetails: '01632 960000',
  })) as { files: string[] };
  const byName = new Map<string, PdfText>();
  const texts = convertToPdf(
    files.map((f) => join(t.folder, f)),
    t.folder,
  );
  for (const [path, text] of texts) byName.set(path.split('/').pop()!, text);
  return byName;
}

const letterFor = (letters: Map<string, PdfText>, slug: string) =>
  [...letters].find(([name]) => name.includes(slug))![1].flow.replace(/\s+/g, ' ');

describe('invitation letters', () => {
  it('carry each reader’s own arrangements only, and never the safety measures', async () => {
    const { kase, ayla, jordan } = await confirmedConference(t.wb);
    await call(t.wb, 'conference:update', {
      caseId: kase.id,
      safetyMeasures: SAFETY,
      arrangements: [
        { participantId: ayla.id, text: 'A ramp at the main door' },
        { participantId: jordan.id, text: 'A Polish interpreter, Ms Nowicka' },
      ],
    });
    const letters = await lettersOf(kase.id);
    expect(letters.size).toBe(6);
    const aylas = letterFor(letters, 'Ayla');
    const jordans = letterFor(letters, 'Jordan');
    expect(aylas).toContain('A ramp at the main door');
    expect(aylas).not.toContain('interpreter');
    expect(jordans).toContain('A Polish interpreter, Ms Nowicka');
    expect(jordans).not.toContain('ramp');
    for (const [, letter] of letters) {
      expect(letter.flow).not.toContain('side entrance');
      expect(letter.flow).not.toContain('waiting rooms');
    }
    // The facilitator's own summary is where the safety measures are printed.
    const { files } = (await call(t.wb, 'conference:exportDocuments', {
      caseId: kase.id,
      which: 'preparation-summary',
    })) as { files: string[] };
    const summary = convertToPdf([join(t.folder, files[0]!)], t.folder);
    expect([...summary.values()][0]!.flow.replace(/\s+/g, ' ')).toContain(SAFETY);
  }, 120_000);

  it('list who will be there by name, supporters as “supporting …”, roles only when the case shows them', async () => {
    const { kase } = await confirmedConference(t.wb);
    let aylas = letterFor(await lettersOf(kase.id), 'Ayla');
    expect(aylas).toContain('Who will be there');
    expect(aylas).toContain('Tomasz Quill');
    expect(aylas).toContain('Dana Fenwick (supporting Jordan Fenwick)');
    expect(aylas).not.toMatch(/person harmed|person responsible/i);
    await call(t.wb, 'conference:update', { caseId: kase.id, rolesInLetters: true });
    aylas = letterFor(await lettersOf(kase.id), 'Ayla');
    expect(aylas).toContain('Jordan Fenwick (person responsible)');
    expect(aylas).toContain('Dana Fenwick (supporting Jordan Fenwick)');
  }, 120_000);

  it('say nothing about someone who withdrew consent to share information, who still gets their own', async () => {
    const { kase, jordan, consents } = await confirmedConference(t.wb);
    await call(t.wb, 'consent:withdraw', {
      id: consents.get(jordan.id)!.shareInformation,
      withdrawnOn: '2026-11-28',
      reason: 'Privacy',
    });
    const letters = await lettersOf(kase.id);
    expect(letters.size).toBe(6);
    for (const [name, letter] of letters) {
      if (name.includes('Jordan')) continue;
      expect(letter.flow).not.toContain('Jordan');
      expect(letter.flow.replace(/\s+/g, ' ')).not.toContain('supporting Jordan');
    }
    expect(letterFor(letters, 'Dana')).toContain('Dear Dana Fenwick');
    // His supporter is still listed in the others' letters, without naming whom she supports.
    expect(letterFor(letters, 'Ayla')).toContain('Dana Fenwick (supporting someone taking part)');
    expect(letterFor(letters, 'Jordan')).toContain('Dear Jordan Fenwick');
  }, 120_000);
});

describe('a risk decision to stop', () => {
  it('means no participant document can be made, and says why', async () => {
    const { kase } = await confirmedConference(t.wb);
    await call(t.wb, 'run:captureAction', { caseId: kase.id, text: 'Jordan writes a letter to Ayla' });
    await call(t.wb, 'agreement:start', { caseId: kase.id });
    await call(t.wb, 'risk:assess', {
      caseId: kase.id,
      decision: 'stop',
      measures: '',
      decidedBy: 'Sam (facilitator)',
    });
    const why =
      'The risk decision is “Stop”, so no letters or agreements for participants can be made while it stands.';
    const plan = (await call(t.wb, 'conference:get', { caseId: kase.id })) as {
      participantDocumentsBlocked: string | null;
    };
    expect(plan.participantDocumentsBlocked).toBe(why);
    const state = (await call(t.wb, 'agreement:get', { caseId: kase.id })) as {
      participantDocumentsBlocked: string | null;
    };
    expect(state.participantDocumentsBlocked).toBe(why);
    for (const [channel, input] of [
      ['conference:exportDocuments', { caseId: kase.id, which: 'invitations' }],
      ['agreement:exportDocx', { caseId: kase.id, variant: 'standard' }],
      ['agreement:document', { caseId: kase.id }],
    ] as const)
      expect((await callError(t.wb, channel, input)).message).toBe(why);
    // Nothing was written.
    expect(readdirSync(t.folder).filter((f) => f.endsWith('.docx'))).toEqual([]);
    // The facilitator's own papers are still theirs to make.
    await call(t.wb, 'conference:exportDocuments', { caseId: kase.id, which: 'preparation-summary' });
    // Closed because of risk is the same.
    await call(t.wb, 'risk:assess', { caseId: kase.id, decision: 'proceed', measures: '', decidedBy: 'Sam' });
    await call(t.wb, 'case:setStatus', { id: kase.id, status: 'closed', closureReason: 'risk' });
    expect(
      (await callError(t.wb, 'conference:exportDocuments', { caseId: kase.id, which: 'invitations' }))
        .message,
    ).toBe('This case was closed because of risk, so no letters or agreements for participants can be made.');
  }, 120_000);
});
