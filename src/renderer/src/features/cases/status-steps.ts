/**
 * The status pipeline as steps (referral → assessment → preparation → conference →
 * follow-up → closed) and the choices for moving a case along it. A case closed early
 * (declined, risk…) did not pass the later stages, so they are never shown as done.
 */
import {
  caseStatuses,
  closureReasons,
  keysOf,
  type CaseStatus,
  type ClosureReason,
} from '../../../../shared/domain/case-model';

export const pipeline: readonly CaseStatus[] = keysOf(caseStatuses);

export type StepState = 'done' | 'current' | 'upcoming' | 'not-reached';

export interface Step {
  status: CaseStatus;
  label: string;
  state: StepState;
}

export function statusSteps(status: CaseStatus, closureReason: string | null): Step[] {
  const at = pipeline.indexOf(status);
  const closedEarly = status === 'closed' && closureReason !== null && closureReason !== 'completed';
  return pipeline.map((s, i) => ({
    status: s,
    label: caseStatuses[s],
    state: i === at ? 'current' : i > at ? 'upcoming' : closedEarly ? 'not-reached' : 'done',
  }));
}

/** The next stage along the pipeline, or null when the case is closed. */
export function nextStatus(status: CaseStatus): CaseStatus | null {
  const at = pipeline.indexOf(status);
  return at >= 0 && at < pipeline.length - 1 ? pipeline[at + 1]! : null;
}

/** Every other stage, in pipeline order, the next one first so it is the default. */
export function moveChoices(status: CaseStatus): CaseStatus[] {
  const next = nextStatus(status);
  const rest = pipeline.filter((s) => s !== status && s !== next);
  return next ? [next, ...rest] : rest;
}

export function closureLabel(reason: string | null, detail: string | null): string {
  if (!reason) return 'Closed';
  const label = reason in closureReasons ? closureReasons[reason as ClosureReason] : 'Other';
  if (reason === 'other' && detail) return `Closed: ${detail}`;
  return `Closed: ${label.toLowerCase()}`;
}

/** The words on the button that moves the case. */
export function moveButtonLabel(to: CaseStatus): string {
  return to === 'closed' ? 'Close the case' : `Move to ${caseStatuses[to].toLowerCase()}`;
}
