/**
 * For components holding typed text that is not yet saved: registers `flush` so that locking
 * saves it first. The latest `flush` is always the one called, without re-registering.
 */
import { useEffect, useRef } from 'react';
import { pendingWrites, type Flush } from './pending-writes';

export function usePendingWrite(flush: Flush): void {
  const latest = useRef(flush);
  useEffect(() => {
    latest.current = flush;
  });
  useEffect(() => pendingWrites.register(() => latest.current()), []);
}
