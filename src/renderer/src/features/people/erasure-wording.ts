/** The erase confirmation and its outcome in words. The same name rule as main (shared). */
import { confirmsName } from '../../../../shared/domain/subject-access-passages';

export function nameMatches(typed: string, name: string): boolean {
  return confirmsName(typed, name);
}

export function erasedFromText(cases: number): string {
  return `Erased from ${cases} ${cases === 1 ? 'case' : 'cases'}.`;
}

export function notesToReviewText(count: number, name: string): string {
  if (count === 0) return `No notes are about ${name} or mention them by name.`;
  return count === 1
    ? `1 note was about ${name} or still names them. Open it to decide what to keep.`
    : `${count} notes were about ${name} or still name them. Open each to decide what to keep.`;
}
