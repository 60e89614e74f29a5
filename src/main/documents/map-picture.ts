/**
 * A relationship map as a picture: the shared SVG (domain/relationship-map-svg.ts) and a
 * high-resolution PNG rendered from it with resvg (no browser needed), for the export and
 * for the Word documents. Fonts come from the system (DejaVu Sans on Debian).
 */
import { writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { CONTROL_CHARACTERS } from '../../shared/domain/control-characters';
import { mapToSvg, type MapSvg } from '../../shared/domain/relationship-map-svg';
import type { DesktopPort } from '../ports';
import type { ServiceContext } from '../services/context';
import { loadMap } from '../services/maps';
import { versionOfMap } from '../services/maps-snapshots';
import { getSettings } from '../services/settings';

/** Pixels per SVG unit in the PNG: 3 gives a sharp print at A4 landscape. */
export const PNG_ZOOM = 3;
/** A very large map is scaled down so its longer side stays within this (memory, file size). */
export const PNG_MAX_SIDE = 8_000;

export interface MapPng {
  png: Buffer;
  /** Size in pixels. */
  width: number;
  height: number;
}

/** The PNG's width in pixels for an SVG of this size. */
export function pngWidth(svgWidth: number, svgHeight: number): number {
  const zoom = Math.min(PNG_ZOOM, PNG_MAX_SIDE / Math.max(svgWidth, svgHeight));
  return Math.round(svgWidth * zoom);
}

const fonts = { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' };

/** Renders the picture at high resolution (see pngWidth); the height follows the aspect. */
export function svgToPng(picture: MapSvg): MapPng {
  const rendered = new Resvg(picture.svg, {
    fitTo: { mode: 'width', value: pngWidth(picture.width, picture.height) },
    background: '#ffffff',
    font: fonts,
    logLevel: 'off',
  }).render();
  return { png: rendered.asPng(), width: rendered.width, height: rendered.height };
}

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

/** A file name from the map's title: letters and digits kept, anything a file system dislikes dropped. */
export function pictureFileName(title: string, extension: 'svg' | 'png'): string {
  const base = title
    .normalize('NFKC')
    .replace(new RegExp(CONTROL_CHARACTERS.source, 'g'), '')
    .replace(/[\\/:*?"<>|]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return `${base || 'Relationship map'}.${extension}`;
}

export async function exportMapPicture(
  ctx: ServiceContext,
  desktop: DesktopPort,
  input: { mapId: string; snapshotId: string | null; format: 'svg' | 'png' },
): Promise<{ cancelled: boolean; path: string | null }> {
  // Built before asking, so a missing map is reported without a dialog.
  const picture = mapPictureSvg(ctx, input.mapId, input.snapshotId);
  const filters =
    input.format === 'svg'
      ? [{ name: 'SVG picture', extensions: ['svg'] }]
      : [{ name: 'PNG picture', extensions: ['png'] }];
  const path = await desktop.chooseSaveFile(
    'Save the map as a picture',
    pictureFileName(picture.title, input.format),
    filters,
  );
  if (!path) return { cancelled: true, path: null };
  const content = input.format === 'svg' ? Buffer.from(picture.svg, 'utf8') : svgToPng(picture).png;
  writeFileSync(path, content);
  return { cancelled: false, path };
}
