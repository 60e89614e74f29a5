/**
 * A case's relationship map as a picture: the map now or a snapshot as SVG (titled), its PNG,
 * saving either to a file the facilitator chooses, and the picture of the case's first map
 * with anyone on it for the documents (null when it has none, so a document leaves it out).
 */
import { writeFileSync } from 'node:fs';
import { mapToSvg, type MapSvg } from '../../../shared/domain/relationship-map-svg';
import { pictureFileName, svgToPng, type DocumentMapPicture, type MapPng } from '../../documents/map-picture';
import type { DesktopPort } from '../../ports';
import type { ServiceContext } from '../core';
import { getSettings } from '../settings';
import { loadMap } from './maps';
import { versionOfMap } from './snapshots';

/** The map now (snapshotId null) or a snapshot of it, as SVG, titled with the map's title. */
export function mapPictureSvg(
  ctx: ServiceContext,
  mapId: string,
  snapshotId: string | null = null,
): MapSvg & { title: string } {
  const stored = loadMap(ctx, mapId);
  const version = versionOfMap(ctx, stored, snapshotId);
  const title = snapshotId === null ? stored.summary.title : `${stored.summary.title} (${version.label})`;
  const picture = mapToSvg(stored.summary.kind, version.document, {
    title,
    roleLabels: getSettings(ctx.db).roleLabels,
  });
  return { ...picture, title };
}

/** The PNG the document builders put into the agreement and the preparation summary. */
export function mapPicturePng(ctx: ServiceContext, mapId: string, snapshotId: string | null = null): MapPng {
  return svgToPng(mapPictureSvg(ctx, mapId, snapshotId));
}

export async function exportMapPicture(
  ctx: ServiceContext,
  desktop: DesktopPort,
  input: { mapId: string; snapshotId: string | null; format: 'svg' | 'png' },
): Promise<{ cancelled: boolean; path: string | null }> {
  // Built before asking, so a missing map is reported without a dialog.
  const picture = mapPictureSvg(ctx, input.mapId, input.snapshotId);
  const path = await desktop.chooseSaveFile(
    'Save the map as a picture',
    pictureFileName(picture.title),
    input.format,
  );
  if (!path) return { cancelled: true, path: null };
  const content = input.format === 'svg' ? Buffer.from(picture.svg, 'utf8') : svgToPng(picture).png;
  writeFileSync(path, content);
  return { cancelled: false, path };
}

/** The case's first map that has anyone on it, as a PNG for the documents; null when none. */
export function caseMapPicture(ctx: ServiceContext, caseId: string): DocumentMapPicture | null {
  const rows = ctx.db
    .prepare(
      `SELECT id FROM relationship_maps WHERE case_id = ? AND json_array_length(document, '$.nodes') > 0
       ORDER BY created_at, id LIMIT 1`,
    )
    .all(caseId) as { id: string }[];
  if (rows.length === 0) return null;
  const stored = loadMap(ctx, rows[0]!.id);
  return { ...mapPicturePng(ctx, stored.summary.id), title: stored.summary.title, kind: stored.summary.kind };
}

/** The PNG of the case's map for the agreement document, or null when it has none. */
export function mapPictureForCase(ctx: ServiceContext, caseId: string): Uint8Array | null {
  return caseMapPicture(ctx, caseId)?.png ?? null;
}
