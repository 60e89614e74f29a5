/**
 * The service-sized vault of issue 15 for the big-service suite: the subject-access suite's
 * vault (5,000 cases over four years, 200,000 notes of ~1 KB with their revisions, three
 * people in 30 cases each: subject-access-world.ts) with the rest of five years' work on top:
 * people up to 20,000, each case's status history on its timeline, 10,000 preparation
 * meetings with their checklists, 3,000 confirmed conferences with a run sheet and an agreement
 * of five actions (followed up, and reviewed once the case closed), and 1,000 relationship
 * maps. Written by SQL on the vault's own open connection, in the services' columns and codes,
 * because the contract would take hours; the suite then checks what the channels read back.
 */
import { autoLayout } from '../../src/shared/domain/relationship-map-layout';
import { localMinute } from '../../src/main/services/core';
import type { Db } from '../../src/main/vault/sqlite';
import { syntheticEcomap } from '../../tests/node/domain/relationship-map-fixtures';
import type { SeededCase } from './case-world';
import { FIRST_NAMES, SURNAMES } from './corpus';
import { inventedText, seededId, seededRandom } from './fixtures';
import { seedSubjectAccessWorld, type SubjectAccessWorld, type WorldSize } from './subject-access-world';

export interface BigServiceSize extends WorldSize {
  people: number;
  preparationMeetings: number;
  agreements: number;
  actionsPerAgreement: number;
  maps: number;
}

/** What the vault was given, to check the channels' answers against. */
export interface BigServiceWorld extends SubjectAccessWorld {
  people: number;
  preparationMeetings: number;
  agreements: { caseId: string; agreedOn: string; reviewedOn: string | null }[];
  maps: { caseId: string; mapId: string }[];
  /** Every meeting's case and local start, for Today's expected count. */
  meetings: { caseId: string; startsAt: string }[];
}

const DAY_MS = 86_400_000;
const STEPS = ['referral', 'assessment', 'preparation', 'conference', 'follow_up', 'closed'] as const;
const CHECKLIST = {
  processExplained: true,
  accountHeard: true,
  hopes: true,
  supporters: true,
  worries: true,
  accessNeeds: false,
  consentConfirmed: true,
  stillWilling: true,
};

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function runSheet(random: Random): string {
  const phases = [
    'Preamble',
    'Responsible person',
    'Their supporters',
    'Person harmed',
    'Supporters',
    'Agreement',
    'Close',
  ];
  return JSON.stringify(
    phases.map((title, i) => ({
      id: `part-${i}`,
      phase: title.toLowerCase().replace(/ /g, '_'),
      title,
      speakerParticipantId: null,
      questions: [inventedText(random, 120), inventedText(random, 120)],
      script: inventedText(random, 260),
    })),
  );
}

function writeTimelines(db: Db, random: Random, cases: readonly SeededCase[]): number {
  const insert = db.prepare('INSERT INTO case_events (id, case_id, at, kind, detail) VALUES (?, ?, ?, ?, ?)');
  let events = 0;
  for (const kase of cases) {
    for (const p of kase.participants) {
      insert.run(
        seededId(random),
        kase.id,
        new Date(kase.createdAt).toISOString(),
        'person_added',
        JSON.stringify({ personId: p.personId, role: 'supporter' }),
      );
      events += 1;
    }
    const reached = STEPS.indexOf(kase.status);
    const span = Math.max(kase.lastActivityAt - kase.createdAt, DAY_MS);
    for (let step = 1; step <= reached; step += 1) {
      const to = STEPS[step]!;
      const at = kase.createdAt + (span * step) / Math.max(reached, 1);
      const reason = to === 'closed' ? (random() < 0.6 ? 'completed' : 'declined') : null;
      insert.run(
        seededId(random),
        kase.id,
        new Date(at).toISOString(),
        'status',
        JSON.stringify({ from: STEPS[step - 1], to, reason }),
      );
      events += 1;
    }
  }
  return events;
}

function addPeople(db: Db, random: Random, cases: readonly SeededCase[], wanted: number): number {
  const have = (db.prepare('SELECT count(*) AS n FROM people').get() as { n: number }).n;
  const person = db.prepare(
    `INSERT INTO people (id, preferred_name, full_name, age_band, created_at, updated_at) VALUES (?, ?, ?, 'adult', ?, ?)`,
  );
  const participant = db.prepare(
    `INSERT INTO participants (id, case_id, person_id, role, organisation, added_at) VALUES (?, ?, ?, 'family_member', '', ?)`,
  );
  for (let i = have; i < wanted; i += 1) {
    const kase = pick(random, cases);
    const id = seededId(random);
    const first = pick(random, FIRST_NAMES);
    const at = new Date(kase.createdAt).toISOString();
    person.run(id, first, `${first} ${pick(random, SURNAMES)}`, at, at);
    const participantId = seededId(random);
    participant.run(participantId, kase.id, id, at);
    kase.participants.push({ id: participantId, personId: id, firstName: first });
  }
  return Math.max(wanted, have);
}

function addPreparation(db: Db, random: Random, cases: readonly SeededCase[], count: number) {
  const meeting = db.prepare(
    `INSERT INTO meetings (id, case_id, kind, title, starts_at, place, created_at) VALUES (?, ?, 'preparation', '', ?, ?, ?)`,
  );
  const record = db.prepare(
    `INSERT INTO preparation_records (id, case_id, participant_id, meeting_id, present, checklist, said_not_willing, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)`,
  );
  const made: { caseId: string; startsAt: string }[] = [];
  const prepared = cases.filter((c) => c.status !== 'referral' && c.status !== 'assessment');
  for (let i = 0; i < count; i += 1) {
    const kase = pick(random, prepared);
    const who = pick(random, kase.participants);
    // Preparation happens in the case's first weeks, always before its last activity.
    const at =
      kase.createdAt +
      random() * Math.max(Math.min(kase.lastActivityAt - kase.createdAt, 40 * DAY_MS), DAY_MS);
    const date = new Date(Math.min(at, kase.lastActivityAt));
    date.setHours(9 + Math.floor(random() * 8), 0, 0, 0);
    const startsAt = localMinute(date);
    const meetingId = seededId(random);
    const stamp = date.toISOString();
    meeting.run(
      meetingId,
      kase.id,
      startsAt,
      pick(random, ['Family home', 'School, Room 4', 'Online']),
      stamp,
    );
    record.run(
      seededId(random),
      kase.id,
      who.id,
      meetingId,
      `${who.firstName} and a supporter`,
      JSON.stringify(CHECKLIST),
      stamp,
      stamp,
    );
    made.push({ caseId: kase.id, startsAt });
  }
  return made;
}

function addAgreements(db: Db, random: Random, cases: readonly SeededCase[], size: BigServiceSize) {
  const plan = db.prepare(
    `INSERT OR REPLACE INTO conference_plans (case_id, starts_at, venue, room, invited, speaking_order, run_sheet, status, confirmed_at, updated_at)
     VALUES (?, ?, 'Community centre', 'Hall', ?, ?, ?, 'confirmed', ?, ?)`,
  );
  const version = db.prepare(
    `INSERT INTO agreement_versions (id, case_id, version, status, body, agreed_at, created_at, updated_at)
     VALUES (?, ?, 1, ?, ?, ?, ?, ?)`,
  );
  const update = db.prepare(
    `INSERT INTO action_updates (id, case_id, action_id, status, on_date, note, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const review = db.prepare(
    `INSERT INTO agreement_reviews (id, case_id, version_id, held_on, attendees, notes, outcome, recorded_at)
     VALUES (?, ?, ?, ?, 'Everyone', ?, ?, ?)`,
  );
  const event = db.prepare('INSERT INTO case_events (id, case_id, at, kind, detail) VALUES (?, ?, ?, ?, ?)');
  const eligible = cases.filter((c) => ['conference', 'follow_up', 'closed'].includes(c.status));
  const chosen = [...eligible].sort(() => random() - 0.5).slice(0, size.agreements);
  const nowMs = size.now.getTime();
  const made: BigServiceWorld['agreements'] = [];
  for (const kase of chosen) {
    const heldMs = Math.min(
      kase.createdAt + (20 + random() * 40) * DAY_MS,
      kase.lastActivityAt,
      nowMs - DAY_MS,
    );
    const held = new Date(heldMs);
    held.setHours(10, 0, 0, 0);
    const agreedAt = held.toISOString();
    const ids = kase.participants.map((p) => p.id);
    plan.run(
      kase.id,
      localMinute(held),
      JSON.stringify(ids),
      JSON.stringify(ids),
      runSheet(random),
      agreedAt,
      agreedAt,
    );
    const closed = kase.status === 'closed';
    const actions = Array.from({ length: size.actionsPerAgreement }, (_, i) => ({
      id: seededId(random),
      what: inventedText(random, 140),
      whoParticipantId: pick(random, ids),
      whoText: '',
      forParticipantId: null,
      // Open cases' actions fall due around now (Today's "actions due"); closed ones long ago.
      byWhen: isoDay(closed ? heldMs + (14 + i * 7) * DAY_MS : nowMs + (random() * 24 - 12) * DAY_MS),
      howChecked: inventedText(random, 80),
      checkedBy: 'The facilitator',
      ifNotDone: inventedText(random, 60),
      meetsBottomLines: [],
      fromDraftId: null,
    }));
    const versionId = seededId(random);
    const body = {
      statement: inventedText(random, 300),
      place: 'Community centre',
      actions,
      reviewDate: isoDay(heldMs + 90 * DAY_MS),
      copiesTo: 'Everyone who signs',
      signers: ids.map((participantId) => ({ participantId, choice: 'signs' })),
    };
    version.run(
      versionId,
      kase.id,
      closed ? 'closed' : 'agreed',
      JSON.stringify(body),
      agreedAt,
      agreedAt,
      agreedAt,
    );
    event.run(
      seededId(random),
      kase.id,
      agreedAt,
      'conference_confirmed',
      JSON.stringify({ override: false }),
    );
    event.run(seededId(random), kase.id, agreedAt, 'agreement_agreed', JSON.stringify({ version: 1 }));
    let reviewedOn: string | null = null;
    if (closed) {
      for (const a of actions) {
        update.run(seededId(random), kase.id, a.id, 'in_progress', a.byWhen!, '', agreedAt);
        update.run(
          seededId(random),
          kase.id,
          a.id,
          random() < 0.8 ? 'done' : 'not_done',
          a.byWhen!,
          inventedText(random, 60),
          agreedAt,
        );
      }
      reviewedOn = isoDay(Math.min(heldMs + 90 * DAY_MS, kase.lastActivityAt));
      review.run(
        seededId(random),
        kase.id,
        versionId,
        reviewedOn,
        inventedText(random, 200),
        random() < 0.7 ? 'completed' : 'partly_completed',
        agreedAt,
      );
    }
    made.push({ caseId: kase.id, agreedOn: agreedAt.slice(0, 10), reviewedOn });
  }
  return made;
}

function addMaps(db: Db, random: Random, cases: readonly SeededCase[], count: number) {
  const insert = db.prepare(
    `INSERT INTO relationship_maps (id, case_id, kind, title, document, created_at, updated_at) VALUES (?, ?, 'ecomap', ?, ?, ?, ?)`,
  );
  const document = JSON.stringify(autoLayout('ecomap', syntheticEcomap(12, 18)));
  const made: BigServiceWorld['maps'] = [];
  for (let i = 0; i < count; i += 1) {
    const kase = pick(random, cases);
    const id = seededId(random);
    const at = new Date(kase.createdAt).toISOString();
    insert.run(id, kase.id, `Ecomap ${i + 1}`, document, at, at);
    made.push({ caseId: kase.id, mapId: id });
  }
  return made;
}

/** Fills an empty, migrated vault; takes about two minutes on the bench machine. */
export function seedBigService(db: Db, size: BigServiceSize): BigServiceWorld {
  const base = seedSubjectAccessWorld(db, size);
  const random = seededRandom(size.seed + 15);
  const cases = base.world.cases;
  return db.transaction(() => {
    const people = addPeople(db, random, cases, size.people);
    writeTimelines(db, random, cases);
    const preparation = addPreparation(db, random, cases, size.preparationMeetings);
    const agreements = addAgreements(db, random, cases, size);
    const maps = addMaps(db, random, cases, size.maps);
    const meetings = [
      ...cases.flatMap((c) => c.meetingTimes.map((startsAt) => ({ caseId: c.id, startsAt }))),
      ...preparation,
    ];
    return {
      ...base,
      people,
      preparationMeetings: preparation.length,
      agreements,
      maps,
      meetings,
    };
  })();
}
