/**
 * What every service function gets: the open database, a clock and an id source. Tests pass
 * fixed ones so results are deterministic; the app passes the real ones.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../../vault/sqlite';

export interface ServiceContext {
  db: Db;
  now(): Date;
  newId(): string;
}

export interface ContextSources {
  now?: () => Date;
  newId?: () => string;
}

export function serviceContext(db: Db, sources: ContextSources = {}): ServiceContext {
  return { db, now: sources.now ?? (() => new Date()), newId: sources.newId ?? randomUUID };
}

/** Escapes a user's text for a LIKE pattern (with ESCAPE '\'), so % and _ match themselves. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
