/**
 * The legend every printed or exported map carries (notation varies between services, so the
 * picture explains itself): the symbols and lines of the map's kind and the role colours.
 * As data for the editor's on-screen legend, and as SVG for the pictures.
 */
import { roleOrder, roles, type Role } from './case-model';
import {
  coupleStatuses,
  emotionalKinds,
  sexes,
  tieDirections,
  tieQualities,
  type CoupleStatus,
  type EmotionalKind,
  type MapKind,
  type Sex,
  type TieKind,
  type TieQuality,
} from './relationship-map';
import {
  couplePattern,
  coupleSlashes,
  emotionalStyles,
  familyLineColour,
  mapOnlyColours,
  roleColours,
  tieQualityStyles,
} from './relationship-map-style';
import { arrowhead, patternedLine, slashes, type Point } from './relationship-map-svg-lines';

export type LegendEntry =
  | { type: 'symbol'; sex: Sex | null; deceased?: boolean; focal?: boolean; label: string }
  | { type: 'system'; label: string }
  | { type: 'colour'; colour: string; label: string }
  | { type: 'quality'; quality: TieQuality; label: string }
  | { type: 'direction'; both: boolean; label: string }
  | { type: 'couple'; status: CoupleStatus; label: string }
  | { type: 'parent'; label: string }
  | { type: 'emotional'; emotion: EmotionalKind; label: string };

export interface LegendSection {
  title: string;
  entries: LegendEntry[];
}

/** The legend for a map of this kind, with a colour key for the roles of the people on it. */
export function legendFor(
  kind: MapKind,
  doc: { nodes: readonly { roles: readonly Role[] }[]; ties?: readonly { kind: TieKind }[] },
  roleLabels: Record<Role, string> = roles,
): LegendSection[] {
  const { nodes } = doc;
  const rolesUsed = roleOrder.filter((role) => nodes.some((n) => n.roles.includes(role)));
  const colours: LegendEntry[] = [
    ...rolesUsed.map((role) => ({
      type: 'colour' as const,
      colour: roleColours[role],
      label: roleLabels[role],
    })),
    { type: 'colour', colour: mapOnlyColours.person, label: 'Not part of the case' },
  ];
  const familyLines: LegendSection = {
    title: 'Family lines',
    entries: [
      ...(Object.keys(coupleStatuses) as CoupleStatus[]).map((status) => ({
        type: 'couple' as const,
        status,
        label: coupleStatuses[status],
      })),
      { type: 'parent', label: 'Parent and child' },
    ],
  };
  // An ecomap explains family lines when it has some (the household at its centre).
  const hasFamilyLines = (doc.ties ?? []).some((t) => t.kind === 'couple' || t.kind === 'parent');
  if (kind === 'ecomap')
    return [
      {
        title: 'People and systems',
        entries: [
          { type: 'symbol', sex: null, label: 'Person' },
          { type: 'symbol', sex: null, focal: true, label: 'At the centre' },
          { type: 'system', label: 'System or service' },
        ],
      },
      {
        title: 'Ties',
        entries: [
          ...(Object.keys(tieQualities) as TieQuality[]).map((quality) => ({
            type: 'quality' as const,
            quality,
            label: tieQualities[quality],
          })),
          { type: 'direction', both: false, label: `${tieDirections.one_way} (support or energy)` },
          { type: 'direction', both: true, label: tieDirections.both },
        ],
      },
      ...(hasFamilyLines ? [familyLines] : []),
      { title: 'Colours', entries: colours },
    ];
  return [
    {
      title: 'Symbols',
      entries: [
        ...(Object.keys(sexes) as Sex[]).map((sex) => ({ type: 'symbol' as const, sex, label: sexes[sex] })),
        { type: 'symbol', sex: 'male', deceased: true, label: 'Deceased' },
        { type: 'symbol', sex: 'female', focal: true, label: 'Focal child' },
      ],
    },
    familyLines,
    {
      title: 'Emotional relationships',
      entries: (Object.keys(emotionalKinds) as EmotionalKind[]).map((emotion) => ({
        type: 'emotional' as const,
        emotion,
        label: emotionalKinds[emotion],
      })),
    },
    { title: 'Colours', entries: colours },
  ];
}

export const LEGEND_WIDTH = 250;
const ROW = 22;
const TITLE_ROW = 26;

export function legendHeight(sections: readonly LegendSection[]): number {
  return 44 + sections.reduce((sum, s) => sum + TITLE_ROW + s.entries.length * ROW, 0);
}

/** A symbol, as drawn on the genogram and ecomap: shared with the node drawing. */
export function symbolSvg(
  centre: Point,
  size: number,
  sex: Sex | null,
  stroke: string,
  fill: string,
  options: { deceased?: boolean; focal?: boolean } = {},
): string {
  const h = size / 2;
  const shape = (grow: number, fillColour: string) => {
    const s = h + grow;
    if (sex === 'male')
      return `<rect x="${centre.x - s}" y="${centre.y - s}" width="${2 * s}" height="${2 * s}" fill="${fillColour}" stroke="${stroke}" stroke-width="2.5"/>`;
    if (sex === 'female')
      return `<circle cx="${centre.x}" cy="${centre.y}" r="${s}" fill="${fillColour}" stroke="${stroke}" stroke-width="2.5"/>`;
    if (sex === 'other_unknown')
      return `<polygon points="${centre.x},${centre.y - s - 2} ${centre.x + s + 2},${centre.y} ${centre.x},${centre.y + s + 2} ${centre.x - s - 2},${centre.y}" fill="${fillColour}" stroke="${stroke}" stroke-width="2.5"/>`;
    return `<circle cx="${centre.x}" cy="${centre.y}" r="${s}" fill="${fillColour}" stroke="${stroke}" stroke-width="2.5"/>`;
  };
  const outer = options.focal ? shape(5, 'none') : '';
  const cross = options.deceased
    ? `<line x1="${centre.x - h}" y1="${centre.y - h}" x2="${centre.x + h}" y2="${centre.y + h}" stroke="${stroke}" stroke-width="2"/><line x1="${centre.x + h}" y1="${centre.y - h}" x2="${centre.x - h}" y2="${centre.y + h}" stroke="${stroke}" stroke-width="2"/>`
    : '';
  return outer + shape(0, fill) + cross;
}

function sample(entry: LegendEntry, y: number, x: number): string {
  const a = { x, y };
  const b = { x: x + 44, y };
  switch (entry.type) {
    case 'symbol':
      return symbolSvg({ x: x + 22, y }, 14, entry.sex, familyLineColour, '#ffffff', entry);
    case 'system':
      return `<rect x="${x + 8}" y="${y - 8}" width="28" height="16" rx="3" fill="#ffffff" stroke="${mapOnlyColours.system}" stroke-width="2"/>`;
    case 'colour':
      return `<rect x="${x + 14}" y="${y - 8}" width="16" height="16" rx="3" fill="${entry.colour}"/>`;
    case 'quality':
      return patternedLine(a, b, tieQualityStyles[entry.quality]);
    case 'direction': {
      const line = patternedLine(a, b, tieQualityStyles.moderate);
      const end = arrowhead(a, b, tieQualityStyles.moderate.colour);
      return line + end + (entry.both ? arrowhead(b, a, tieQualityStyles.moderate.colour) : '');
    }
    case 'couple': {
      const pattern = couplePattern[entry.status] === 'dashed' ? 'dashed' : 'solid';
      return (
        patternedLine(a, b, { pattern, colour: familyLineColour, width: 2 }) +
        slashes({ x: x + 22, y }, coupleSlashes[entry.status], familyLineColour)
      );
    }
    case 'parent':
      return patternedLine(
        { x: x + 22, y: y - 8 },
        { x: x + 22, y: y + 8 },
        { pattern: 'solid', colour: familyLineColour, width: 2 },
      );
    case 'emotional':
      return patternedLine(a, b, emotionalStyles[entry.emotion], {
        repaired: entry.emotion === 'cut_off_repaired',
      });
  }
}

/** The legend box at (x, y), `escape` being the caller's XML escaper. */
export function legendSvg(
  sections: readonly LegendSection[],
  x: number,
  y: number,
  escape: (s: string) => string,
): string {
  const parts: string[] = [
    `<g class="legend" aria-label="Legend">`,
    `<rect x="${x}" y="${y}" width="${LEGEND_WIDTH}" height="${legendHeight(sections)}" rx="6" fill="#ffffff" stroke="#7b858c"/>`,
    `<text x="${x + 12}" y="${y + 26}" font-size="15" font-weight="bold" fill="#1d2327">Legend</text>`,
  ];
  let cursor = y + 44;
  for (const section of sections) {
    parts.push(
      `<text x="${x + 12}" y="${cursor + 14}" font-size="12" font-weight="bold" fill="#4a545c">${escape(section.title)}</text>`,
    );
    cursor += TITLE_ROW;
    for (const entry of section.entries) {
      const mid = cursor + ROW / 2;
      parts.push(sample(entry, mid, x + 12));
      parts.push(
        `<text x="${x + 70}" y="${mid + 4}" font-size="12" fill="#1d2327">${escape(entry.label)}</text>`,
      );
      cursor += ROW;
    }
  }
  parts.push('</g>');
  return parts.join('');
}
