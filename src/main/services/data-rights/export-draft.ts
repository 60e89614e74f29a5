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
import { getDraft, saveDraft } from '../drafts';

const draftKey = (personId: string) => `subject-access-review:${personId}`;

const storedDraft = z.object({
  otherNames: z.array(z.string()),
  decisions: z.array(draftDecisionSchema),
});

const nothingYet: ExportDraft = { otherNames: [], decisions: [], savedAt: null };

export function getExportDraft(ctx: ServiceContext, personId: string): ExportDraft {
  getPerson(ctx, personId);
  const row = getDraft(ctx, draftKey(personId));
  if (!row) return nothingYet;
  // Written by saveExportDraft from validated input; read back through a schema anyway.
  let body: unknown;
  try {
    body = JSON.parse(row.body);
  } catch {
    return nothingYet;
  }
  const parsed = storedDraft.safeParse(body);
  return parsed.success ? { ...parsed.data, savedAt: row.savedAt } : nothingYet;
}

export function saveExportDraft(
  ctx: ServiceContext,
  personId: string,
  otherNames: readonly string[],
  decisions: readonly PassageDecision[],
): { savedAt: string } {
  getPerson(ctx, personId);
  return saveDraft(ctx, draftKey(personId), JSON.stringify({ otherNames, decisions }), personId);
}
