/**
 * Subject-access suite (issue 15): on a service-sized encrypted vault (5,000 cases, about
 * 17,000 people, 200,000 notes of ~1 KB with their revisions), the review of a person in 30
 * cases, their export record, and their erasure, each against 1 s. Every result is checked
 * against what the vault was seeded with. For comparison, in the same run: one LIKE scan of
 * every note and revision for their first name, which is what the export used to do (twice).
 */
import { statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { buildSubjectAccessDocument } from '../../src/main/documents/subject-access';
import { serviceContext, likePattern, type ServiceContext } from '../../src/main/services/core';
import { collectSubjectAccess, erasePerson, exportReview } from '../../src/main/services/data-rights';
import { getSettings } from '../../src/main/services/settings';
import { newDataKey } from '../../src/main/vault/crypto';
import { openEncryptedDatabase } from '../../src/main/vault/database';
import type { Db } from '../../src/main/vault/sqlite';
import type { PassageDecision } from '../../src/shared/schemas/data-rights';
import { median, timed, timedAsync } from './stats';
import { seedSubjectAccessWorld, type Subject, type SubjectAccessWorld } from './subject-access-world';
import type { BenchContext, BenchSuite, Figure } from './types';

const SIZE = {
  cases: 5_000,
  notesPerCase: 40,
  subjects: 3,
  casesPerSubject: 30,
  seed: 20_260_415,
  now: new Date(2026, 3, 15, 10, 0, 0),
};
const ROUNDS = 5;
const TARGET_MS = 1_000;

function fail(why: string): never {
  throw new Error(`subject-access: ${why}`);
}

type Review = ReturnType<typeof exportReview>;
type ExportRecord = ReturnType<typeof collectSubjectAccess>;

function checkReview(subject: Subject, review: Review, references: Set<string>): void {
  if (review.primaryName !== subject.fullName)
    fail(`looked for ${review.primaryName}, not ${subject.fullName}.`);
  if (review.passages.length !== subject.mentions)
    fail(
      `${review.passages.length} passages, expected the ${subject.mentions} that name ${subject.fullName}.`,
    );
  if (review.passages.some((p) => !p.caseReference || !references.has(p.caseReference)))
    fail('a passage from a case the person is not in.');
}

function checkRecord(subject: Subject, record: ExportRecord, included: number): void {
  const problems = [
    record.cases.length !== subject.caseIds.length && `${record.cases.length} cases`,
    record.notesAboutThem.length !== subject.notesAbout && `${record.notesAboutThem.length} notes about them`,
    record.theirWords.length !== subject.meetingNotes &&
      `${record.theirWords.length} meetings with their words`,
    record.theirWords.some((m) => m.lines.length !== 4) && 'a meeting without their four lines',
    record.reviewedPassages.length !== included && `${record.reviewedPassages.length} reviewed passages`,
    record.withheld.passages !== subject.mentions - included && `${record.withheld.passages} withheld`,
  ].filter(Boolean);
  if (problems.length) fail(`export record of ${subject.fullName}: ${problems.join(', ')}.`);
}

function build(context: BenchContext, path: string, key: Buffer): SubjectAccessWorld & { ms: number } {
  const db = openEncryptedDatabase(path, key);
  try {
    // Setup only: a large page cache while writing (the random ids of 460,000 rows would
    // otherwise re-read and re-encrypt index pages all along). The timed part reopens the
    // vault with production settings.
    db.pragma('cache_size = -262144');
    const { result, ms } = timed(() => seedSubjectAccessWorld(db, SIZE));
    db.pragma('wal_checkpoint(TRUNCATE)');
    // The search index was rebuilt after the inserts: it must find every note naming a subject.
    const indexed = (
      db.prepare(`SELECT count(*) AS n FROM notes_fts WHERE notes_fts MATCH '"ashby"'`).get() as { n: number }
    ).n;
    const naming = result.subjects.reduce((sum, s) => sum + s.mentions, 0);
    if (indexed !== naming) fail(`the search index finds ${indexed} notes naming a subject, not ${naming}.`);
    context.log(
      `subject-access: ${result.world.cases.length} cases, ${result.world.counts.people + result.subjects.length} people, ` +
        `${result.notes} notes, ${result.revisions} revisions in ${(ms / 1000).toFixed(1)} s`,
    );
    return { ...result, ms };
  } finally {
    db.close();
  }
}

/** The old way, for comparison: every note and revision read for the first name. */
function firstNameScan(db: Db, firstName: string): number {
  return (
    db
      .prepare(
        `SELECT count(*) AS n FROM (SELECT id FROM notes WHERE body LIKE @q ESCAPE '\\' OR title LIKE @q ESCAPE '\\'
         UNION ALL SELECT note_id FROM note_revisions WHERE body LIKE @q ESCAPE '\\' OR title LIKE @q ESCAPE '\\')`,
      )
      .get({ q: likePattern(firstName) }) as { n: number }
  ).n;
}

function measureExport(ctx: ServiceContext, subject: Subject, references: Set<string>) {
  const roleLabels = getSettings(ctx.db).roleLabels;
  const cold = timed(() => exportReview(ctx, subject.personId, []));
  checkReview(subject, cold.result, references);
  // The facilitator includes every third passage, and redacts a word in every fifth.
  const decisions: PassageDecision[] = cold.result.passages.flatMap((p, i): PassageDecision[] =>
    i % 5 === 0
      ? [{ passageId: p.id, choice: 'redact', redactions: [{ start: 0, end: 3 }] }]
      : i % 3 === 0
        ? [{ passageId: p.id, choice: 'include', redactions: [] }]
        : [],
  );
  const selection = { otherNames: [], decisions };
  const reviews: number[] = [];
  const records: number[] = [];
  let record: ExportRecord | undefined;
  for (let round = 0; round < ROUNDS; round += 1) {
    reviews.push(timed(() => checkReview(subject, exportReview(ctx, subject.personId, []), references)).ms);
    const run = timed(() => collectSubjectAccess(ctx, subject.personId, selection, roleLabels));
    records.push(run.ms);
    record = run.result;
  }
  checkRecord(subject, record!, decisions.length);
  return { coldReview: cold.ms, reviews, records, record: record! };
}

export const subjectAccessSuite: BenchSuite = {
  name: 'subject-access',
  description: `Subject access review, export record and erasure of a person in ${SIZE.casesPerSubject} cases, ${SIZE.cases.toLocaleString('en-GB')} cases and ${(SIZE.cases * SIZE.notesPerCase).toLocaleString('en-GB')} notes, encrypted vault.`,
  async run(context) {
    const path = join(context.tempDir('vault'), 'vault.db');
    const key = newDataKey();
    const loadStart = loadavg()[0]!.toFixed(1);
    let db: Db | null = null;
    try {
      const built = build(context, path, key);
      // Reopened as after an unlock: the first review reads through a cold page cache.
      db = openEncryptedDatabase(path, key);
      const ctx = serviceContext(db, { now: () => SIZE.now });
      const [first, ...others] = built.subjects as [Subject, ...Subject[]];
      const references = (subject: Subject) =>
        new Set(built.world.cases.filter((c) => subject.caseIds.includes(c.id)).map((c) => c.reference));
      const measured = measureExport(ctx, first, references(first));
      const docx = await timedAsync(() => buildSubjectAccessDocument(measured.record));
      const scan = timed(() => firstNameScan(db!, first.firstName));
      context.log(
        `subject-access: review median ${median(measured.reviews).toFixed(0)} ms, record ${median(measured.records).toFixed(0)} ms; ` +
          `the LIKE scan for "${first.firstName}" read every note and revision in ${scan.ms.toFixed(0)} ms (${scan.result} rows name it)`,
      );

      const erasures: number[] = [];
      for (const subject of [first, ...others]) {
        const run = await timedAsync(() => erasePerson(ctx, subject.personId, subject.firstName));
        const expected = subject.notesAbout + subject.mentions;
        if (
          run.result.casesAffected !== subject.caseIds.length ||
          run.result.notesToReview.length !== expected
        )
          fail(
            `erasure: ${run.result.casesAffected} cases, ${run.result.notesToReview.length} notes to review (expected ${expected}).`,
          );
        erasures.push(run.ms);
      }
      const info = (name: string, value: number, unit = 'ms'): Figure => ({
        name,
        value,
        unit,
        target: null,
        better: 'lower',
      });
      const figures: Figure[] = [
        info(
          `setup: build the vault (${built.notes.toLocaleString('en-GB')} notes, ${built.revisions.toLocaleString('en-GB')} revisions)`,
          built.ms / 1000,
          's',
        ),
        info('vault file size', statSync(path).size / 1024 / 1024, 'MiB'),
        info('review of passages, first after opening the vault', measured.coldReview),
        {
          name: `review of passages (exportReview) median of ${ROUNDS}`,
          value: median(measured.reviews),
          unit: 'ms',
          target: TARGET_MS,
          better: 'lower',
        },
        {
          name: `export record (collectSubjectAccess) median of ${ROUNDS}`,
          value: median(measured.records),
          unit: 'ms',
          target: TARGET_MS,
          better: 'lower',
        },
        info('export record max', Math.max(...measured.records)),
        info('Word document from the record (to move off the main thread)', docx.ms),
        {
          name: `erasure median of ${erasures.length} people`,
          value: median(erasures),
          unit: 'ms',
          target: TARGET_MS,
          better: 'lower',
        },
        info('erasure min', Math.min(...erasures)),
        info('erasure max', Math.max(...erasures)),
        info(`LIKE scan of every note and revision for the first name (the old way, once)`, scan.ms),
        info('notes and revisions naming the first name vault-wide (never read now)', scan.result, 'rows'),
      ];
      context.note(
        `Vault: the case-list caseload (${SIZE.cases} cases, ${built.world.counts.people} people) with ${built.notes} notes of ~1 KB (three paragraphs; 10% meeting notes with speakers; 40% about one person) ` +
          `and ${built.revisions} revisions, by SQL (the speaker table kept by its real triggers, the search index built in one rebuild after the inserts). ${SIZE.subjects} people are each in ${SIZE.casesPerSubject} cases, ` +
          `with 2 notes about them, 2 other notes naming them in full and a meeting where they speak, per case; their first names (${built.subjects.map((s) => s.firstName).join(', ')}) are common in the vault.`,
      );
      context.note(
        `Timed: the real services on the production encrypted vault, reopened after building. Review and record: ${ROUNDS} rounds each after one untimed review (every passage, record and count is checked). ` +
          `Erasure: each of the ${SIZE.subjects} people once (with its search-index merge and WAL checkpoint), checked for cases and notes to review. No relationship maps in this vault. ` +
          `Load average during the run: ${loadStart} at the start, ${loadavg()[0]!.toFixed(1)} at the end (other work on the machine slows the build and every figure alike).`,
      );
      return figures;
    } finally {
      if (db?.open) db.close();
      key.fill(0);
    }
  },
};
