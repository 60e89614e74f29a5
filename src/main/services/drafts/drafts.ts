/**
 * Kept drafts of unfinished forms, inside the encrypted vault (never in the renderer across a
 * lock, never on disk in clear). Saved as typed, listed once after unlock, removed when the
 * form is sent or cancelled, and when the person a form is about is erased.
 */
import type { Draft } from '../../../shared/schemas/drafts';
import type { ServiceContext } from '../core';

export function listDrafts(ctx: ServiceContext): Draft[] {
  return (
    ctx.db.prepare('SELECT key, body, saved_at FROM form_drafts ORDER BY saved_at').all() as {
      key: string;
      body: string;
      saved_at: string;
    }[]
  ).map((r) => ({ key: r.key, body: r.body, savedAt: r.saved_at }));
}

/** Saves a draft; `personId` when it is about one person, so erasing them removes it. */
export function saveDraft(
  ctx: ServiceContext,
  key: string,
  body: string,
  personId: string | null = null,
): { savedAt: string } {
  const savedAt = ctx.now().toISOString();
  ctx.db
    .prepare(
      `INSERT INTO form_drafts (key, person_id, body, saved_at) VALUES (?, ?, ?, ?)
       ON CONFLICT(key) DO UPDATE SET body = excluded.body, saved_at = excluded.saved_at`,
    )
    .run(key, personId, body, savedAt);
  return { savedAt };
}

export function getDraft(ctx: ServiceContext, key: string): { body: string; savedAt: string } | null {
  const row = ctx.db.prepare('SELECT body, saved_at FROM form_drafts WHERE key = ?').get(key) as
    { body: string; saved_at: string } | undefined;
  return row ? { body: row.body, savedAt: row.saved_at } : null;
}

export function discardDraft(ctx: ServiceContext, key: string): { discarded: boolean } {
  return { discarded: ctx.db.prepare('DELETE FROM form_drafts WHERE key = ?').run(key).changes > 0 };
}

/** Drafts of forms about any of these records (a person, their part in each case). */
export function discardDraftsAbout(ctx: ServiceContext, ids: readonly string[]): number {
  let removed = 0;
  const remove = ctx.db.prepare('DELETE FROM form_drafts WHERE instr(key, ?) > 0');
  for (const id of ids) removed += remove.run(id).changes;
  return removed;
}
