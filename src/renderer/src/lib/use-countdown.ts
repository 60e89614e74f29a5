/** Milliseconds left until a moment, updated a few times a second; 0 once it has passed. */
import { useEffect, useState } from 'react';
import { remaining } from './countdown';

export function useCountdown(until: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until === null) return;
    const tick = () => setNow(Date.now());
    tick();
    const timer = window.setInterval(tick, 250);
    return () => window.clearInterval(timer);
  }, [until]);
  return until === null ? 0 : remaining(until, now);
}
