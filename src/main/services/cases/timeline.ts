/**
 * The case timeline: status changes, consent, people, notes and meetings in date order, each
 * as one plain line. Names are looked up now, from ids, so an erased person is never named.
 */
import {
  caseStatuses,
  closureReasons,
  consentKinds,
  meetingKinds,
  processTypes,
  roles,
  type RoleLabels,
} from '../../../shared/domain/case-model';
import type { TimelineEntry } from '../../../shared/schemas/cases';
import type { ServiceContext } from '../core';

type Detail = Record<string, string | null | undefined>;

function label<T extends Record<string, string>>(labels: T, key: string | null | undefined): string {
  return key && key in labels ? labels[key as keyof T]! : 'unknown';
}

export function timeline(
  ctx: ServiceContext,
  caseId: string,
  roleLabels: RoleLabels = roles,
): TimelineEntry[] {
  const nameOf = (personId: string | null | undefined): string => {
    if (!personId) return 'Someone';
    const row = ctx.db.prepare('SELECT preferred_name FROM people WHERE id = ?').get(personId) as
      { preferred_name: string } | undefined;
    return row ? row.preferred_name : 'A person who was erased';
  };
  const describe = (kind: string, d: Detail): string => {
    switch (kind) {
      case 'created':
        return `Case opened as ${label(processTypes, d['processType']).toLowerCase()}`;
      case 'status':
        return d['to'] === 'closed'
          ? `Closed (${label(closureReasons, d['reason']).toLowerCase()})`
          : `Status: ${label(caseStatuses, d['from'])} → ${label(caseStatuses, d['to'])}`;
      case 'process_type':
        return `Process changed from ${label(processTypes, d['from']).toLowerCase()} to ${label(processTypes, d['to']).toLowerCase()}`;
      case 'archived':
        return 'Case archived';
      case 'restored':
        return 'Case restored from the archive';
      case 'consent': {
        const what = label(consentKinds, d['kind']).replace(/^Consent/, 'consent');
        const verb =
          d['decision'] === 'withdrawn' ? 'withdrew' : d['decision'] === 'declined' ? 'declined' : 'gave';
        return `${nameOf(d['personId'])} ${verb} ${what}`;
      }
      case 'person_added':
        return `${nameOf(d['personId'])} added as ${label(roleLabels, d['role']).toLowerCase()}`;
      case 'person_removed':
        return `${nameOf(d['personId'])} removed from the case`;
      case 'person_erased':
        return 'A person was erased from the workbench';
      default:
        return kind;
    }
  };

  const events = (
    ctx.db
      .prepare('SELECT id, at, kind, detail FROM case_events WHERE case_id = ? ORDER BY rowid')
      .all(caseId) as {
      id: string;
      at: string;
      kind: string;
      detail: string;
    }[]
  ).map((e): TimelineEntry => {
    let detail: Detail = {};
    try {
      detail = JSON.parse(e.detail) as Detail;
    } catch {
      /* unreadable detail still shows the kind of event */
    }
    return {
      id: e.id,
      at: e.at,
      kind: e.kind as TimelineEntry['kind'],
      summary: describe(e.kind, detail),
      refId: detail['personId'] ?? null,
    };
  });
  const notes = (
    ctx.db
      .prepare('SELECT id, created_at, title, kind FROM notes WHERE case_id = ? ORDER BY rowid')
      .all(caseId) as {
      id: string;
      created_at: string;
      title: string;
      kind: string;
    }[]
  ).map((n): TimelineEntry => ({
    id: `note-${n.id}`,
    at: n.created_at,
    kind: 'note',
    summary: `${n.kind === 'meeting' ? 'Meeting notes' : 'Note'}${n.title ? `: ${n.title}` : ''}`,
    refId: n.id,
  }));
  const meetings = (
    ctx.db
      .prepare('SELECT id, starts_at, kind, place FROM meetings WHERE case_id = ? ORDER BY rowid')
      .all(caseId) as {
      id: string;
      starts_at: string;
      kind: string;
      place: string;
    }[]
  ).map((m): TimelineEntry => ({
    id: `meeting-${m.id}`,
    // Meetings are stored in local time; the timeline compares them as if UTC-free ISO text.
    at: new Date(`${m.starts_at}:00`).toISOString(),
    kind: 'meeting',
    summary: `${label(meetingKinds, m.kind)}${m.place ? ` at ${m.place}` : ''}`,
    refId: m.id,
  }));
  // Array sort is stable: entries with the same time keep the order they were recorded in.
  return [...events, ...notes, ...meetings].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}
