/** Plain-words waiting times for the unlock screen ("8 seconds", "1 minute and 5 seconds"). */
function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

export function formatWait(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  if (total < 60) return plural(total, 'second');
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return seconds === 0
    ? plural(minutes, 'minute')
    : `${plural(minutes, 'minute')} and ${plural(seconds, 'second')}`;
}

/** Milliseconds left until `until`, never negative. */
export function remaining(until: number, now: number): number {
  return Math.max(0, until - now);
}
