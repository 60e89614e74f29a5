/**
 * The export review as the screen holds it: the other names confirmed and a decision per
 * passage (nothing decided means withheld), and how a passage is drawn (name matches marked,
 * redacted words struck through). DOM-free, so the rules are unit-tested; the redaction
 * rules themselves are shared with main (shared/domain/subject-access-passages.ts).
 */
import {
  mergeRanges,
  redactionSpans,
  type TextRange,
} from '../../../../shared/domain/subject-access-passages';
import type { Passage, PassageChoice, PassageDecision } from '../../../../shared/schemas/data-rights';

export interface ReviewState {
  otherNames: string[];
  decisions: PassageDecision[];
}

/** What the contract accepts; decisions beyond it (passages no longer listed) are dropped first. */
export const MAX_DECISIONS = 5_000;

export function decisionFor(state: ReviewState, passageId: string): PassageDecision | undefined {
  return state.decisions.find((d) => d.passageId === passageId);
}

export function withDecision(state: ReviewState, decision: PassageDecision): ReviewState {
  return {
    ...state,
    decisions: [...state.decisions.filter((d) => d.passageId !== decision.passageId), decision],
  };
}

/**
 * Choosing "Include with words redacted" before any words are marked keeps the passage
 * withheld until they are (a redaction with no words would include it whole).
 */
export function choose(state: ReviewState, passageId: string, choice: PassageChoice): ReviewState {
  const current = decisionFor(state, passageId);
  const redactions = current?.redactions ?? [];
  return withDecision(state, { passageId, choice, redactions });
}

export function addRedactions(
  state: ReviewState,
  passage: Passage,
  ranges: readonly TextRange[],
): ReviewState {
  const current = decisionFor(state, passage.id);
  const merged = redactionSpans(passage.text, [...(current?.redactions ?? []), ...ranges]);
  return withDecision(state, { passageId: passage.id, choice: 'redact', redactions: merged });
}

export function clearRedactions(state: ReviewState, passageId: string): ReviewState {
  return withDecision(state, { passageId, choice: 'redact', redactions: [] });
}

/** A decision the export would act on; "redact" with no words marked is not one yet. */
function effective(decision: PassageDecision | undefined): PassageChoice | 'withheld' {
  if (!decision || decision.choice === 'exclude') return 'withheld';
  if (decision.choice === 'redact' && decision.redactions.length === 0) return 'withheld';
  return decision.choice;
}

export function outcomeOf(state: ReviewState, passageId: string): PassageChoice | 'withheld' {
  return effective(decisionFor(state, passageId));
}

export function tally(state: ReviewState, passages: readonly Passage[]) {
  let included = 0;
  let redacted = 0;
  for (const passage of passages) {
    const outcome = outcomeOf(state, passage.id);
    if (outcome === 'include') included += 1;
    if (outcome === 'redact') redacted += 1;
  }
  return { included: included + redacted, redacted, withheld: passages.length - included - redacted };
}

/** Decisions for listed passages first, then those of passages not listed now, within the bound. */
function bounded(decisions: readonly PassageDecision[], listedIds: readonly string[]): PassageDecision[] {
  const listed = new Set(listedIds);
  return [
    ...decisions.filter((d) => listed.has(d.passageId)),
    ...decisions.filter((d) => !listed.has(d.passageId)),
  ].slice(0, MAX_DECISIONS);
}

/** What the draft keeps: every choice, even "redact" before its words are marked. */
export function decisionsToKeep(state: ReviewState, listedIds: readonly string[]): PassageDecision[] {
  return bounded(state.decisions, listedIds);
}

/** What the export is sent: the decisions that act (a passage a name no longer finds is ignored by main). */
export function decisionsToSend(state: ReviewState, listedIds: readonly string[]): PassageDecision[] {
  return bounded(
    state.decisions.filter((d) => effective(d) !== 'withheld'),
    listedIds,
  );
}

export interface Segment {
  start: number;
  text: string;
  marked: boolean;
  redacted: boolean;
}

/** The passage cut where a name match or a redaction starts or ends, for drawing. */
export function segments(
  text: string,
  marks: readonly TextRange[],
  redactions: readonly TextRange[],
): Segment[] {
  const marked = mergeRanges(marks);
  const struck = redactionSpans(text, redactions);
  const cuts = new Set([0, text.length]);
  for (const r of [...marked, ...struck]) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const inside = (list: TextRange[], at: number) => list.some((r) => r.start <= at && at < r.end);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    out.push({
      start,
      text: text.slice(start, points[i + 1]),
      marked: inside(marked, start),
      redacted: inside(struck, start),
    });
  }
  return out;
}
