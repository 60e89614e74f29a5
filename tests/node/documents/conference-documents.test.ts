import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aboutHowLong } from '../../../src/main/documents/conference-documents';
import { checklistItems } from '../../../src/shared/domain/readiness';
import { addPerson, createCase } from '../support/case-fixtures';
import {
  convertToPdf,
  keepDocumentsThenRemove,
  pdfsStartingWith,
  type PdfText,
} from '../support/libreoffice';
import { call, createVault, openTempWorkbench, type TempWorkbench } from '../support/temp-workbench';

const RISK_CANARY = 'RISKCANARY-disclosed-to-tutor';
const PHONE = '07700 900123';
const fullChecklist = Object.fromEntries(Object.keys(checklistItems).map((k) => [k, true]));
const hostileNames = ['مريم العلي', 'Zoë 🌈 O’Neil', '<script>alert(1)</script>', 'Bell\u0007Ringer'];

let wb: TempWorkbench;
let outDir: string;
let texts: Map<string, PdfText>;
let files: string[];

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'rw-docs-'));
  wb = openTempWorkbench({ desktop: { chooseFolder: async () => outDir } });
  await createVault(wb);
  const kase = await createCase(wb, { title: 'Lunch queue incident' });
  const ayla = await addPerson(wb, kase.id, 'Ayla Brightwater', 'harmed', {
    person: { preferredName: 'Ayla Brightwater', phone: PHONE, disability: 'Uses a wheelchair' },
  });
  const jordan = await addPerson(wb, kase.id, 'Jordan Fenwick', 'responsible');
  const others = [];
  // Names are checked by the contract; the control character is refused there, so it goes in a note-like field instead.
  for (const name of hostileNames.slice(0, 3))
    others.push(await addPerson(wb, kase.id, name, 'supporter', { supportsParticipantId: ayla.id }));
  const everyone = [ayla, jordan, ...others];
  for (const p of everyone) {
    await call(wb, 'prep:save', {
      caseId: kase.id,
      participantId: p.id,
      startsAt: '2026-11-26T16:00',
      place: 'Family room',
      checklist: fullChecklist,
    });
    await call(wb, 'consent:record', {
      caseId: kase.id,
      personId: p.person.id,
      kind: 'take_part',
      decision: 'given',
      method: 'written',
      decidedOn: '2026-11-26',
    });
  }
  await call(wb, 'risk:save', {
    caseId: kase.id,
    personId: jordan.person.id,
    category: 'self_harm',
    level: 'high',
    detail: RISK_CANARY,
    mitigations: 'Check-in plan',
  });
  await call(wb, 'risk:assess', {
    caseId: kase.id,
    decision: 'proceed_with_measures',
    measures: 'Separate waiting rooms',
    decidedBy: 'Sam (facilitator)',
  });
  await call(wb, 'conference:update', {
    caseId: kase.id,
    invited: everyone.map((p) => p.id),
    startsAt: '2026-12-03T15:30',
    venue: 'Hillside School',
    room: 'Library',
    access: `Step-free entrance by the car park. ${'Long arrangements text that has to wrap cleanly across lines. '.repeat(25)}`,
  });
  await call(wb, 'conference:applyTemplate', { caseId: kase.id });
  files = [];
  for (const which of ['run-sheet', 'invitations', 'preparation-summary']) {
    const r = (await call(wb, 'conference:exportDocuments', {
      caseId: kase.id,
      which,
      contactName: 'Sam Okafor',
      contactDetails: '01632 960000',
    })) as { files: string[] };
    files.push(...r.files);
  }
  texts = convertToPdf(
    files.map((f) => join(outDir, f)),
    outDir,
  );
}, 180_000);

afterAll(() => {
  wb.cleanup();
  keepDocumentsThenRemove(outDir, 'documents');
});

const textOf = (prefix: string) => pdfsStartingWith(texts, prefix);

describe('document wording', () => {
  it('says how long as a person would', () => {
    expect([30, 60, 90, 120, 150].map(aboutHowLong)).toEqual([
      'about 30 minutes',
      'about an hour',
      'about an hour and a half',
      'about 2 hours',
      'about 2 hours and a half',
    ]);
  });
});

describe('conference documents, opened by LibreOffice', () => {
  it('writes a run sheet, one invitation per invited person and a preparation summary', () => {
    expect(files.filter((f) => f.startsWith('run-sheet-'))).toHaveLength(1);
    expect(files.filter((f) => f.startsWith('invitation-'))).toHaveLength(5);
    expect(files.filter((f) => f.startsWith('preparation-summary-'))).toHaveLength(1);
    expect(readdirSync(outDir).filter((f) => f.endsWith('.pdf'))).toHaveLength(7);
  });

  it('the run sheet has every phase with names and the restorative questions', () => {
    const [sheet] = textOf('run-sheet-');
    for (const expected of [
      'Preamble and introductions',
      'The person responsible',
      'Jordan Fenwick',
      'What happened?',
      'Ayla Brightwater',
      'What has been the hardest thing for you?',
      'Thursday 3 December 2026 at 3:30pm',
      "Facilitator's copy",
    ]) {
      expect(sheet!.text).toContain(expected);
    }
  });

  it('invitations are friendly, name who will be there, keep RTL, accents and emoji, and never carry confidential detail', () => {
    const letters = textOf('invitation-');
    expect(letters).toHaveLength(5);
    for (const letter of letters) {
      expect(letter.text).toContain('Thursday 3 December 2026 at 3:30pm');
      expect(letter.text).toContain('Library, Hillside School');
      expect(letter.text).toContain('about an hour and a half');
      expect(letter.text).toContain('Sam Okafor');
      expect(letter.text).toContain('You can change your mind about taking part at any time.');
      for (const secret of [
        RISK_CANARY,
        'Self-harm',
        PHONE,
        'wheelchair',
        'Separate waiting rooms',
        'CONFIDENTIAL',
      ])
        expect(letter.text).not.toContain(secret);
    }
    const all = letters.map((l) => l.text).join('\n');
    expect(all).toContain('Dear Ayla Brightwater,');
    expect(all).toContain('Zoë');
    expect(all).toContain('<script>alert(1)</script>');
    expect(all.replace(/\s+/g, '')).toContain('مريمالعلي'.replace(/\s+/g, ''));
  });

  it('the preparation summary holds the risk detail and says CONFIDENTIAL on every page', () => {
    const [summary] = textOf('preparation-summary-');
    expect(summary!.text).toContain(RISK_CANARY);
    expect(summary!.text).toContain('Proceed with measures');
    expect(summary!.pages.length).toBeGreaterThanOrEqual(1);
    for (const page of summary!.pages) expect(page).toContain('CONFIDENTIAL: facilitator only');
  });
});
