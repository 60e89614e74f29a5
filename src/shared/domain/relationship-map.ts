/**
 * Relationship maps (ecomaps and genograms) as plain data. The document is what the editor
 * autosaves whole and what a snapshot freezes; nodes that are case people carry only the
 * person's id, so a rename shows everywhere and an erasure can find them. Names and roles
 * are resolved when the map is read (see ResolvedMapDocument).
 */
import type { Role } from './case-model';

export const mapKinds = {
  ecomap: 'Ecomap',
  genogram: 'Genogram',
} as const;
export type MapKind = keyof typeof mapKinds;

/** A map-only node is a person (a grandparent who will not take part) or a system (a school). */
export const nodeKinds = {
  person: 'Person',
  system: 'System or service',
} as const;
export type MapNodeKind = keyof typeof nodeKinds;

/** Genogram symbol: square, circle, diamond. */
export const sexes = {
  male: 'Male',
  female: 'Female',
  other_unknown: 'Other or unknown',
} as const;
export type Sex = keyof typeof sexes;

/** Ecomap line quality (DOMAIN.md: strong solid, tenuous dashed, stressful jagged). */
export const tieQualities = {
  strong: 'Strong',
  moderate: 'Moderate',
  tenuous: 'Tenuous',
  stressful: 'Stressful',
  conflict: 'Conflict',
  broken: 'Broken',
  harm: 'Harm',
} as const;
export type TieQuality = keyof typeof tieQualities;

/** Direction of support or energy on an ecomap tie; one_way flows from `from` to `to`. */
export const tieDirections = {
  none: 'No direction',
  one_way: 'One way',
  both: 'Both ways',
} as const;
export type TieDirection = keyof typeof tieDirections;

export const coupleStatuses = {
  married: 'Married',
  together: 'Together',
  separated: 'Separated',
  divorced: 'Divorced',
} as const;
export type CoupleStatus = keyof typeof coupleStatuses;

export const emotionalKinds = {
  close: 'Close',
  distant: 'Distant',
  hostile: 'Hostile',
  fused: 'Fused',
  cut_off: 'Cut off',
  cut_off_repaired: 'Cut off, repaired',
  abuse: 'Abuse',
  caretaker: 'Caretaker',
} as const;
export type EmotionalKind = keyof typeof emotionalKinds;

/**
 * The kinds of tie. A relationship line (quality and direction of support) is the ecomap's;
 * emotional relationship lines are the genogram's notation. Couple and parent lines belong
 * on both: a genogram is made of them, and an ecomap often shows the family at its centre.
 */
export const tieKinds = {
  ecomap: 'Relationship',
  couple: 'Couple',
  parent: 'Parent and child',
  emotional: 'Emotional relationship',
} as const;
export type TieKind = keyof typeof tieKinds;

/** The kinds each map offers, in the order its menus show them. */
export const tieKindsByMap: Record<MapKind, readonly TieKind[]> = {
  ecomap: ['ecomap', 'couple', 'parent'],
  genogram: ['couple', 'parent', 'emotional'],
};

/** Bounds the channels enforce; the editor uses them to stop before the server refuses. */
export const mapLimits = {
  nodes: 500,
  ties: 1_500,
  households: 100,
  label: 200,
  note: 2_000,
  title: 200,
  snapshotLabel: 200,
  coordinate: 1_000_000,
} as const;

export interface MapNode {
  /** Unique within the map; the editor makes it (a uuid is fine). */
  id: string;
  /** A case person; null for people and systems that exist only on the map. */
  personId: string | null;
  /** The name of a map-only node; ignored (kept empty) for case people. */
  label: string;
  kind: MapNodeKind;
  x: number;
  y: number;
  /** Genogram: the symbol. Null means not recorded (drawn as other or unknown). */
  sex: Sex | null;
  deceased: boolean;
  /** Genogram: the focal child. Ecomap: the person at the centre. */
  focal: boolean;
  birthYear: number | null;
  /** 1 for the eldest; children are drawn left to right in this order, then by birth year. */
  birthOrder: number | null;
  note: string;
}

interface TieBase {
  id: string;
  from: string;
  to: string;
  label: string;
  note: string;
}

export interface EcomapTie extends TieBase {
  kind: 'ecomap';
  quality: TieQuality;
  direction: TieDirection;
}

export interface CoupleTie extends TieBase {
  kind: 'couple';
  status: CoupleStatus;
  startYear: number | null;
  endYear: number | null;
}

/** `from` is the parent, `to` the child. A child has one or two of these. */
export interface ParentTie extends TieBase {
  kind: 'parent';
}

export interface EmotionalTie extends TieBase {
  kind: 'emotional';
  emotion: EmotionalKind;
}

export type MapTie = EcomapTie | CoupleTie | ParentTie | EmotionalTie;

/** People who live together, outlined on the map. On an ecomap a focal household is the centre. */
export interface Household {
  id: string;
  label: string;
  nodeIds: string[];
  focal: boolean;
}

export interface MapDocument {
  nodes: MapNode[];
  ties: MapTie[];
  households: Household[];
}

/** A node as the editor and the pictures see it: the name and roles filled in. */
export interface ResolvedMapNode extends MapNode {
  /** The preferred name of a case person, or the label of a map-only node. */
  name: string;
  /** The person's roles in this case (empty for map-only nodes and people no longer in it). */
  roles: Role[];
}

export interface ResolvedMapDocument {
  nodes: ResolvedMapNode[];
  ties: MapTie[];
  households: Household[];
}

export function emptyDocument(): MapDocument {
  return { nodes: [], ties: [], households: [] };
}

/** A node with every optional attribute at its default, for the editor's "add". */
export function newNode(fields: Partial<MapNode> & Pick<MapNode, 'id'>): MapNode {
  return {
    personId: null,
    label: '',
    kind: 'person',
    x: 0,
    y: 0,
    sex: null,
    deceased: false,
    focal: false,
    birthYear: null,
    birthOrder: null,
    note: '',
    ...fields,
  };
}

/** The label a node shows when its name cannot be resolved (an erased person). */
export const REMOVED_PERSON_LABEL = 'Removed person';

/** The line a tie is drawn with, in words, for the text view and the legend. */
export function tieDescription(tie: MapTie): string {
  switch (tie.kind) {
    case 'ecomap':
      return tie.direction === 'none'
        ? tieQualities[tie.quality]
        : `${tieQualities[tie.quality]}, ${tieDirections[tie.direction].toLowerCase()}`;
    case 'couple': {
      const years = yearsText(tie.startYear, tie.endYear);
      return years ? `${coupleStatuses[tie.status]} ${years}` : coupleStatuses[tie.status];
    }
    case 'parent':
      return tieKinds.parent;
    case 'emotional':
      return emotionalKinds[tie.emotion];
  }
}

/** "1998–2012" style years on a couple line, short enough to print beside it. */
export function yearsText(startYear: number | null, endYear: number | null): string {
  if (startYear === null && endYear === null) return '';
  if (endYear === null) return `${startYear}`;
  if (startYear === null) return `– ${endYear}`;
  return `${startYear}–${endYear}`;
}
