/**
 * Snapshots of a relationship map ("save as of today", e.g. before and after a conference),
 * read-only views of them, and the comparison of any two versions (a snapshot or the map now).
 * A snapshot freezes the document, not the names: a renamed person shows their new name in
 * old snapshots too, and an erased person is anonymised in them.
 */
import { diffDocuments } from '../../../shared/domain/relationship-map-diff';
import { WorkbenchError } from '../../../shared/errors';
import type { SnapshotSummary, SnapshotView } from '../../../shared/schemas/maps';
import type { ResolvedMapDocument } from '../../../shared/domain/relationship-map';
import type { MapDiff } from '../../../shared/domain/relationship-map-diff';
import { touchCase, type ServiceContext } from '../core';
import { parseStored, storedJson } from './map-storage';
import { loadMap, resolveDocument, type StoredMap } from './maps';

interface SnapshotRow {
  id: string;
  map_id: string;
  label: string;
  document: string;
  taken_at: string;
}

function toSummary(row: SnapshotRow): SnapshotSummary {
  const doc = JSON.parse(row.document) as { nodes?: unknown[]; ties?: unknown[] };
  return {
    id: row.id,
    mapId: row.map_id,
    label: row.label,
    takenAt: row.taken_at,
    nodeCount: doc.nodes?.length ?? 0,
    tieCount: doc.ties?.length ?? 0,
  };
}

function loadSnapshot(ctx: ServiceContext, snapshotId: string): SnapshotRow {
  const row = ctx.db.prepare('SELECT * FROM map_snapshots WHERE id = ?').get(snapshotId) as
    SnapshotRow | undefined;
  if (!row) throw new WorkbenchError({ code: 'not_found', message: 'That snapshot no longer exists.' });
  return row;
}

export function takeSnapshot(ctx: ServiceContext, mapId: string, label: string): SnapshotSummary {
  const stored = loadMap(ctx, mapId);
  const id = ctx.newId();
  const at = ctx.now().toISOString();
  ctx.db
    .prepare('INSERT INTO map_snapshots (id, map_id, label, document, taken_at) VALUES (?, ?, ?, ?, ?)')
    .run(id, mapId, label, storedJson(stored.document), at);
  touchCase(ctx, stored.summary.caseId, at);
  return toSummary(loadSnapshot(ctx, id));
}

export function listSnapshots(ctx: ServiceContext, mapId: string): SnapshotSummary[] {
  loadMap(ctx, mapId);
  const rows = ctx.db
    .prepare('SELECT * FROM map_snapshots WHERE map_id = ? ORDER BY taken_at, rowid')
    .all(mapId) as SnapshotRow[];
  return rows.map(toSummary);
}

export function getSnapshot(ctx: ServiceContext, snapshotId: string): SnapshotView {
  const row = loadSnapshot(ctx, snapshotId);
  const stored = loadMap(ctx, row.map_id);
  return {
    snapshot: toSummary(row),
    map: stored.summary,
    document: resolveDocument(ctx, stored.summary.caseId, parseStored(row.document)),
  };
}

export interface VersionOfMap {
  snapshotId: string | null;
  label: string;
  takenAt: string;
  document: ResolvedMapDocument;
}

/** The map now (snapshotId null) or one of its snapshots, resolved. */
export function versionOfMap(
  ctx: ServiceContext,
  stored: StoredMap,
  snapshotId: string | null,
): VersionOfMap {
  if (snapshotId === null)
    return {
      snapshotId: null,
      label: 'Now',
      takenAt: stored.summary.updatedAt,
      document: resolveDocument(ctx, stored.summary.caseId, stored.document),
    };
  const row = loadSnapshot(ctx, snapshotId);
  if (row.map_id !== stored.summary.id)
    throw new WorkbenchError({ code: 'invalid_input', message: 'That snapshot belongs to another map.' });
  return {
    snapshotId: row.id,
    label: row.label,
    takenAt: row.taken_at,
    document: resolveDocument(ctx, stored.summary.caseId, parseStored(row.document)),
  };
}

export function compareVersions(
  ctx: ServiceContext,
  input: { mapId: string; fromSnapshotId: string | null; toSnapshotId: string | null },
): { from: VersionOfMap; to: VersionOfMap; diff: MapDiff } {
  const stored = loadMap(ctx, input.mapId);
  const from = versionOfMap(ctx, stored, input.fromSnapshotId);
  const to = versionOfMap(ctx, stored, input.toSnapshotId);
  return { from, to, diff: diffDocuments(from.document, to.document) };
}
