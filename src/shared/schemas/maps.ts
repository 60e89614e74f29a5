/**
 * Relationship maps (issue 5): a case's ecomaps and genograms, autosaved whole, snapshots
 * "as of today", comparison and export. The document shapes mirror domain/relationship-map.ts;
 * structural bounds live here, the map rules (genogram parents, no tie to a missing node) in
 * domain/relationship-map-validation.ts, applied by the service with people's names.
 */
import { z } from 'zod';
import { roles } from '../domain/case-model';
import {
  coupleStatuses,
  emotionalKinds,
  mapKinds,
  mapLimits,
  nodeKinds,
  sexes,
  tieDirections,
  tieQualities,
} from '../domain/relationship-map';
import { choice, id, line, requiredLine, text } from './primitives';

/** Node, tie and household ids are made by the editor; kept plain so they are safe anywhere. */
const elementId = z
  .string()
  .min(1, 'Every item on a map needs an identifier.')
  .max(64, 'A map identifier can be at most 64 characters.')
  .regex(/^[A-Za-z0-9_-]+$/, 'A map identifier can only use letters, digits, - and _.');

const coordinate = z
  .number()
  .finite('A position must be a number.')
  .min(-mapLimits.coordinate, 'A node is too far from the centre.')
  .max(mapLimits.coordinate, 'A node is too far from the centre.');

const year = z
  .number()
  .int('A year is a whole number.')
  .min(1800, 'A year must be 1800 or later.')
  .max(2200, 'A year must be 2200 or earlier.')
  .nullable()
  .default(null);

export const mapNodeInput = z.object({
  id: elementId,
  personId: id.nullable().default(null),
  label: line('A label', mapLimits.label).default(''),
  kind: choice(nodeKinds, 'node kind').default('person'),
  x: coordinate.default(0),
  y: coordinate.default(0),
  sex: choice(sexes, 'sex').nullable().default(null),
  deceased: z.boolean().default(false),
  focal: z.boolean().default(false),
  birthYear: year,
  birthOrder: z.number().int().min(1).max(99).nullable().default(null),
  note: text('A note', mapLimits.note).default(''),
});

const tieBase = {
  id: elementId,
  from: elementId,
  to: elementId,
  label: line('A tie label', mapLimits.label).default(''),
  note: text('A tie note', mapLimits.note).default(''),
};

export const mapTieInput = z.discriminatedUnion('kind', [
  z.object({
    ...tieBase,
    kind: z.literal('ecomap'),
    quality: choice(tieQualities, 'tie quality'),
    direction: choice(tieDirections, 'direction').default('none'),
  }),
  z.object({
    ...tieBase,
    kind: z.literal('couple'),
    status: choice(coupleStatuses, 'couple status'),
    startYear: year,
    endYear: year,
  }),
  z.object({ ...tieBase, kind: z.literal('parent') }),
  z.object({ ...tieBase, kind: z.literal('emotional'), emotion: choice(emotionalKinds, 'emotional tie') }),
]);

export const householdInput = z.object({
  id: elementId,
  label: line('A household name', mapLimits.label).default(''),
  nodeIds: z.array(elementId).max(mapLimits.nodes),
  focal: z.boolean().default(false),
});

export const mapDocumentInput = z.object({
  nodes: z
    .array(mapNodeInput)
    .max(mapLimits.nodes, `A map can hold at most ${mapLimits.nodes} people and systems.`),
  ties: z.array(mapTieInput).max(mapLimits.ties, `A map can hold at most ${mapLimits.ties} ties.`),
  households: z
    .array(householdInput)
    .max(mapLimits.households, `A map can hold at most ${mapLimits.households} households.`)
    .default([]),
});

const roleEnum = z.enum(Object.keys(roles) as [keyof typeof roles]);

export const resolvedNodeSchema = mapNodeInput.extend({
  name: z.string(),
  roles: z.array(roleEnum),
});

export const resolvedDocumentSchema = z.object({
  nodes: z.array(resolvedNodeSchema),
  ties: z.array(mapTieInput),
  households: z.array(householdInput),
});

export const mapSummarySchema = z.object({
  id: z.string(),
  caseId: z.string(),
  kind: z.enum(Object.keys(mapKinds) as [keyof typeof mapKinds]),
  title: z.string(),
  nodeCount: z.number().int(),
  tieCount: z.number().int(),
  snapshotCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type MapSummary = z.infer<typeof mapSummarySchema>;

/** A case person who could be added to the map (not on it yet). */
export const availablePersonSchema = z.object({
  personId: z.string(),
  name: z.string(),
  roles: z.array(roleEnum),
});
export type AvailablePerson = z.infer<typeof availablePersonSchema>;

/**
 * Which version of the stored document the editor has: a change (map:change) is made to that
 * version only, so a change can never be applied to a map that moved on without the editor.
 */
const versionNeeded = 'A change needs the version of the map it was made to.';
const revision = z.string({ error: versionNeeded }).min(1, versionNeeded).max(64, versionNeeded);

export const mapViewSchema = z.object({
  map: mapSummarySchema,
  document: resolvedDocumentSchema,
  availablePeople: z.array(availablePersonSchema),
  revision: z.string(),
});

/** The answer to a save or a change: the map's summary and the version now stored. */
export const savedMapSchema = mapSummarySchema.extend({ revision: z.string() });
export type SavedMap = z.infer<typeof savedMapSchema>;

/** Items replaced or added, removed, and (when it moved) the order of every id afterwards. */
function listChanges<T extends z.ZodType>(item: T, max: number, what: string) {
  const many = `A change can touch at most ${max} ${what}.`;
  return z
    .object({
      put: z.array(item).max(max, many).default([]),
      remove: z.array(elementId).max(max, many).default([]),
      order: z.array(elementId).max(max, many).nullable().default(null),
    })
    .default({ put: [], remove: [], order: null });
}

/** What changed since `base` (the autosave of a big map sends a moved person, not the map). */
export const mapChangeInput = z.object({
  mapId: id,
  base: revision,
  nodes: listChanges(mapNodeInput, mapLimits.nodes, 'people and systems'),
  ties: listChanges(mapTieInput, mapLimits.ties, 'ties'),
  households: listChanges(householdInput, mapLimits.households, 'households'),
});
export type MapView = z.infer<typeof mapViewSchema>;

export const snapshotSummarySchema = z.object({
  id: z.string(),
  mapId: z.string(),
  label: z.string(),
  takenAt: z.string(),
  nodeCount: z.number().int(),
  tieCount: z.number().int(),
});
export type SnapshotSummary = z.infer<typeof snapshotSummarySchema>;

export const snapshotViewSchema = z.object({
  snapshot: snapshotSummarySchema,
  map: mapSummarySchema,
  document: resolvedDocumentSchema,
});
export type SnapshotView = z.infer<typeof snapshotViewSchema>;

const diffNodeSchema = z.object({ nodeId: z.string(), name: z.string() });
const diffTieSchema = z.object({
  tieId: z.string(),
  kind: z.enum(['ecomap', 'couple', 'parent', 'emotional']),
  fromName: z.string(),
  toName: z.string(),
  description: z.string(),
});

export const mapDiffSchema = z.object({
  peopleAdded: z.array(diffNodeSchema),
  peopleRemoved: z.array(diffNodeSchema),
  tiesAdded: z.array(diffTieSchema),
  tiesRemoved: z.array(diffTieSchema),
  tiesChanged: z.array(
    z.object({
      /** The tie's id in the earlier document and in the later one (the same unless redrawn). */
      beforeId: z.string(),
      afterId: z.string(),
      kind: z.enum(['ecomap', 'couple', 'parent', 'emotional']),
      fromName: z.string(),
      toName: z.string(),
      before: z.string(),
      after: z.string(),
      /** What changed, in words: "quality", "direction", "label", "status", "years", ... */
      changes: z.array(z.string()),
    }),
  ),
});

const compareSide = z.object({
  /** Null for the map as it is now. */
  snapshotId: z.string().nullable(),
  label: z.string(),
  takenAt: z.string(),
  document: resolvedDocumentSchema,
});

/** Null on either side means the map as it is now. */
const snapshotRef = id.nullable().default(null);

export const mapChannels = {
  'map:list': { input: z.object({ caseId: id }), output: z.array(mapSummarySchema) },
  'map:create': {
    input: z.object({
      caseId: id,
      kind: choice(mapKinds, 'map kind'),
      title: requiredLine('A map title', mapLimits.title),
    }),
    output: mapViewSchema,
  },
  'map:get': { input: z.object({ mapId: id }), output: mapViewSchema },
  'map:save': {
    input: z.object({ mapId: id, document: mapDocumentInput }),
    output: savedMapSchema,
  },
  'map:change': { input: mapChangeInput, output: savedMapSchema },
  'map:rename': {
    input: z.object({ mapId: id, title: requiredLine('A map title', mapLimits.title) }),
    output: mapSummarySchema,
  },
  'map:delete': { input: z.object({ mapId: id }), output: z.object({ deleted: z.literal(true) }) },
  'map:snapshot': {
    input: z.object({
      mapId: id,
      label: requiredLine('A snapshot label', mapLimits.snapshotLabel),
    }),
    output: snapshotSummarySchema,
  },
  'map:snapshots': { input: z.object({ mapId: id }), output: z.array(snapshotSummarySchema) },
  'map:snapshotGet': { input: z.object({ snapshotId: id }), output: snapshotViewSchema },
  'map:compare': {
    input: z.object({ mapId: id, fromSnapshotId: snapshotRef, toSnapshotId: snapshotRef }),
    output: z.object({ from: compareSide, to: compareSide, diff: mapDiffSchema }),
  },
  'map:export': {
    input: z.object({
      mapId: id,
      /** Export a snapshot of the map instead of the map as it is now. */
      snapshotId: id.nullable().default(null),
      format: z.enum(['svg', 'png']),
    }),
    output: z.object({ cancelled: z.boolean(), path: z.string().nullable() }),
  },
} as const;
