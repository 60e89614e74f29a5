/**
 * A relationship map as a picture: a high-resolution PNG rendered with resvg (no browser
 * needed) from the shared SVG (domain/relationship-map-svg.ts), for the export and for the
 * Word documents, and the block that puts it into a document. Fonts come from the system
 * (DejaVu Sans on Debian). Plain data in; the map itself is read in services/maps.
 */
import { Resvg } from '@resvg/resvg-js';
import { HeadingLevel, ImageRun, Paragraph, TextRun } from 'docx';
import { CONTROL_CHARACTERS } from '../../shared/domain/control-characters';
import type { MapSvg } from '../../shared/domain/relationship-map-svg';
import { safeText } from './docx-kit';

/** Pixels per SVG unit in the PNG: 3 gives a sharp print at A4 landscape. */
export const PNG_ZOOM = 3;
/**
 * A very large map is scaled down to at most this many pixels (about 5,000 x 3,300; an A4
 * page at 300 dpi is 8.7 million), so memory and time stay bounded.
 */
export const PNG_MAX_PIXELS = 16_000_000;

export interface MapPng {
  png: Buffer;
  /** Size in pixels. */
  width: number;
  height: number;
}

/** The PNG's width in pixels for an SVG of this size. */
export function pngWidth(svgWidth: number, svgHeight: number): number {
  const zoom = Math.min(PNG_ZOOM, Math.sqrt(PNG_MAX_PIXELS / (svgWidth * svgHeight)));
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

/** A file name (without extension) from the map's title, without characters a file system refuses. */
export function pictureFileName(title: string): string {
  const base = title
    .normalize('NFKC')
    .replace(new RegExp(CONTROL_CHARACTERS.source, 'g'), '')
    .replace(/[\\/:*?"<>|]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return base || 'Relationship map';
}

/** A map picture ready for a Word document. */
export interface DocumentMapPicture extends MapPng {
  title: string;
  kind: string;
}

/**
 * A heading and the picture, scaled to fit the page width (pixels at 96 per inch; A4 portrait
 * with the kit's margins leaves about 620). The alt text names the map for screen readers.
 */
export function mapPictureBlock(picture: DocumentMapPicture, maxWidth = 620): Paragraph[] {
  const width = Math.min(maxWidth, picture.width);
  const height = Math.round((picture.height * width) / picture.width);
  const name = `Relationship map: ${picture.title}`;
  return [
    // Kept with the picture, so a page break never leaves the heading alone at a page's foot.
    new Paragraph({
      heading: HeadingLevel.HEADING_2,
      children: [new TextRun(safeText(name))],
      spacing: { before: 240, after: 120 },
      keepNext: true,
    }),
    new Paragraph({
      children: [
        new ImageRun({
          type: 'png',
          data: picture.png,
          transformation: { width, height },
          altText: {
            name: 'Relationship map',
            title: safeText(name),
            description: safeText(`${name} (${picture.kind}), with its legend.`),
          },
        }),
      ],
    }),
  ];
}
