/**
 * The case timeline: status changes, consent, people, notes and meetings in date order, each
 * as one plain line. Names are looked up now, from ids, so an erased person is never named.
 */
import { reviewOutcomes } from '../../../shared/domain/agreement';
import {
  acknowledgements,
  caseStatuses,
  closureReasons,
  consentKinds,
  meetingKinds,
  processTypes,
  riskCategories,
  riskLevels,
  roles,
  type RoleLabels,
} from '../../../shared/domain/case-model';
import { riskDecisions } from '../../../shared/domain/readiness';
import type { TimelineEntry } from '../../../shared/schemas/cases';
import type { ServiceContext } from '../core';

type Detail = Record<string, string | null | undefined>;

const statusCauses: Record<string, string> = {
  first_preparation_meeting: 'first preparation meeting',
  conference_confirmed: 'conference confirmed',
  agreement_agreed: 'agreement agreed',
};

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
  const decidedBy = (id: string | null | undefined): string => {
    const row = ctx.db.prepare('SELECT decided_by FROM risk_decisions WHERE id = ?').get(id ?? '') as
      { decided_by: string } | undefined;
    return row ? ` (decided by ${row.decided_by})` : '';
  };
  const confirmation = (id: string | null | undefined): string => {
    const row = ctx.db
      .prepare('SELECT override_reason, missing FROM conference_confirmations WHERE id = ?')
      .get(id ?? '') as { override_reason: string | null; missing: number } | undefined;
    if (!row?.override_reason) return 'Conference confirmed: everything was ready';
    return `Conference confirmed with ${row.missing} thing${row.missing === 1 ? '' : 's'} missing, because: ${row.override_reason}`;
  };
  const describe = (kind: string, d: Detail): string => {
    switch (kind) {
      case 'created':
        return `Case opened as ${label(processTypes, d['processType']).toLowerCase()}`;
      case 'status':
        return d['to'] === 'closed'
          ? `Closed (${label(closureReasons, d['reason']).toLowerCase()})`
          : `Status: ${label(caseStatuses, d['from'])} → ${label(caseStatuses, d['to'])}${d['cause'] ? ` (${statusCauses[d['cause']] ?? 'automatic'})` : ''}`;
      case 'risk_flag':
        return `Risk flag added: ${label(riskCategories, d['category'])}, ${label(riskLevels, d['level']).toLowerCase()}${d['personId'] ? `, about ${nameOf(d['personId'])}` : ''}`;
      case 'risk_decision':
        return `Risk decision: ${label(riskDecisions, d['decision'])}${decidedBy(d['decisionId'])}`;
      case 'appropriateness':
        return `Appropriateness checked: ${label(acknowledgements, d['acknowledged']).toLowerCase()}`;
      case 'conference_confirmed':
        return confirmation(d['confirmationId']);
      case 'conference_reopened':
        return d['cause'] === 'withdrawal'
          ? `Conference back to planning: ${nameOf(d['personId'])} no longer takes part`
          : 'Conference back to planning: its date, place or invitations changed';
      case 'share_acknowledged':
        return `Acknowledged that ${nameOf(d['personId'])} withdrew consent to share information`;
      case 'agreement_agreed':
        return `Agreement agreed (version ${d['version'] ?? '?'})`;
      case 'review':
        return `Review held: agreement ${label(reviewOutcomes, d['outcome']).toLowerCase()}`;
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
