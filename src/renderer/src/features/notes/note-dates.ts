/**
 * Times as notes show them, en-GB and local: "24 November 2026", "14:02",
 * "24 November 2026 at 14:02". Meetings are stored as local wall-clock text
 * ("2026-11-24T14:30"), notes and revisions as UTC instants; both read as local time here.
 */
const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false });

function toDate(value: string | number | Date): Date | null {
  if (typeof value === 'string') {
    const local = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
    if (local) {
      const [, y, mo, d, h, mi] = local.map(Number) as number[];
      return new Date(y!, mo! - 1, d!, h!, mi!);
    }
  }
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function noteDate(value: string | number | Date): string {
  const date = toDate(value);
  return date ? day.format(date) : '';
}

export function noteTime(value: string | number | Date): string {
  const date = toDate(value);
  return date ? time.format(date) : '';
}

export function noteDateTime(value: string | number | Date): string {
  const date = toDate(value);
  return date ? `${day.format(date)} at ${time.format(date)}` : '';
}
