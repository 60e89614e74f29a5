/**
 * The full integrity check after unlock: decided by the session marker, run in a worker over
 * its own read-only connection (the main thread never waits for it), stopped when the vault
 * locks. Damage it finds is handed to the vault, which treats it like any damaged database.
 * A check that could not finish stays owed, so the next unlock runs it again.
 */
import type { CipherRecord } from './cipher-record';
import { fullCheckDue, readSessionState, writeSessionState, type SessionState } from './session-marker';
import { startCheck, WorkerTaskError, type RunningTask, type CheckResult } from './vault-worker';
import type { OpenedDatabase } from './vault-open';

export type IntegrityOutcome = 'passed' | 'damaged' | 'not-due' | 'stopped' | 'could-not-run';

export interface IntegritySession {
  dbPath: string;
  record: CipherRecord;
  dataKey: Buffer;
  checked: OpenedDatabase['checked'];
  /** Called when the check finds damage; the outcome waits until it has been handled. */
  onDamage(): Promise<void>;
}

export class IntegrityWatch {
  private running: RunningTask<CheckResult> | null = null;
  private generation = 0;
  private latest: Promise<IntegrityOutcome> = Promise.resolve('not-due');

  constructor(
    private readonly statePath: string,
    private readonly now: () => number,
    private readonly nativeBinding: string | undefined,
  ) {}

  /** The outcome of the check of the current (or last) session, once it is known. */
  get outcome(): Promise<IntegrityOutcome> {
    return this.latest;
  }

  /** At open: marks the session open and starts the full check if it is due. */
  begin(session: IntegritySession): void {
    const previous = readSessionState(this.statePath);
    const now = this.now();
    const due = session.checked === 'unknown' && fullCheckDue(previous, now);
    const lastCheckPassedAt =
      session.checked === 'verified' ? new Date(now).toISOString() : (previous?.lastCheckPassedAt ?? null);
    this.write({ open: true, checkOwed: due, lastCheckPassedAt });
    const generation = ++this.generation;
    if (!due) {
      this.latest = Promise.resolve('not-due');
      return;
    }
    const task = startCheck(session.dbPath, session.record, session.dataKey, {
      nativeBinding: this.nativeBinding,
      background: true,
    });
    this.running = task;
    this.latest = task.result.then(
      async (result): Promise<IntegrityOutcome> => {
        if (generation !== this.generation) return 'stopped';
        this.running = null;
        if (!result.intact) {
          await session.onDamage();
          return 'damaged';
        }
        this.write({ open: true, checkOwed: false, lastCheckPassedAt: new Date(this.now()).toISOString() });
        return 'passed';
      },
      async (error: unknown): Promise<IntegrityOutcome> => {
        if (generation !== this.generation) return 'stopped';
        this.running = null;
        // A page that fails its AEGIS tag stops the check itself: that is damage too.
        const code = error instanceof WorkerTaskError ? (error.code ?? '') : '';
        if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
          await session.onDamage();
          return 'damaged';
        }
        return 'could-not-run';
      },
    );
  }

  /** At lock: stops a running check and marks the session closed cleanly. */
  end(): void {
    this.generation += 1;
    const running = this.running;
    this.running = null;
    if (running) void running.stop();
    const previous = readSessionState(this.statePath);
    this.write({
      open: false,
      checkOwed: previous?.checkOwed ?? true,
      lastCheckPassedAt: previous?.lastCheckPassedAt ?? null,
    });
  }

  private write(state: SessionState): void {
    writeSessionState(this.statePath, state);
  }
}
