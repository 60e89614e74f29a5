/**
 * Relationship maps of a case: create, list, read (with today's names and roles), autosave
 * (the whole document, or what changed since a version: map-changes.ts), rename, delete.
 * Snapshots and comparison are in snapshots.ts. A save is checked against the map rules first
 * and refused whole with the first problem in plain words, so a bad document never replaces a
 * good one.
 */
import type { z } from 'zod';
import type { Role } from '../../../shared/domain/case-model';
import {
  emptyDocument,
  REMOVED_PERSON_LABEL,
  type MapDocument,
  type MapKind,
  type ResolvedMapDocument,
} from '../../../shared/domain/relationship-map';
import { validateMapDocument } from '../../../shared/domain/relationship-map-validation';
import { WorkbenchError } from '../../../shared/errors';
import type {
  AvailablePerson,
  mapDocumentInput,
  MapSummary,
  MapView,
  SavedMap,
} from '../../../shared/schemas/maps';
import { touchCase, type ServiceContext } from '../core';
import { forgetStored, parseStored, readStored, rememberStored, storedJson } from './map-storage';

interface MapRow {
  id: string;
  case_id: string;
  kind: string;
  title: string;
  document: string;
  created_at: string;
  updated_at: string;
}

export interface StoredMap {
  summary: MapSummary;
  document: MapDocument;
  /** The version of the stored document (a digest of it): changes are made to one version. */
  revision: string;
}

function toStoredMap(ctx: ServiceContext, row: MapRow): StoredMap {
  const { document, revision } = readStored(ctx.db, row.id, row.document);
  const snapshots = ctx.db
    .prepare('SELECT count(*) AS n FROM map_snapshots WHERE map_id = ?')
    .get(row.id) as {
    n: number;
  };
  return {
    document,
    revision,
    summary: {
      id: row.id,
      caseId: row.case_id,
      kind: row.kind as MapKind,
      title: row.title,
      nodeCount: document.nodes.length,
      tieCount: document.ties.length,
      snapshotCount: snapshots.n,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    },
  };
}

export function loadMap(ctx: ServiceContext, mapId: string): StoredMap {
  const row = ctx.db.prepare('SELECT * FROM relationship_maps WHERE id = ?').get(mapId) as MapRow | undefined;
  if (!row) throw new WorkbenchError({ code: 'not_found', message: 'That map no longer exists.' });
  return toStoredMap(ctx, row);
}

/** Each person in the case with their roles, in the order the people tab shows them. */
function casePeople(ctx: ServiceContext, caseId: string): Map<string, { name: string; roles: Role[] }> {
  const rows = ctx.db
    .prepare(
      `SELECT h.id AS person_id, h.preferred_name AS name, p.role AS role
       FROM participants p JOIN people h ON h.id = p.person_id WHERE p.case_id = ?
       ORDER BY CASE p.role WHEN 'harmed' THEN 0 WHEN 'responsible' THEN 1 WHEN 'supporter' THEN 2 ELSE 3 END,
                h.preferred_name COLLATE NOCASE, h.id`,
    )
    .all(caseId) as { person_id: string; name: string; role: Role }[];
  const people = new Map<string, { name: string; roles: Role[] }>();
  for (const row of rows) {
    const entry = people.get(row.person_id) ?? { name: row.name, roles: [] };
    if (!entry.roles.includes(row.role)) entry.roles.push(row.role);
    people.set(row.person_id, entry);
  }
  return people;
}

/** Fills in names and roles: a case person's node shows their preferred name as it is today. */
export function resolveDocument(ctx: ServiceContext, caseId: string, doc: MapDocument): ResolvedMapDocument {
  const inCase = casePeople(ctx, caseId);
  const nameOfPerson = ctx.db.prepare('SELECT preferred_name AS name FROM people WHERE id = ?');
  return {
    ...doc,
    nodes: doc.nodes.map((node) => {
      if (node.personId === null) return { ...node, name: node.label, roles: [] };
      const person = inCase.get(node.personId);
      if (person) return { ...node, name: person.name, roles: [...person.roles] };
      // No longer in the case (removed from it) but still a person in the vault.
      const row = nameOfPerson.get(node.personId) as { name: string } | undefined;
      return { ...node, name: row?.name ?? REMOVED_PERSON_LABEL, roles: [] };
    }),
  };
}

export function mapView(ctx: ServiceContext, stored: StoredMap): MapView {
  const document = resolveDocument(ctx, stored.summary.caseId, stored.document);
  const onMap = new Set(stored.document.nodes.map((n) => n.personId));
  const availablePeople: AvailablePerson[] = [...casePeople(ctx, stored.summary.caseId)]
    .filter(([personId]) => !onMap.has(personId))
    .map(([personId, p]) => ({ personId, name: p.name, roles: p.roles }));
  return { map: stored.summary, document, availablePeople, revision: stored.revision };
}

export function listMaps(ctx: ServiceContext, caseId: string): MapSummary[] {
  const rows = ctx.db
    .prepare('SELECT * FROM relationship_maps WHERE case_id = ? ORDER BY created_at, id')
    .all(caseId) as MapRow[];
  return rows.map((row) => toStoredMap(ctx, row).summary);
}

export function createMap(
  ctx: ServiceContext,
  input: { caseId: string; kind: MapKind; title: string },
): MapView {
  if (!ctx.db.prepare('SELECT 1 FROM cases WHERE id = ?').get(input.caseId))
    throw new WorkbenchError({ code: 'not_found', message: 'That case no longer exists.' });
  const id = ctx.newId();
  const at = ctx.now().toISOString();
  ctx.db
    .prepare(
      `INSERT INTO relationship_maps (id, case_id, kind, title, document, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(id, input.caseId, input.kind, input.title, storedJson(emptyDocument()), at, at);
  touchCase(ctx, input.caseId, at);
  return mapView(ctx, loadMap(ctx, id));
}

export function getMap(ctx: ServiceContext, mapId: string): MapView {
  return mapView(ctx, loadMap(ctx, mapId));
}

/** Refuses the document with the first rule it breaks; names in the message are today's. */
export function checkDocument(ctx: ServiceContext, stored: StoredMap, doc: MapDocument): void {
  const known = new Set(stored.document.nodes.map((n) => n.personId));
  const inCase = casePeople(ctx, stored.summary.caseId);
  const stranger = doc.nodes.find(
    (n) => n.personId !== null && !inCase.has(n.personId) && !known.has(n.personId),
  );
  if (stranger)
    throw new WorkbenchError({
      code: 'invalid_input',
      message: 'Only people in this case can be added to its map. Add them to the case first.',
    });
  // Names are looked up only for a message: a good save of a 500-person map needs none.
  let names: Map<string, string> | null = null;
  const nameOf = (id: string) => {
    names ??= new Map(resolveDocument(ctx, stored.summary.caseId, doc).nodes.map((n) => [n.id, n.name]));
    return names.get(id) || 'Someone';
  };
  const problems = validateMapDocument(stored.summary.kind, doc, nameOf);
  if (problems.length > 0) throw new WorkbenchError({ code: 'invalid_input', message: problems[0]!.message });
}

export function saveMap(
  ctx: ServiceContext,
  mapId: string,
  input: z.output<typeof mapDocumentInput>,
): SavedMap {
  const stored = loadMap(ctx, mapId);
  return writeDocument(ctx, stored, input);
}

/**
 * Checks `doc` against the map rules and stores it (a case person's name is never stored in
 * the map: it is read from their record). Refused whole, nothing written, if it breaks one.
 */
export function writeDocument(ctx: ServiceContext, stored: StoredMap, input: MapDocument): SavedMap {
  const doc: MapDocument = {
    nodes: input.nodes.map((n) => (n.personId === null || n.label === '' ? n : { ...n, label: '' })),
    ties: input.ties,
    households: input.households,
  };
  checkDocument(ctx, stored, doc);
  const at = ctx.now().toISOString();
  const json = storedJson(doc);
  // One transaction, so the map and the case's last activity cost one write to disk.
  ctx.db.transaction(() => {
    ctx.db
      .prepare('UPDATE relationship_maps SET document = ?, updated_at = ? WHERE id = ?')
      .run(json, at, stored.summary.id);
    touchCase(ctx, stored.summary.caseId, at);
  })();
  return {
    ...stored.summary,
    nodeCount: doc.nodes.length,
    tieCount: doc.ties.length,
    updatedAt: at,
    revision: rememberStored(ctx.db, stored.summary.id, json, doc),
  };
}

export function renameMap(ctx: ServiceContext, mapId: string, title: string): MapSummary {
  const stored = loadMap(ctx, mapId);
  const at = ctx.now().toISOString();
  ctx.db.prepare('UPDATE relationship_maps SET title = ?, updated_at = ? WHERE id = ?').run(title, at, mapId);
  touchCase(ctx, stored.summary.caseId, at);
  return loadMap(ctx, mapId).summary;
}

export function deleteMap(ctx: ServiceContext, mapId: string): void {
  const stored = loadMap(ctx, mapId);
  ctx.db.prepare('DELETE FROM relationship_maps WHERE id = ?').run(mapId);
  forgetStored(ctx.db, mapId);
  touchCase(ctx, stored.summary.caseId);
}

/**
 * Erasure: every node that was this person, on every map and snapshot, becomes an anonymous
 * "Erased person" (the shape of the family stays; the name and the node's note go). Runs
 * inside the erasure transaction.
 */
export function anonymisePersonOnMaps(ctx: ServiceContext, personId: string): number {
  let changed = 0;
  const rewrite = (table: 'relationship_maps' | 'map_snapshots') => {
    const rows = ctx.db
      .prepare(
        `SELECT t.id, t.document FROM ${table} t
         WHERE EXISTS (SELECT 1 FROM json_each(t.document, '$.nodes') n WHERE json_extract(n.value, '$.personId') = ?)`,
      )
      .all(personId) as { id: string; document: string }[];
    for (const row of rows) {
      const doc = parseStored(row.document);
      doc.nodes = doc.nodes.map((n) =>
        n.personId === personId ? { ...n, personId: null, label: ERASED_LABEL, note: '' } : n,
      );
      ctx.db.prepare(`UPDATE ${table} SET document = ? WHERE id = ?`).run(storedJson(doc), row.id);
      if (table === 'relationship_maps') forgetStored(ctx.db, row.id);
      changed += 1;
    }
  };
  rewrite('relationship_maps');
  rewrite('map_snapshots');
  return changed;
}

/** The same words the notes use for an erased speaker. */
export const ERASED_LABEL = 'Erased person';
