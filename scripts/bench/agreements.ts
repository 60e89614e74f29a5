/**
 * Agreements suite (issue 6): building the agreement Word document with 50 actions and a
 * relationship-map picture, and the anonymised report over 5,000 cases in an encrypted vault
 * (conferences, agreements, follow-up, reviews and closures seeded by SQL in the services'
 * columns). Each result is checked before it is timed.
 */
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import {
  buildAgreementDocument,
  type AgreementDocumentData,
} from '../../src/main/documents/agreement-document';
import { serviceContext } from '../../src/main/services/core';
import { report } from '../../src/main/services/reports';
import { newDataKey } from '../../src/main/vault/crypto';
import { openEncryptedDatabase } from '../../src/main/vault/database';
import type { Db } from '../../src/main/vault/sqlite';
import { seedCaseWorld } from './case-world';
import { inventedText, seededId, seededRandom } from './fixtures';
import { median, timed, timedAsync } from './stats';
import type { BenchSuite, Figure } from './types';

const ACTIONS = 50;
const CASES = 5_000;
const NOW = new Date(2026, 10, 24, 10, 0, 0);
const ROUNDS = 10;
const DOCX_TARGET_MS = 300;
const REPORT_TARGET_MS = 500;

/** A map-sized picture: 2,400 × 1,600 pixels, about what the map export gives at 2×. */
function mapPicture(): Uint8Array {
  const circles = Array.from(
    { length: 60 },
    (_, i) =>
      `<circle cx="${200 + (i % 10) * 220}" cy="${200 + Math.floor(i / 10) * 220}" r="60" fill="#${(0x2f6f6a + i * 4099).toString(16).slice(-6)}"/>` +
      `<text x="${150 + (i % 10) * 220}" y="${300 + Math.floor(i / 10) * 220}" font-size="28" font-family="DejaVu Sans">Person ${i + 1}</text>`,
  ).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="2400" height="1600"><rect width="100%" height="100%" fill="#f5f7f6"/>${circles}</svg>`;
  return new Resvg(svg).render().asPng();
}

function documentData(picture: Uint8Array): AgreementDocumentData {
  const random = seededRandom(61);
  return {
    organisation: { name: 'Northfield Restorative Service', logo: null },
    title: 'Agreement',
    caseReference: 'RW-2026-0042',
    date: '24 November 2026',
    place: 'Hillside School, Library',
    participants: Array.from({ length: 8 }, (_, i) => ({ name: `Participant ${i + 1}`, role: 'Supporter' })),
    statement: inventedText(random, 400),
    actions: Array.from({ length: ACTIONS }, (_, i) => ({
      what: `${i + 1}. ${inventedText(random, 160)}`,
      who: `Participant ${(i % 8) + 1}`,
      forWhom: i % 3 === 0 ? 'Participant 1' : '',
      byWhen: '18 Dec 2026',
      howChecked: inventedText(random, 80),
      checkedBy: 'Mr Okafor',
      ifNotDone: inventedText(random, 60),
    })),
    familyLead: null,
    bottomLines: [],
    reviewDate: '15 January 2027',
    copiesTo: 'Everyone who signs',
    statements: { confidentiality: 'Private.', notLegallyBinding: 'Not legally binding.' },
    signing: Array.from({ length: 8 }, (_, i) => `Participant ${i + 1}`),
    declined: [],
    mapPicture: picture,
  };
}

interface Seeded {
  agreedInRange: number;
  reviewedInRange: number;
}

/** Conferences, agreements, follow-up and reviews for about half the seeded cases. */
function seedAgreements(db: Db, caseIds: string[]): Seeded {
  const random = seededRandom(77);
  const day = (offset: number) => new Date(NOW.getTime() - offset * 86_400_000).toISOString().slice(0, 10);
  let agreedInRange = 0;
  let reviewedInRange = 0;
  const plan = db.prepare(
    `INSERT OR REPLACE INTO conference_plans (case_id, starts_at, status, updated_at) VALUES (?, ?, 'confirmed', ?)`,
  );
  const version = db.prepare(
    `INSERT INTO agreement_versions (id, case_id, version, status, body, agreed_at, created_at, updated_at)
     VALUES (?, ?, 1, ?, ?, ?, ?, ?)`,
  );
  const update = db.prepare(
    `INSERT INTO action_updates (id, case_id, action_id, status, on_date, note, recorded_at) VALUES (?, ?, ?, ?, ?, '', ?)`,
  );
  const review = db.prepare(
    `INSERT INTO agreement_reviews (id, case_id, version_id, held_on, outcome, recorded_at) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  db.transaction(() => {
    for (const caseId of caseIds) {
      if (random() < 0.5) continue;
      const held = Math.floor(random() * 700);
      plan.run(caseId, `${day(held)}T10:00`, NOW.toISOString());
      const agreedOn = day(held);
      const actionIds = Array.from({ length: 3 }, () => seededId(random));
      const closed = random() < 0.5;
      const versionId = seededId(random);
      version.run(
        versionId,
        caseId,
        closed ? 'closed' : 'agreed',
        JSON.stringify({
          actions: actionIds.map((id) => ({ id, what: 'An action', byWhen: day(held - 14) })),
        }),
        `${agreedOn}T11:00:00.000Z`,
        NOW.toISOString(),
        NOW.toISOString(),
      );
      if (held < 365) agreedInRange += 1;
      for (const id of actionIds)
        update.run(
          seededId(random),
          caseId,
          id,
          random() < 0.7 ? 'done' : 'not_done',
          day(Math.max(0, held - 20)),
          NOW.toISOString(),
        );
      if (closed) {
        const reviewedOn = day(Math.max(0, held - 60));
        review.run(
          seededId(random),
          caseId,
          versionId,
          reviewedOn,
          random() < 0.6 ? 'completed' : 'partly_completed',
          NOW.toISOString(),
        );
        if (held - 60 < 365) reviewedInRange += 1;
      }
    }
  })();
  return { agreedInRange, reviewedInRange };
}

export const agreementsSuite: BenchSuite = {
  name: 'agreements',
  description: `Agreement .docx with ${ACTIONS} actions and a map picture; the report over ${CASES.toLocaleString('en-GB')} cases.`,
  async run(context) {
    const figures: Figure[] = [];
    const data = documentData(mapPicture());
    const first = await timedAsync(() => buildAgreementDocument(data, 'standard'));
    if (first.result.subarray(0, 2).toString() !== 'PK')
      throw new Error('The agreement is not a .docx file.');
    const times: number[] = [];
    for (let i = 0; i < ROUNDS; i += 1)
      times.push((await timedAsync(() => buildAgreementDocument(data, 'standard'))).ms);
    context.log(
      `agreements: docx ${(first.result.length / 1024).toFixed(0)} KB, median ${median(times).toFixed(1)} ms`,
    );
    figures.push({
      name: `agreement .docx with ${ACTIONS} actions and a 2400×1600 map picture, median of ${ROUNDS}`,
      value: median(times),
      unit: 'ms',
      target: DOCX_TARGET_MS,
      better: 'lower',
    });

    const path = join(context.tempDir('vault'), 'vault.db');
    const key = newDataKey();
    let db: Db | null = null;
    try {
      db = openEncryptedDatabase(path, key);
      const world = seedCaseWorld(db, { cases: CASES, seed: 5_000, now: NOW });
      const seeded = seedAgreements(
        db,
        world.cases.map((c) => c.id),
      );
      const ctx = serviceContext(db, { now: () => NOW });
      const from = new Date(NOW.getTime() - 364 * 86_400_000).toISOString().slice(0, 10);
      const to = NOW.toISOString().slice(0, 10);
      const check = report(ctx, from, to);
      if (check.agreementsMade !== seeded.agreedInRange)
        throw new Error(
          `report counted ${check.agreementsMade} agreements, ${seeded.agreedInRange} were seeded in range.`,
        );
      const reportTimes: number[] = [];
      for (let i = 0; i < ROUNDS; i += 1) reportTimes.push(timed(() => report(ctx, from, to)).ms);
      context.log(`agreements: report over ${CASES} cases, median ${median(reportTimes).toFixed(1)} ms`);
      figures.push({
        name: `report over ${CASES.toLocaleString('en-GB')} cases (one year), median of ${ROUNDS}`,
        value: median(reportTimes),
        unit: 'ms',
        target: REPORT_TARGET_MS,
        better: 'lower',
      });
      context.note(
        `Agreements: the Word document is built in memory (not written to disk) with ${ACTIONS} invented actions, 8 signers and a 2400×1600 PNG; ` +
          `the report reads ${CASES} cases with about half holding a confirmed conference, an agreement with three followed-up actions and, for half of those, a review; its "agreements made" is checked against the seed.`,
      );
      return figures;
    } finally {
      if (db?.open) db.close();
      key.fill(0);
    }
  },
};
