import type { Migration } from './types';

/**
 * Relationship maps: a case's ecomaps and genograms, and snapshots of them "as of" a day.
 * The map document (nodes, ties, households) is one JSON value, saved whole by the editor's
 * autosave; case people appear in it by person id only, so names are read at display time
 * and erasing a person rewrites the documents (services/data-rights.ts).
 */
export const relationshipMaps: Migration = {
  version: 5,
  name: 'relationship-maps',
  up(db) {
    db.exec(`
      CREATE TABLE relationship_maps (
        id         TEXT PRIMARY KEY,
        case_id    TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        kind       TEXT NOT NULL CHECK (kind IN ('ecomap', 'genogram')),
        title      TEXT NOT NULL,
        document   TEXT NOT NULL DEFAULT '{"nodes":[],"ties":[],"households":[]}',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX relationship_maps_case ON relationship_maps(case_id, created_at);

      CREATE TABLE map_snapshots (
        id        TEXT PRIMARY KEY,
        map_id    TEXT NOT NULL REFERENCES relationship_maps(id) ON DELETE CASCADE,
        label     TEXT NOT NULL,
        document  TEXT NOT NULL,
        taken_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX map_snapshots_map ON map_snapshots(map_id, taken_at);
    `);
  },
};
