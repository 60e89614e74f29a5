/**
 * A service-sized vault for the subject-access suite: the case-list caseload (case-world.ts)
 * with about 40 notes of ~1 KB per case (paragraphs of corpus prose opening with the case's
 * first names, some about one person, some meeting notes with speakers) and their revisions,
 * then a few "subjects": people each in 30 cases, with notes about them, meeting notes where
 * they speak, and other notes naming them in full. Their first names are common ones, shared
 * with many people in cases they are not in. Written by SQL in the services' columns, as the
 * other suites do; the speaker table is kept by its real triggers, and the notes' folded search
 * index is built in one rebuild after the inserts (the same index the connection's triggers
 * would keep, in a fraction of the time), then those triggers are put back.
 */
import { prepareSearchIndex } from '../../src/main/vault/search-index';
import type { Db } from '../../src/main/vault/sqlite';
import { seedCaseWorld, type CaseWorld, type SeededCase } from './case-world';
import { SURNAMES, WordSampler, prose, vocabulary } from './corpus';
import { seededId, seededRandom } from './fixtures';

export interface Subject {
  personId: string;
  firstName: string;
  fullName: string;
  caseIds: string[];
  /** What the vault holds about them, to check the export against. */
  notesAbout: number;
  meetingNotes: number;
  /** Paragraphs and meeting lines of other notes that name them in full. */
  mentions: number;
}

export interface SubjectAccessWorld {
  world: CaseWorld;
  subjects: Subject[];
  notes: number;
  revisions: number;
}

export interface WorldSize {
  cases: number;
  notesPerCase: number;
  subjects: number;
  casesPerSubject: number;
  seed: number;
  now: Date;
}

/** Common first names of the corpus: hundreds of other people in the vault share each one. */
const SUBJECT_FIRST_NAMES = ['Priya', 'Sam', 'Leo', 'Maya'];
const BATCH = 5_000;
/** The app connection's triggers that fold a note into the index as it is written. */
const FOLD_TRIGGERS = ['note_search_fold_new', 'note_search_fold_changed'];

type Random = () => number;

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

class NoteWriter {
  notes = 0;
  revisions = 0;
  private readonly insertNote;
  private readonly insertRevision;

  constructor(
    db: Db,
    private readonly random: Random,
  ) {
    this.insertNote = db.prepare(
      `INSERT INTO notes (id, case_id, person_id, meeting_id, title, kind, body, speakers, created_at, updated_at)
       VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?, ?)`,
    );
    this.insertRevision = db.prepare(
      'INSERT INTO note_revisions (id, note_id, title, body, started_at, saved_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
  }

  write(
    kase: SeededCase,
    note: {
      personId: string | null;
      title: string;
      kind: 'text' | 'meeting';
      body: string;
      speakers: unknown[];
    },
  ): void {
    const id = seededId(this.random);
    const at = new Date(
      kase.createdAt + this.random() * Math.max(kase.lastActivityAt - kase.createdAt, 1),
    ).toISOString();
    this.insertNote.run(
      id,
      kase.id,
      note.personId,
      note.title,
      note.kind,
      note.body,
      JSON.stringify(note.speakers),
      at,
      at,
    );
    // saveNote keeps a revision of every spell of writing: one always, sometimes an earlier one.
    if (this.random() < 0.3) {
      this.insertRevision.run(
        seededId(this.random),
        id,
        note.title,
        note.body.slice(0, note.body.length >> 1),
        at,
        at,
      );
      this.revisions += 1;
    }
    this.insertRevision.run(seededId(this.random), id, note.title, note.body, at, at);
    this.revisions += 1;
    this.notes += 1;
  }
}

const speaker = (key: string, personId: string, name: string) => ({ key, personId, name, colour: '#1d6fb8' });

function paragraphs(random: Random, sampler: WordSampler, names: readonly string[], count: number): string[] {
  return Array.from({ length: count }, () => prose(random, sampler, 280 + Math.floor(random() * 120), names));
}

function meetingBody(
  random: Random,
  sampler: WordSampler,
  keys: readonly string[],
  names: readonly string[],
) {
  return Array.from(
    { length: 8 },
    (_, i) =>
      `@${keys[i % keys.length]!} 10:${String(10 + i).padStart(2, '0')} — ${prose(random, sampler, 90, names)}`,
  ).join('\n');
}

export function seedSubjectAccessWorld(db: Db, size: WorldSize): SubjectAccessWorld {
  // The connection folds each note into the index as it is written (search-index.ts's
  // temporary triggers); for 200,000 notes one rebuild afterwards is much quicker, and gives
  // the same index, as the first unlock after a folding change would build it.
  for (const trigger of FOLD_TRIGGERS) db.exec(`DROP TRIGGER IF EXISTS temp.${trigger}`);
  try {
    return seedNotes(db, size);
  } finally {
    db.prepare('UPDATE search_state SET fold_version = 0').run();
    prepareSearchIndex(db);
  }
}

function seedNotes(db: Db, size: WorldSize): SubjectAccessWorld {
  const world = seedCaseWorld(db, { cases: size.cases, seed: size.seed, now: size.now });
  const random = seededRandom(size.seed + 7);
  const sampler = new WordSampler(vocabulary(size.seed));
  const writer = new NoteWriter(db, random);

  const caseNote = (kase: SeededCase) => {
    const names = kase.participants.map((p) => p.firstName);
    if (random() < 0.1 && kase.participants.length >= 2) {
      const [a, b] = kase.participants as [SeededCase['participants'][0], SeededCase['participants'][0]];
      writer.write(kase, {
        personId: null,
        title: 'Conference notes',
        kind: 'meeting',
        body: meetingBody(random, sampler, ['a', 'b'], names),
        speakers: [speaker('a', a.personId, a.firstName), speaker('b', b.personId, b.firstName)],
      });
      return;
    }
    const about = random() < 0.4 ? pick(random, kase.participants) : null;
    writer.write(kase, {
      personId: about?.personId ?? null,
      title: about ? `Preparation meeting with ${about.firstName}` : '',
      kind: 'text',
      body: paragraphs(random, sampler, names, 3).join('\n\n'),
      speakers: [],
    });
  };

  const subjectNotesPerCase = 5;
  const total = size.cases * size.notesPerCase - size.subjects * size.casesPerSubject * subjectNotesPerCase;
  const batch = db.transaction((count: number) => {
    for (let i = 0; i < count; i += 1) caseNote(pick(random, world.cases));
  });
  for (let done = 0; done < total; done += BATCH) batch(Math.min(BATCH, total - done));

  const insertPerson = db.prepare(
    `INSERT INTO people (id, preferred_name, full_name, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`,
  );
  const insertParticipant = db.prepare(
    `INSERT INTO participants (id, case_id, person_id, role, organisation, added_at) VALUES (?, ?, ?, 'professional', 'Local services', ?)`,
  );
  const subjects = db.transaction(() =>
    Array.from({ length: size.subjects }, (_, s) => {
      const firstName = SUBJECT_FIRST_NAMES[s % SUBJECT_FIRST_NAMES.length]!;
      const fullName = `${firstName} ${SURNAMES[(s * 17 + 5) % SURNAMES.length]}-Ashby`;
      const personId = seededId(random);
      const at = size.now.toISOString();
      insertPerson.run(personId, firstName, fullName, at, at);
      const chosen = new Set<SeededCase>();
      while (chosen.size < size.casesPerSubject) chosen.add(pick(random, world.cases));
      const subject: Subject = {
        personId,
        firstName,
        fullName,
        caseIds: [],
        notesAbout: 0,
        meetingNotes: 0,
        mentions: 0,
      };
      for (const kase of chosen) {
        insertParticipant.run(seededId(random), kase.id, personId, at);
        subject.caseIds.push(kase.id);
        const names = kase.participants.map((p) => p.firstName);
        for (let n = 0; n < 2; n += 1) {
          writer.write(kase, {
            personId,
            title: `Visit with ${firstName}`,
            kind: 'text',
            body: paragraphs(random, sampler, [firstName, ...names], 3).join('\n\n'),
            speakers: [],
          });
          subject.notesAbout += 1;
          // Another note of the case names them in full in one of its paragraphs.
          const text = paragraphs(random, sampler, names, 3);
          text[1] = `${text[1]} ${fullName} was there too.`;
          writer.write(kase, {
            personId: null,
            title: '',
            kind: 'text',
            body: text.join('\n\n'),
            speakers: [],
          });
          subject.mentions += 1;
        }
        const other = kase.participants[0]!;
        const lines = meetingBody(random, sampler, ['a', 'b'], names).split('\n');
        lines[1] = `${lines[1]} Thank you, ${fullName}.`;
        writer.write(kase, {
          personId: null,
          title: 'Conference notes',
          kind: 'meeting',
          body: lines.join('\n'),
          speakers: [speaker('a', personId, firstName), speaker('b', other.personId, other.firstName)],
        });
        subject.meetingNotes += 1;
        subject.mentions += 1;
      }
      return subject;
    }),
  )();
  return { world, subjects, notes: writer.notes, revisions: writer.revisions };
}
