/**
 * The countdown for a timed phase (private family time). The state lives in the vault
 * (run:state timers), so a lock or a restart keeps it; the screen only computes from it.
 */
import type { z } from 'zod';
import { describeRemaining, newTimer, remainingMs } from '../../../../shared/domain/phase-timer';
import type { runStateSchema, RunPhase } from '../../../../shared/schemas/conference';
import { useMutation, setQueryData } from '../../lib/query';
import { formatCountdown } from './run-keys';

type RunState = z.infer<typeof runStateSchema>;

export function PhaseCountdown({
  caseId,
  phase,
  state,
  now,
}: {
  caseId: string;
  phase: RunPhase & { timerMinutes: number };
  state: RunState;
  now: number;
}) {
  const timer = useMutation('run:timer', {
    onSuccess: (next) => setQueryData('run:state', { caseId }, next),
  });
  const current = state.timers[phase.id] ?? newTimer(phase.timerMinutes);
  const left = remainingMs(current, now);
  const running = current.runningSince !== null;
  const act = (action: 'start' | 'pause' | 'extend') =>
    void timer.mutate({ caseId, phaseId: phase.id, action, minutes: 10 });

  return (
    <section className={`run-timer${left < 0 ? ' run-timer-over' : ''}`} aria-label="Timer">
      <p className="run-timer-clock" aria-hidden="true">
        {left < 0 ? '+' : ''}
        {formatCountdown(left)}
      </p>
      <p className="run-timer-words" role="status">
        {describeRemaining(left)}
        {running ? '' : current.usedMs > 0 ? ' (paused)' : ` (${phase.timerMinutes} minutes, not started)`}
      </p>
      <div className="run-timer-actions">
        {running ? (
          <button type="button" className="button button-secondary" onClick={() => act('pause')}>
            Pause timer
          </button>
        ) : (
          <button type="button" className="button button-primary" onClick={() => act('start')}>
            {current.usedMs > 0 ? 'Resume timer' : 'Start timer'}
          </button>
        )}
        <button type="button" className="button button-secondary" onClick={() => act('extend')}>
          Add 10 minutes
        </button>
      </div>
      {timer.error ? (
        <p className="form-error" role="alert">
          {timer.error.message}
        </p>
      ) : null}
    </section>
  );
}
