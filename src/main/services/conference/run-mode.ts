/**
 * Run mode's stored state: which part of the run sheet is on screen, when the conference and
 * this part started, the countdowns of timed parts, and the draft agreement actions captured
 * while people speak. Stored, so a lock or a crash resumes where it was.
 */
import {
  extendTimer,
  newTimer,
  pauseTimer,
  startTimer,
  type TimerState,
} from '../../../shared/domain/phase-timer';
import { WorkbenchError } from '../../../shared/errors';
import { getCase, json, touchCase, type ServiceContext } from '../core';
import { ensurePlan, getPlan } from './plan';

export interface RunState {
  phaseIndex: number;
  startedAt: string | null;
  phaseStartedAt: string | null;
  /** Countdown per timed phase (private family time), stored so it survives lock and crash. */
  timers: Record<string, TimerState>;
}

export function runState(ctx: ServiceContext, caseId: string): RunState {
  const row = ensurePlan(ctx, caseId);
  return {
    phaseIndex: 0,
    startedAt: null,
    phaseStartedAt: null,
    timers: {},
    ...json<Partial<RunState>>(row.run_state, {}),
  };
}

/** Moves run mode to a phase; the first move starts the clock. Stored, so a crash resumes here. */
export function goToPhase(ctx: ServiceContext, caseId: string, phaseIndex: number): RunState {
  const plan = getPlan(ctx, caseId);
  if (plan.runSheet.length === 0)
    throw new WorkbenchError({
      code: 'invalid_input',
      message: 'This case has no run sheet yet. Choose a script first.',
    });
  const index = Math.min(Math.max(phaseIndex, 0), plan.runSheet.length - 1);
  const current = runState(ctx, caseId);
  const at = ctx.now().toISOString();
  const next: RunState = {
    ...current,
    phaseIndex: index,
    startedAt: current.startedAt ?? at,
    phaseStartedAt: index === current.phaseIndex && current.phaseStartedAt ? current.phaseStartedAt : at,
  };
  ctx.db
    .prepare('UPDATE conference_plans SET run_state = ? WHERE case_id = ?')
    .run(JSON.stringify(next), caseId);
  return next;
}

export function runTimer(
  ctx: ServiceContext,
  caseId: string,
  phaseId: string,
  action: 'start' | 'pause' | 'extend',
  minutes = 10,
): RunState {
  const plan = getPlan(ctx, caseId);
  const phase = plan.runSheet.find((p) => p.id === phaseId);
  if (!phase?.timerMinutes)
    throw new WorkbenchError({ code: 'invalid_input', message: 'That part of the script has no timer.' });
  const state = runState(ctx, caseId);
  const now = ctx.now().getTime();
  const timer = state.timers[phaseId] ?? newTimer(phase.timerMinutes);
  const nextTimer =
    action === 'start'
      ? startTimer(timer, now)
      : action === 'pause'
        ? pauseTimer(timer, now)
        : extendTimer(timer, minutes);
  const next: RunState = { ...state, timers: { ...state.timers, [phaseId]: nextTimer } };
  ctx.db
    .prepare('UPDATE conference_plans SET run_state = ? WHERE case_id = ?')
    .run(JSON.stringify(next), caseId);
  return next;
}

export function captureAction(ctx: ServiceContext, caseId: string, text: string, phaseId: string | null) {
  getCase(ctx, caseId);
  const id = ctx.newId();
  const at = ctx.now().toISOString();
  ctx.db
    .prepare(
      'INSERT INTO draft_agreement_items (id, case_id, text, phase_id, captured_at) VALUES (?, ?, ?, ?, ?)',
    )
    .run(id, caseId, text, phaseId, at);
  touchCase(ctx, caseId, at);
  return { id, caseId, text, phaseId, capturedAt: at };
}

export function draftActions(ctx: ServiceContext, caseId: string) {
  return (
    ctx.db
      .prepare('SELECT * FROM draft_agreement_items WHERE case_id = ? ORDER BY captured_at, rowid')
      .all(caseId) as {
      id: string;
      case_id: string;
      text: string;
      phase_id: string | null;
      captured_at: string;
    }[]
  ).map((r) => ({
    id: r.id,
    caseId: r.case_id,
    text: r.text,
    phaseId: r.phase_id,
    capturedAt: r.captured_at,
  }));
}
