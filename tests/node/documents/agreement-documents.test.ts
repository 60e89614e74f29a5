/**
 * The agreement (standard, large print, plain English) and the completion letter, generated
 * from a case full of hostile text and opened by LibreOffice: the PDF holds every expected name
 * and action and none of the confidential fields (risk detail, notes, phone number, the case
 * title). Invented names.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { fileSlug } from '../../../src/shared/domain/file-names';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAgreementDocument } from '../../../src/main/documents/agreement-document';
import type { AgreementState } from '../../../src/shared/schemas/agreements';
import { addPerson, createCase } from '../support/case-fixtures';
import {
  convertToPdf,
  keepDocumentsThenRemove,
  pdfsStartingWith,
  type PdfText,
} from '../support/libreoffice';
import { call, createVault, openTempWorkbench, type TempWorkbench } from '../support/temp-workbench';

const RISK_CANARY = 'RISKCANARY-known-to-police';
const NOTE_CANARY = 'NOTECANARY-said-in-private';
const TITLE_CANARY = 'TITLECANARY corridor';
const PHONE = '07700 900456';
/** About 100 KB: the contract keeps agreement text shorter, so this goes to the builder itself. */
const LONG = `${'A very long account of what will happen, written in the room without stopping. '.repeat(1_300)}ENDOFLONG`;
const actions = [
  'Jordan replaces the broken bag strap <b>&amp;</b> says sorry',
  'مريم and Jordan sit apart in science 🙂',
  `"; DROP TABLE agreement_versions; -- ${'and keeps going '.repeat(30)}`,
  `${'The longest action the run sheet takes, wrapping across the table cell. '.repeat(13)}ENDOFACTION`,
];

/** One completion letter per recipient: the file name carries the case and the person. */
const LETTER = `completion-letter-RW-2026-0001-${fileSlug('مريم العلي')}`;

let wb: TempWorkbench;
let outDir: string;
let texts: Map<string, PdfText>;

function png(width: number, height: number, label: string): Uint8Array {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#dfe9e6"/><circle cx="${width / 2}" cy="${height / 2}" r="${height / 3}" fill="#2f6f6a"/><text x="20" y="60" font-size="48" font-family="DejaVu Sans">${label}</text></svg>`;
  return new Resvg(svg).render().asPng();
}

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'rw-agreement-docs-'));
  wb = openTempWorkbench({
    clock: { now: () => new Date('2026-11-24T10:00:00Z') },
    desktop: { chooseSaveFile: async (_p, name, ext) => join(outDir, `${name}.${ext}`) },
  });
  await createVault(wb);
  const kase = (await createCase(wb, { title: TITLE_CANARY })) as { id: string };
  const maryam = await addPerson(wb, kase.id, 'مريم العلي', 'harmed', {
    person: { preferredName: 'مريم العلي', phone: PHONE },
  });
  const zoe = await addPerson(wb, kase.id, 'Zoë 🌈 O’Neil', 'harmed');
  const jordan = await addPerson(wb, kase.id, '<script>alert(1)</script> Jordan', 'responsible');
  const dana = await addPerson(wb, kase.id, 'Dana Fenwick', 'supporter', {
    supportsParticipantId: jordan.id,
  });
  await call(wb, 'risk:save', {
    caseId: kase.id,
    personId: jordan.person.id,
    category: 'self_harm',
    level: 'high',
    detail: RISK_CANARY,
    mitigations: 'Check-in plan',
  });
  await call(wb, 'note:save', { caseId: kase.id, body: NOTE_CANARY });
  await call(wb, 'settings:update', {
    organisationName: 'Northfield Restorative Service',
    organisationLogo: { type: 'png', base64: Buffer.from(png(240, 120, 'NRS')).toString('base64') },
  });
  for (const text of actions) await call(wb, 'run:captureAction', { caseId: kase.id, text });
  const started = (await call(wb, 'agreement:start', { caseId: kase.id })) as AgreementState;
  const a = started.agreement!;
  await call(wb, 'agreement:save', {
    caseId: kase.id,
    statement: 'On 3 November a bag was damaged in the corridor & two pupils were upset.',
    place: 'Hillside School, Library',
    reviewDate: '2027-01-15',
    copiesTo: 'Everyone who signs; the head of year.',
    signers: [
      { participantId: maryam.id, choice: 'signs' },
      { participantId: zoe.id, choice: 'declines' },
      { participantId: jordan.id, choice: 'signs' },
      { participantId: dana.id, choice: 'signs' },
    ],
    actions: a.actions.map((x, i) => ({
      id: x.id,
      what: x.what,
      whoParticipantId: jordan.id,
      forParticipantId: i === 1 ? maryam.id : zoe.id,
      byWhen: '2026-12-18',
      howChecked: 'Mr Okafor sees it done',
      checkedBy: 'Mr Okafor',
      ifNotDone: 'We meet again to talk about it',
      fromDraftId: x.fromDraftId,
    })),
  });
  await call(wb, 'agreement:markAgreed', { caseId: kase.id });
  for (const variant of ['standard', 'large_print', 'plain_english'])
    await call(wb, 'agreement:exportDocx', { caseId: kase.id, variant });
  await call(wb, 'review:record', {
    caseId: kase.id,
    heldOn: '2027-01-15',
    outcome: 'partly_completed',
    notes: NOTE_CANARY,
  });
  const state = (await call(wb, 'agreement:get', { caseId: kase.id })) as AgreementState;
  await call(wb, 'action:setStatus', {
    caseId: kase.id,
    actionId: state.agreement!.actions[1]!.id,
    status: 'done',
    on: '2027-01-10',
  });
  await call(wb, 'letter:completion', {
    caseId: kase.id,
    participantId: maryam.id,
    contactName: 'Sam Okafor',
    contactDetails: '01632 960000',
  });
  // The map picture and control characters go straight to the builder: the contract refuses
  // control characters, and relationship maps are another issue.
  const direct = await buildAgreementDocument(
    {
      organisation: { name: 'Northfield Restorative Service', logo: null },
      title: 'Agreement',
      caseReference: 'RW-2026-0099',
      date: '24 November 2026',
      place: 'Bell\u0007Tower room',
      participants: [{ name: 'Bell\u0007Ringer', role: 'Supporter' }],
      statement: `Line one\u0000\nLine two ${LONG}`,
      actions: [
        {
          what: `Ring\u001Bthe bell ${LONG}`,
          who: 'Sam',
          forWhom: '',
          byWhen: '1 December 2026',
          howChecked: '',
          checkedBy: '',
          ifNotDone: '',
        },
      ],
      familyLead: null,
      bottomLines: [],
      reviewDate: 'to be arranged',
      copiesTo: '',
      statements: { confidentiality: 'Private.', notLegallyBinding: 'Not legally binding.' },
      signing: ['Bell\u0007Ringer'],
      declined: [],
      mapPicture: png(2400, 1600, 'Family map'),
    },
    'standard',
  );
  writeFileSync(join(outDir, 'direct-control-characters.docx'), direct);
  const docs = ['standard', 'large-print', 'plain-english'].map((v) =>
    join(outDir, `agreement-RW-2026-0001-${v}.docx`),
  );
  texts = convertToPdf(
    [...docs, join(outDir, `${LETTER}.docx`), join(outDir, 'direct-control-characters.docx')],
    outDir,
  );
}, 240_000);

afterAll(() => {
  wb.cleanup();
  keepDocumentsThenRemove(outDir, 'agreement-documents');
});

const pdf = (prefix: string) => pdfsStartingWith(texts, prefix)[0]!;
/**
 * Reading-order text with whitespace folded (lines break where the page does) and without the
 * invisible direction marks pdftotext puts around right-to-left runs.
 */
const flat = (t: PdfText) => t.flow.replace(/[\u202a-\u202e\u2066-\u2069]/g, '').replace(/\s+/g, ' ');

describe('the agreement in Word, opened by LibreOffice', () => {
  it.each(['standard', 'large-print', 'plain-english'])(
    '%s: every name and action, nothing confidential',
    (v) => {
      const text = flat(pdf(`agreement-RW-2026-0001-${v}`));
      for (const expected of [
        'Northfield Restorative Service',
        'RW-2026-0001',
        'مريم العلي',
        'Zoë 🌈 O’Neil',
        '<script>alert(1)</script> Jordan',
        'Dana Fenwick',
        'Jordan replaces the broken bag strap <b>&amp;</b> says sorry',
        // pdftotext reorders mixed-direction lines visually, so each direction is checked on its own.
        'and Jordan sit apart in science 🙂',
        '"; DROP TABLE agreement_versions;',
        'ENDOFACTION',
        'Mr Okafor',
        'Hillside School, Library',
        '15 January 2027',
        'not legally binding',
        'Zoë 🌈 O’Neil chose not to have a written agreement.',
      ])
        expect(text).toContain(expected);
      for (const secret of [RISK_CANARY, NOTE_CANARY, TITLE_CANARY, PHONE])
        expect(text).not.toContain(secret);
    },
  );

  it('numbers the pages "Page X of Y"', () => {
    const standard = pdf('agreement-RW-2026-0001-standard');
    expect(standard.pages.length).toBeGreaterThan(1);
    expect(standard.text).toMatch(/Page 1 of \d+/);
    expect(standard.text).toContain(`Page ${standard.pages.length} of ${standard.pages.length}`);
  });

  it('a 100 KB paragraph wraps and its table row runs across pages to the end', () => {
    const long = pdf('direct-control-characters');
    expect(long.pages.length).toBeGreaterThan(20);
    expect(flat(long).match(/ENDOFLONG/g)).toHaveLength(2);
  });

  it('keeps each signature block whole: a name and its signature line are on the same page', () => {
    for (const v of ['standard', 'large-print', 'plain-english']) {
      const { pages } = pdf(`agreement-RW-2026-0001-${v}`);
      for (const name of ['Dana Fenwick', 'Facilitator']) {
        const page = pages.find(
          (p) => p.includes(`${name}\n`) && p.lastIndexOf(name) < p.lastIndexOf('Signature'),
        );
        expect(page, `${v}: ${name}`).toBeDefined();
      }
    }
  });

  it('the plain-English version uses everyday headings; large print uses bigger type', () => {
    expect(flat(pdf('agreement-RW-2026-0001-plain-english'))).toContain('What we agreed to do');
    expect(flat(pdf('agreement-RW-2026-0001-standard'))).not.toContain('What we agreed to do');
    expect(pdf('agreement-RW-2026-0001-large-print').pages.length).toBeGreaterThan(
      pdf('agreement-RW-2026-0001-standard').pages.length,
    );
  });

  it('replaces control characters and still opens; includes the map picture', () => {
    const text = flat(pdf('direct-control-characters'));
    expect(text).toContain('Bell');
    expect(text).toContain('Ringer');
    expect(text).toContain('Relationship map');
    const docx = readFileSync(join(outDir, 'direct-control-characters.docx'));
    expect(docx.includes(Buffer.from('word/media/'))).toBe(true);
  });
});

describe('the completion letter', () => {
  it('tells the person harmed in plain words whether the agreement was kept, with no confidential detail', () => {
    const text = flat(pdf(LETTER));
    for (const expected of [
      'Dear',
      'مريم العلي',
      'Some of the agreement has been done, but not all of it.',
      'and Jordan sit apart in science 🙂 — done',
      '15 January 2027',
      'Sam Okafor',
    ])
      expect(text).toContain(expected);
    for (const secret of [RISK_CANARY, NOTE_CANARY, TITLE_CANARY, PHONE, 'Zoë'])
      expect(text).not.toContain(secret);
  });
});
