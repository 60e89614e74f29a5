import type { Migration } from './types';

/**
 * A five-year caseload stays quick (issue 15): the report over a date range and the lists
 * read what they count through small indexes, never by scanning tables whose rows are large
 * (run sheets, agreement bodies) or numerous (the timeline):
 * - timeline rows of one kind by date (closures in a range, with where to and why) and by case
 *   (a case's process types); a case's shuttle messages;
 * - confirmed conferences by date;
 * - the first agreed version of each case, without reading agreement bodies; the agreements
 *   in force (status agreed), for the actions due on Today;
 * - follow-up updates by the date they were recorded for.
 */
export const caseloadIndexes: Migration = {
  version: 10,
  name: 'caseload-indexes',
  up(db) {
    db.exec(`
      -- A status change's destination and reason in the index: closures are counted from it alone.
      CREATE INDEX case_events_kind_at ON case_events(
        kind, at, json_extract(detail, '$.to'), json_extract(detail, '$.reason'));
      CREATE INDEX case_events_kind_case ON case_events(kind, case_id);
      CREATE INDEX conference_plans_status ON conference_plans(status, starts_at);
      CREATE INDEX agreement_versions_agreed ON agreement_versions(case_id, agreed_at);
      CREATE INDEX agreement_versions_status ON agreement_versions(status, case_id);
      CREATE INDEX action_updates_on ON action_updates(on_date, case_id, action_id);
      CREATE INDEX shuttle_messages_case ON shuttle_messages(case_id);
      CREATE INDEX agreement_reviews_held ON agreement_reviews(held_on);
    `);
  },
};
