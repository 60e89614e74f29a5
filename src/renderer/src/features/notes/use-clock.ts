/** The time now, refreshed every second so it never lags the line stamps: meeting mode's visible clock. */
import { useEffect, useState } from 'react';

export function useClock(intervalMs = 1_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
