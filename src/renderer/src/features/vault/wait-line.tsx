/** The calm countdown under an unlock or recovery form while main asks for a pause. */
import { formatWait } from '../../lib/countdown';
import type { RetryGate } from '../../lib/use-retry-gate';

export function WaitLine({ gate }: { gate: RetryGate }) {
  return (
    <>
      {/* A timer is not live by default: reading out every second would be noise. */}
      <p className="wait-line" role="timer">
        {gate.waiting ? `You can try again in ${formatWait(gate.remainingMs)}.` : ''}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {gate.waitOver ? 'You can try again now.' : ''}
      </p>
    </>
  );
}
