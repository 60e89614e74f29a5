/**
 * Script templates: the built-in ones, overlaid by the organisation's own edited versions.
 * Each save raises the version; a case's run sheet is a copy, so it keeps what it was planned
 * with whatever happens to the template later.
 */
import { builtInTemplates, type ScriptTemplate } from '../../../shared/domain/script-templates';
import { WorkbenchError } from '../../../shared/errors';
import type { ServiceContext } from '../core';

export function listTemplates(ctx: ServiceContext): (ScriptTemplate & { edited: boolean })[] {
  const rows = ctx.db.prepare('SELECT id, version, body FROM script_templates').all() as {
    id: string;
    version: number;
    body: string;
  }[];
  const edited = new Map(rows.map((r) => [r.id, r]));
  return builtInTemplates.map((t) => {
    const row = edited.get(t.id);
    if (!row) return { ...t, edited: false };
    try {
      const phases = JSON.parse(row.body) as ScriptTemplate['phases'];
      // "Edited" means the wording differs from the built-in one (a reset keeps its row and version).
      return {
        ...t,
        version: row.version,
        phases,
        edited: JSON.stringify(phases) !== JSON.stringify(t.phases),
      };
    } catch {
      return { ...t, edited: false };
    }
  });
}

export function effectiveTemplate(ctx: ServiceContext, id: string): ScriptTemplate | undefined {
  return listTemplates(ctx).find((t) => t.id === id);
}

export function saveTemplate(
  ctx: ServiceContext,
  id: string,
  phases: ScriptTemplate['phases'],
): ScriptTemplate & { edited: boolean } {
  const current = effectiveTemplate(ctx, id);
  if (!current)
    throw new WorkbenchError({ code: 'not_found', message: 'That script template does not exist.' });
  const ids = new Set<string>();
  for (const phase of phases) {
    if (ids.has(phase.id))
      throw new WorkbenchError({
        code: 'invalid_input',
        message: `Two parts of the script share the id "${phase.id}".`,
      });
    ids.add(phase.id);
  }
  ctx.db
    .prepare(
      `INSERT INTO script_templates (id, version, body, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT(id) DO UPDATE SET version = excluded.version, body = excluded.body, updated_at = excluded.updated_at`,
    )
    .run(id, current.version + 1, JSON.stringify(phases), ctx.now().toISOString());
  return effectiveTemplate(ctx, id) as ScriptTemplate & { edited: boolean };
}

/** Back to the built-in wording; the version still goes up, so run sheets can tell them apart. */
export function resetTemplate(ctx: ServiceContext, id: string): ScriptTemplate & { edited: boolean } {
  const builtIn = builtInTemplates.find((t) => t.id === id);
  if (!builtIn)
    throw new WorkbenchError({ code: 'not_found', message: 'That script template does not exist.' });
  return saveTemplate(ctx, id, builtIn.phases);
}
