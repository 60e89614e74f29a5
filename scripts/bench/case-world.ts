/**
 * An invented caseload for the search and case-list suites: cases over four years with
 * participants (about four each; professionals shared between cases, as in real use),
 * meetings (past ones, and upcoming ones for open cases), consent records (a few withdrawn),
 * risk flags and the "created" timeline event. Written with direct SQL in one transaction
 * (the services commit, and sync to disk, once per record); the columns and codes are the
 * ones the services write, and each suite checks what the real services read back from it.
 */
import {
  acknowledgements,
  caseSettings,
  closureReasons,
  processTypes,
  referralSources,
  riskCategories,
  riskLevels,
  type CaseSetting,
  type CaseStatus,
  type ProcessType,
} from '../../src/shared/domain/case-model';
import { localMinute } from '../../src/main/services/core';
import type { Db } from '../../src/main/vault/sqlite';
import { FIRST_NAMES, SURNAMES, WordSampler, prose, vocabulary } from './corpus';
import { seededId, seededRandom } from './fixtures';

const DAY_MS = 86_400_000;
const YEARS = 4;
const SHARED_PROFESSIONALS = 150;

export interface SeededParticipant {
  id: string;
  personId: string;
  firstName: string;
}

export interface SeededCase {
  id: string;
  reference: string;
  status: CaseStatus;
  archived: boolean;
  createdAt: number;
  lastActivityAt: number;
  participants: SeededParticipant[];
  meetingIds: string[];
  /** Local "YYYY-MM-DDTHH:MM", as stored. */
  meetingTimes: string[];
  withdrawnConsents: number;
}

export interface CaseWorld {
  cases: SeededCase[];
  counts: { people: number; participants: number; meetings: number; consents: number; riskFlags: number };
}

export interface CaseWorldOptions {
  cases: number;
  seed: number;
  /** The clock the services will be given: meetings and activity are placed around it. */
  now: Date;
}

type Random = () => number;

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function keys<T extends Record<string, string>>(labels: T): (keyof T & string)[] {
  return Object.keys(labels) as (keyof T & string)[];
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const iso = (ms: number) => new Date(ms).toISOString();

/** Meetings are stored as local wall-clock minutes, like the app's date-time picker gives. */
function meetingTime(random: Random, dayMs: number): string {
  const date = new Date(dayMs);
  date.setHours(9 + Math.floor(random() * 8), random() < 0.5 ? 0 : 30, 0, 0);
  return localMinute(date);
}

const INCIDENTS = [
  'argument',
  'fight',
  'damage to property',
  'online messages',
  'bullying',
  'noise complaint',
  'graffiti',
  'theft',
  'falling out',
  'threats',
  'exclusion from group',
  'racist remarks',
];
const PLACES: Record<CaseSetting, readonly string[]> = {
  school: [
    'on the playground',
    'in the canteen',
    'in Year 9 science',
    'on the school bus',
    'in the corridor',
  ],
  care_home: ['in the lounge', 'at mealtimes', 'between residents', 'on the night shift'],
  youth_justice: ['at the shop', 'at the bus station', 'in the park', 'outside the youth club'],
  family: ['at home', 'between siblings', 'over the holidays', 'after the separation'],
  workplace: ['in the warehouse', 'in the office', 'on the late shift', 'in the team meeting'],
  community: ['over the garden fence', 'on the estate', 'at the allotments', 'about parking'],
  other: ['at the football club', 'at the church hall', 'online'],
};

/** Status by age: most cases older than four months are closed; recent ones spread over the pipeline. */
function statusFor(random: Random, ageDays: number): CaseStatus {
  if (ageDays > 120 && random() < 0.92) return 'closed';
  return pick(random, [
    'referral',
    'assessment',
    'preparation',
    'preparation',
    'conference',
    'follow_up',
    'closed',
  ]);
}

function ageBandFor(random: Random, setting: CaseSetting): string | null {
  if (setting === 'school') return random() < 0.2 ? 'under_11' : random() < 0.8 ? '11_to_15' : '16_to_17';
  if (setting === 'youth_justice') return random() < 0.6 ? '11_to_15' : '16_to_17';
  if (setting === 'family') return pick(random, ['under_11', '11_to_15', 'adult', null]);
  return 'adult';
}

function seed(db: Db, options: CaseWorldOptions): CaseWorld {
  const random = seededRandom(options.seed);
  const sampler = new WordSampler(vocabulary(options.seed));
  const nowMs = options.now.getTime();
  const counts = { people: 0, participants: 0, meetings: 0, consents: 0, riskFlags: 0 };

  const insertCase = db.prepare(
    `INSERT INTO cases (id, reference, title, process_type, setting, status, closure_reason, closure_detail,
       referral_date, referrer, referral_source, referral_summary, acknowledged, archived_at, created_at,
       updated_at, last_activity_at)
     VALUES (@id, @reference, @title, @processType, @setting, @status, @closureReason, @closureDetail,
       @referralDate, @referrer, @referralSource, @summary, @acknowledged, @archivedAt, @createdAt,
       @lastActivityAt, @lastActivityAt)`,
  );
  const insertPerson = db.prepare(
    `INSERT INTO people (id, preferred_name, full_name, pronouns, age_band, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertParticipant = db.prepare(
    `INSERT INTO participants (id, case_id, person_id, role, supports_id, organisation, added_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertMeeting = db.prepare(
    `INSERT INTO meetings (id, case_id, kind, title, starts_at, place, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertConsent = db.prepare(
    `INSERT INTO consents (id, case_id, person_id, kind, decision, method, on_behalf_by, decided_on,
       withdrawn_on, withdrawal_reason, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertRisk = db.prepare(
    `INSERT INTO risk_flags (id, case_id, person_id, category, detail, level, mitigations, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertEvent = db.prepare(
    'INSERT INTO case_events (id, case_id, at, kind, detail) VALUES (?, ?, ?, ?, ?)',
  );

  const newPerson = (setting: CaseSetting, createdAt: number, adult = false) => {
    const id = seededId(random);
    const firstName = pick(random, FIRST_NAMES);
    const pronouns = pick(random, ['', '', 'she/her', 'he/him', 'they/them']);
    const at = iso(createdAt);
    insertPerson.run(
      id,
      firstName,
      `${firstName} ${pick(random, SURNAMES)}`,
      pronouns,
      adult ? 'adult' : ageBandFor(random, setting),
      at,
      at,
    );
    counts.people += 1;
    return { id, firstName };
  };

  const startMs = nowMs - YEARS * 365 * DAY_MS;
  const professionals = Array.from({ length: SHARED_PROFESSIONALS }, () =>
    newPerson('workplace', startMs, true),
  );
  const sequence = new Map<number, number>();
  const cases: SeededCase[] = [];

  for (let i = 0; i < options.cases; i += 1) {
    // Evenly spread over the years, oldest first, so references rise with time.
    const createdAt = startMs + ((i + random()) / options.cases) * (nowMs - startMs - DAY_MS);
    const ageDays = (nowMs - createdAt) / DAY_MS;
    const year = new Date(createdAt).getFullYear();
    const n = (sequence.get(year) ?? 0) + 1;
    sequence.set(year, n);
    const id = seededId(random);
    const reference = `RW-${year}-${String(n).padStart(4, '0')}`;
    const setting = pick(random, keys(caseSettings));
    const processType: ProcessType = pick(random, keys(processTypes));
    const status = statusFor(random, ageDays);
    const closed = status === 'closed';
    const closureReason = closed ? (random() < 0.6 ? 'completed' : pick(random, keys(closureReasons))) : null;
    const lastActivityAt = closed
      ? Math.min(createdAt + (10 + random() * 110) * DAY_MS, nowMs - DAY_MS)
      : nowMs - random() * 30 * DAY_MS;
    const archived = closed && ageDays > 365 && random() < 0.6;

    const participants: SeededParticipant[] = [];
    const addParticipant = (
      person: { id: string; firstName: string },
      role: string,
      supportsId: string | null,
      organisation: string,
    ) => {
      const participantId = seededId(random);
      insertParticipant.run(participantId, id, person.id, role, supportsId, organisation, iso(createdAt));
      participants.push({ id: participantId, personId: person.id, firstName: person.firstName });
      counts.participants += 1;
      return participantId;
    };
    const harmed = newPerson(setting, createdAt);
    const responsible = newPerson(setting, createdAt);
    const names = [harmed.firstName, responsible.firstName];

    insertCase.run({
      id,
      reference,
      title: `${pick(random, INCIDENTS)} ${pick(random, PLACES[setting])}`.replace(/^./, (c) =>
        c.toUpperCase(),
      ),
      processType,
      setting,
      status,
      closureReason,
      closureDetail: closureReason === 'other' ? 'Moved away before the conference.' : null,
      referralDate: isoDay(createdAt),
      referrer: random() < 0.5 ? `${pick(random, FIRST_NAMES)} ${pick(random, SURNAMES)}` : '',
      referralSource: pick(random, keys(referralSources)),
      summary: prose(random, sampler, 120 + Math.floor(random() * 180), names),
      acknowledged: pick(random, keys(acknowledgements)),
      archivedAt: archived ? iso(lastActivityAt + 30 * DAY_MS) : null,
      createdAt: iso(createdAt),
      lastActivityAt: iso(lastActivityAt),
    });
    insertEvent.run(seededId(random), id, iso(createdAt), 'created', JSON.stringify({ processType }));

    const harmedId = addParticipant(harmed, 'harmed', null, '');
    const responsibleId = addParticipant(responsible, 'responsible', null, '');
    const supported = random() < 0.5 ? harmedId : responsibleId;
    addParticipant(newPerson(setting, createdAt, true), 'supporter', supported, '');
    if (random() < 0.7) addParticipant(pick(random, professionals), 'professional', null, 'Local services');
    if (random() < 0.3) addParticipant(newPerson(setting, createdAt, true), 'family_member', null, '');

    let withdrawnConsents = 0;
    // Consent from the two main parties once the case is past referral; a few withdrawn.
    if (status !== 'referral') {
      for (const person of [harmed, responsible]) {
        for (const kind of ['take_part', 'share_information'] as const) {
          if (kind === 'share_information' && random() < 0.3) continue;
          const decidedAt = createdAt + (2 + random() * 10) * DAY_MS;
          const withdrawn = kind === 'take_part' && random() < 0.03;
          if (withdrawn) withdrawnConsents += 1;
          const onBehalf = random() < 0.2;
          insertConsent.run(
            seededId(random),
            id,
            person.id,
            kind,
            random() < 0.93 ? 'given' : 'declined',
            onBehalf ? 'on_behalf' : pick(random, ['written', 'verbal']),
            onBehalf ? 'Parent' : '',
            isoDay(decidedAt),
            withdrawn ? isoDay(Math.min(decidedAt + 14 * DAY_MS, nowMs)) : null,
            withdrawn ? 'Changed their mind about meeting.' : '',
            iso(decidedAt),
          );
          counts.consents += 1;
        }
      }
    }

    // Past meetings along the case's life; open cases past assessment have one coming up.
    const meetingIds: string[] = [];
    const meetingTimes: string[] = [];
    const addMeeting = (startsMs: number, kind: string) => {
      const meetingId = seededId(random);
      const startsAt = meetingTime(random, startsMs);
      insertMeeting.run(
        meetingId,
        id,
        kind,
        '',
        startsAt,
        pick(random, ['', 'Room 4', 'Online']),
        iso(createdAt),
      );
      meetingIds.push(meetingId);
      meetingTimes.push(startsAt);
      counts.meetings += 1;
    };
    const pastMeetings = Math.floor(random() * 3) + (closed ? 1 : 0);
    for (let m = 0; m < pastMeetings; m += 1) {
      addMeeting(createdAt + random() * Math.max(lastActivityAt - createdAt, DAY_MS), 'preparation');
    }
    if (!closed && status !== 'referral') {
      addMeeting(
        nowMs + (1 + random() * 20) * DAY_MS,
        status === 'conference' ? 'conference' : 'preparation',
      );
    }

    if (random() < 0.1) {
      insertRisk.run(
        seededId(random),
        id,
        random() < 0.5 ? responsible.id : null,
        pick(random, keys(riskCategories)),
        '',
        pick(random, keys(riskLevels)),
        '',
        iso(createdAt),
        iso(createdAt),
      );
      counts.riskFlags += 1;
    }

    cases.push({
      id,
      reference,
      status,
      archived,
      createdAt,
      lastActivityAt,
      participants,
      meetingIds,
      meetingTimes,
      withdrawnConsents,
    });
  }
  return { cases, counts };
}

/** Writes the caseload into an empty, migrated vault, in one transaction. */
export function seedCaseWorld(db: Db, options: CaseWorldOptions): CaseWorld {
  return db.transaction(() => seed(db, options))();
}
