/**
 * The facilitator's review of an export, kept in the vault as they make it (the other names
 * confirmed and a decision per passage), so leaving the page, locking or a crash loses none
 * of it. Ids and offsets only: never a passage's text. Erasing the person removes it.
 */
import {
  exportDraftSchema,
  type ExportDraft,
  type PassageDecision,
} from '../../../shared/schemas/data-rights';
import { getPerson, type ServiceContext } from '../core';

export function getExportDraft(ctx: ServiceContext, personId: string): ExportDraft {
  getPerson(ctx, personId);
  const row = ctx.db
    .prepare('SELECT other_names, decisions, saved_at FROM subject_access_reviews WHERE person_id = ?')
    .get(personId) as { other_names: string; decisions: string; saved_at: string } | undefined;
  if (!row) return { otherNames: [], decisions: [], savedAt: null };
  // Written by saveExportDraft from validated input; read back through the same schema anyway.
  const parsed = exportDraftSchema.safeParse({
    otherNames: JSON.parse(row.other_names) as unknown,
    decisions: JSON.parse(row.decisions) as unknown,
    savedAt: row.saved_at,
  });
  return parsed.success ? parsed.data : { otherNames: [], decisions: [], savedAt: null };
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
      `INSERT INTO subject_access_reviews (person_id, other_names, decisions, saved_at) VALUES (?, ?, ?, ?)
       ON CONFLICT(person_id) DO UPDATE SET other_names = excluded.other_names,
         decisions = excluded.decisions, saved_at = excluded.saved_at`,
    )
    .run(personId, JSON.stringify(otherNames), JSON.stringify(decisions), savedAt);
  return { savedAt };
}
