/** The erase confirmation and its outcome in words. Same name rule as main: trimmed, any case. */
export function nameMatches(typed: string, name: string): boolean {
  const norm = (s: string) => s.trim().toLocaleLowerCase('en-GB');
  return norm(typed) !== '' && norm(typed) === norm(name);
}

export function erasedFromText(cases: number): string {
  return `Erased from ${cases} ${cases === 1 ? 'case' : 'cases'}.`;
}

export function notesToReviewText(count: number, name: string): string {
  if (count === 0) return `No notes mention ${name} by name.`;
  return count === 1
    ? `1 note still mentions ${name} by name. Open it to decide what to keep.`
    : `${count} notes still mention ${name} by name. Open each to decide what to keep.`;
}
