/**
 * Search hits arranged for the dialog: grouped as cases, people, then notes (each group in the
 * service's rank order), one flat order for the arrow keys, and where Enter takes each kind.
 */
import type { SearchAnswer, SearchHit } from '../../../../shared/schemas/notes';
import type { Route } from '../../lib/navigation';

export interface HitGroup {
  kind: SearchHit['kind'];
  label: string;
  hits: SearchHit[];
}

const GROUPS: { kind: SearchHit['kind']; label: string }[] = [
  { kind: 'case', label: 'Cases' },
  { kind: 'person', label: 'People' },
  { kind: 'note', label: 'Notes' },
];

export function groupHits(hits: SearchHit[]): HitGroup[] {
  return GROUPS.map((g) => ({
    ...g,
    hits: hits.filter((h) => h.kind === g.kind).sort((a, b) => a.rank - b.rank),
  })).filter((g) => g.hits.length > 0);
}

/** The hits in the order the arrow keys visit them: group by group. */
export function flatten(groups: HitGroup[]): SearchHit[] {
  return groups.flatMap((g) => g.hits);
}

export function routeFor(hit: SearchHit): Route | null {
  switch (hit.kind) {
    case 'note':
      return hit.caseId ? { area: 'case', caseId: hit.caseId, tab: 'notes', noteId: hit.id } : null;
    case 'case':
      return { area: 'case', caseId: hit.id, tab: 'overview' };
    case 'person':
      return { area: 'person', personId: hit.id };
  }
}

/** Moves the active option with wrap-around; -1 means none (nothing typed yet). */
export function moveActive(active: number, count: number, step: 1 | -1): number {
  if (count === 0) return -1;
  if (active < 0) return step === 1 ? 0 : count - 1;
  return (active + step + count) % count;
}

export function describeHit(hit: SearchHit): string {
  const kind = hit.kind === 'note' ? 'Note' : hit.kind === 'case' ? 'Case' : 'Person';
  return hit.caseReference && hit.kind !== 'case'
    ? `${kind} in ${hit.caseReference}`
    : hit.kind === 'case' && hit.caseReference
      ? `Case ${hit.caseReference}`
      : kind;
}

/** What the status line says once results are shown: how many, whether more exist, in what order. */
export function resultsSummary(answer: SearchAnswer, shown: number): string {
  const total = answer.found.case.count + answer.found.person.count + answer.found.note.count;
  const atLeast = answer.found.case.atLeast || answer.found.person.atLeast || answer.found.note.atLeast;
  const keys = 'Arrow keys move, Enter opens.';
  const count = answer.more
    ? `Showing ${shown} of ${total.toLocaleString('en-GB')}${atLeast ? '+' : ''} results. ${keys} More results shows the next ones.`
    : `${shown} ${shown === 1 ? 'result' : 'results'}. ${keys}`;
  return answer.notesNewestFirst
    ? `${count} So many notes match that the newest come first: add a word to narrow them.`
    : count;
}
