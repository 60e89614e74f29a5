/**
 * The facilitator's review of an export, kept in the vault as they make it (the other names
 * confirmed and a decision per passage), so leaving the page, locking or a crash loses none
 * of it. It is a kept draft like any unfinished form's (form_drafts, by person, so erasing
 * the person removes it), and holds ids and offsets only: never a passage's text.
 */
import { z } from 'zod';
import {
  draftDecisionSchema,
  type ExportDraft,
  type PassageDecision,
} from '../../../shared/schemas/data-rights';
import { getPerson, type ServiceContext } from '../core';

const draftKey = (personId: string) => `subject-access-review:${personId}`;

const storedDraft = z.object({
  otherNames: z.array(z.string()),
  decisions: z.array(draftDecisionSchema),
});

const nothingYet: ExportDraft = { otherNames: [], decisions: [], savedAt: null };

export function getExportDraft(ctx: ServiceContext, personId: string): ExportDraft {
  getPerson(ctx, personId);
  const row = ctx.db
    .prepare('SELECT body, saved_at FROM form_drafts WHERE key = ?')
    .get(draftKey(personId)) as { body: string; saved_at: string } | undefined;
  if (!row) return nothingYet;
  // Written by saveExportDraft from validated input; read back through a schema anyway.
  let body: unknown;
  try {
    body = JSON.parse(row.body);
  } catch {
    return nothingYet;
  }
  const parsed = storedDraft.safeParse(body);
  return parsed.success ? { ...parsed.data, savedAt: row.saved_at } : nothingYet;
}

export function saveExportDraft(
  ctx: ServiceContext,
  personId: string,
  otherNames: readonly string[],
  decisions: readonly PassageDecision[],
): { savedAt: string } {
  getPerson(ctx, personId);
  const savedAt = ctx.now().toISOString();
  ctx.db
    .prepare(
      `INSERT INTO form_drafts (key, case_id, person_id, body, saved_at) VALUES (?, NULL, ?, ?, ?)
       ON CONFLICT(key) DO UPDATE SET body = excluded.body, saved_at = excluded.saved_at`,
    )
    .run(draftKey(personId), personId, JSON.stringify({ otherNames, decisions }), savedAt);
  return { savedAt };
}
