/**
 * How map elements look, as data shared by the editor (React Flow), the print view and the
 * exported SVG/PNG, so a map looks the same everywhere. Role colours follow the app's tokens
 * (styles/tokens.css): person harmed = --accent, person responsible = --warn-border,
 * supporter = --ok, with distinct hues for the other roles. Each colour keeps at least 3:1
 * contrast against both the light and the dark surface, so one palette serves both themes.
 */
import { roleOrder, type Role } from './case-model';
import type { EmotionalKind, MapNodeKind, TieQuality } from './relationship-map';

export const roleColours: Record<Role, string> = {
  harmed: '#2b6565',
  responsible: '#b7791f',
  supporter: '#256b35',
  family_member: '#1a5fb4',
  professional: '#6a4c93',
  community_member: '#8a4f2a',
  referrer: '#5c6770',
  co_facilitator: '#5c6770',
};

/** Map-only people and systems are not in the case: neutral grey. */
export const mapOnlyColours: Record<MapNodeKind, string> = {
  person: '#6b747b',
  system: '#4a545c',
};

export function nodeColour(node: {
  roles: readonly Role[];
  personId: string | null;
  kind: MapNodeKind;
}): string {
  const role = roleOrder.find((r) => node.roles.includes(r));
  if (role) return roleColours[role];
  return mapOnlyColours[node.kind];
}

/** Line pattern per ecomap quality: solid, dashed, jagged (zig-zag path), crossed, and so on. */
export type LinePattern = 'solid' | 'dashed' | 'dotted' | 'jagged' | 'double' | 'triple' | 'crossed';

export interface LineStyle {
  pattern: LinePattern;
  colour: string;
  width: number;
}

export const tieQualityStyles: Record<TieQuality, LineStyle> = {
  strong: { pattern: 'solid', colour: '#256b35', width: 4 },
  moderate: { pattern: 'solid', colour: '#4a545c', width: 2 },
  tenuous: { pattern: 'dashed', colour: '#4a545c', width: 2 },
  stressful: { pattern: 'jagged', colour: '#b7791f', width: 2 },
  conflict: { pattern: 'jagged', colour: '#a4262c', width: 3 },
  broken: { pattern: 'crossed', colour: '#4a545c', width: 2 },
  harm: { pattern: 'double', colour: '#a4262c', width: 2 },
};

export const emotionalStyles: Record<EmotionalKind, LineStyle> = {
  close: { pattern: 'double', colour: '#256b35', width: 2 },
  distant: { pattern: 'dotted', colour: '#4a545c', width: 2 },
  hostile: { pattern: 'jagged', colour: '#a4262c', width: 2 },
  fused: { pattern: 'triple', colour: '#256b35', width: 2 },
  cut_off: { pattern: 'crossed', colour: '#4a545c', width: 2 },
  cut_off_repaired: { pattern: 'crossed', colour: '#1a5fb4', width: 2 },
  abuse: { pattern: 'jagged', colour: '#6a1b1f', width: 3 },
  caretaker: { pattern: 'dashed', colour: '#6a4c93', width: 2 },
};

/** Couple and parent lines are plain; separation and divorce add slashes across the couple line. */
export const familyLineColour = '#1d2327';
export const coupleSlashes = { married: 0, together: 0, separated: 1, divorced: 2 } as const;
/** Together (not married) is drawn dashed by convention. */
export const couplePattern = {
  married: 'solid',
  together: 'dashed',
  separated: 'solid',
  divorced: 'solid',
} as const;
