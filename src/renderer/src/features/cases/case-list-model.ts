/**
 * The case list's rules without React: what the filters ask the service for, how attention
 * reasons are worded, and which empty state is the honest one.
 */
import type { ChannelInput } from '../../../../shared/contract';
import type { CaseSetting, CaseStatus, ProcessType } from '../../../../shared/domain/case-model';
import type { CaseSummary } from '../../../../shared/schemas/cases';
import { elapsedDays } from './dates';

export type ArchiveView = 'active' | 'archived' | 'all';
export type CaseSort = 'recent' | 'oldest' | 'reference' | 'title' | 'status';

export interface ListFilters {
  query: string;
  status: CaseStatus | '';
  processType: ProcessType | '';
  setting: CaseSetting | '';
  needsAttention: boolean;
  /** Cases with an agreed action past its date and no outcome recorded. */
  overdueActions: boolean;
  archived: ArchiveView;
  sort: CaseSort;
}

export const defaultFilters: ListFilters = {
  query: '',
  status: '',
  processType: '',
  setting: '',
  needsAttention: false,
  overdueActions: false,
  archived: 'active',
  sort: 'recent',
};

/** How many filters differ from the defaults (the search box and the order are not filters). */
export function activeFilterCount(filters: ListFilters): number {
  return [
    filters.status !== '',
    filters.processType !== '',
    filters.setting !== '',
    filters.needsAttention,
    filters.overdueActions,
    filters.archived !== 'active',
  ].filter(Boolean).length;
}

/** Enough rows to scan at once; more arrive on request so 2,000 cases never render at once. */
export const PAGE_SIZE = 250;

export const sortLabels: Record<CaseSort, string> = {
  recent: 'Most recent activity',
  oldest: 'Oldest first',
  reference: 'Reference',
  title: 'Title',
  status: 'Status',
};

export const archiveLabels: Record<ArchiveView, string> = {
  active: 'Active',
  archived: 'Archived',
  all: 'All',
};

export function listInput(filters: ListFilters, limit = PAGE_SIZE): ChannelInput<'case:list'> {
  return {
    query: filters.query.trim(),
    statuses: filters.status ? [filters.status] : [],
    processTypes: filters.processType ? [filters.processType] : [],
    settings: filters.setting ? [filters.setting] : [],
    needsAttention: filters.needsAttention,
    overdueActions: filters.overdueActions,
    archived: filters.archived,
    sort: filters.sort,
    limit,
  };
}

/** True when something narrows the list (sorting does not). */
export function isNarrowed(filters: ListFilters): boolean {
  return (
    filters.query.trim() !== '' ||
    filters.status !== '' ||
    filters.processType !== '' ||
    filters.setting !== '' ||
    filters.needsAttention ||
    filters.overdueActions ||
    filters.archived !== 'active'
  );
}

const UPCOMING_DAYS = 7;

/** The calm words for why a case may need a look; never red, never a verdict. */
export function attentionBadges(
  summary: Pick<CaseSummary, 'attention' | 'lastActivityAt'>,
  now: Date,
): string[] {
  return summary.attention.map((reason) => {
    switch (reason) {
      case 'no_recent_activity': {
        const days = elapsedDays(summary.lastActivityAt, now);
        return `No activity for ${days} ${days === 1 ? 'day' : 'days'}`;
      }
      case 'upcoming_meeting':
        return 'Meeting soon';
      case 'consent_withdrawn':
        return 'Consent withdrawn';
      case 'overdue_actions':
        return 'Actions overdue';
    }
  });
}

/** What "Needs attention" means with the current setting, said next to the checkbox. */
export function attentionHint(attentionDays: number): string {
  return `No activity for ${attentionDays} ${attentionDays === 1 ? 'day' : 'days'}, a meeting in the next ${UPCOMING_DAYS} days, or consent withdrawn.`;
}

export function countLine(shown: number, total: number): string {
  const n = (v: number) => v.toLocaleString('en-GB');
  if (total === 0) return 'No cases';
  if (shown >= total) return total === 1 ? '1 case' : `${n(total)} cases`;
  return `Showing ${n(shown)} of ${n(total)} cases`;
}

export type EmptyState =
  { kind: 'no-cases' } | { kind: 'all-archived'; archived: number } | { kind: 'no-match' };

/**
 * Which empty state is true: nothing recorded yet, only archived cases, or nothing matching
 * what was asked. `everything` is the number of cases of any kind, archived included.
 */
export function emptyStateFor(filters: ListFilters, everything: number): EmptyState {
  if (everything === 0) return { kind: 'no-cases' };
  if (!isNarrowed(filters)) return { kind: 'all-archived', archived: everything };
  return { kind: 'no-match' };
}

export function peopleLabel(count: number): string {
  return count === 1 ? '1 person' : `${count} people`;
}
