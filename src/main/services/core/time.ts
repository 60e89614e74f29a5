/** The facilitator's wall clock: meetings are stored as local "YYYY-MM-DDTHH:MM", days as local dates. */
import type { ServiceContext } from './context';

/** Local wall-clock "YYYY-MM-DDTHH:MM", the form meetings are stored in. */
export function localMinute(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Today in the facilitator's time zone, YYYY-MM-DD. */
export function today(ctx: ServiceContext): string {
  return localMinute(ctx.now()).slice(0, 10);
}
