import type { Db as Database } from '../sqlite';
import { initial } from './001-initial';
import { casesPeopleNotes } from './002-cases-people-notes';
import { conferencePlanning } from './003-conference-planning';
import { agreements } from './004-agreements';
import { relationshipMaps } from './005-relationship-maps';
import { safeguardingSeams } from './006-safeguarding-seams';
import { subjectAccessIndexes } from './007-subject-access-indexes';
import { searchFoldedIndex } from './008-search-folded-index';
import { backups } from './009-backups';
import { caseloadIndexes } from './010-caseload-indexes';
import type { Migration } from './types';

/** Every migration in order. Append only: a released migration is never edited. */
export const migrations: readonly Migration[] = [
  initial,
  casesPeopleNotes,
  conferencePlanning,
  agreements,
  relationshipMaps,
  safeguardingSeams,
  subjectAccessIndexes,
  searchFoldedIndex,
  backups,
  caseloadIndexes,
];

export const LATEST_SCHEMA_VERSION = migrations[migrations.length - 1]!.version;

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Brings the schema up to date; each step is its own transaction. */
export function migrate(db: Database, steps: readonly Migration[] = migrations): void {
  const current = schemaVersion(db);
  for (const step of steps) {
    if (step.version <= current) continue;
    db.transaction(() => {
      step.up(db);
      db.pragma(`user_version = ${step.version}`);
    })();
  }
}
