/**
 * Consent at a glance, worked out from the history of records. Each kind (taking part,
 * sharing information) is read separately: its latest record decides the state. A withdrawal
 * is never hidden: it produces a marker shown wherever the person appears.
 */
import { consentMethods, type ConsentKind } from '../../../../shared/domain/case-model';
import type { Consent } from '../../../../shared/schemas/people';
import { formatDate } from './people-dates';

export type ConsentState = 'given' | 'declined' | 'withdrawn' | 'not_recorded';

export const consentKindShort: Record<ConsentKind, string> = {
  take_part: 'Taking part',
  share_information: 'Sharing information',
};

export const consentStateLabel: Record<ConsentState, string> = {
  given: 'Given',
  declined: 'Declined',
  withdrawn: 'Withdrawn',
  not_recorded: 'Not recorded',
};

export interface ConsentStatus {
  kind: ConsentKind;
  state: ConsentState;
  /** The record the state comes from; null when nothing is recorded yet. */
  current: Consent | null;
  /** "Given: written, 12 November 2026" and the like. */
  text: string;
}

/** The latest record of a kind (by when it was recorded; ties keep the later one in the list). */
export function latestConsent(consents: readonly Consent[], kind: ConsentKind): Consent | null {
  let latest: Consent | null = null;
  for (const consent of consents) {
    if (consent.kind !== kind) continue;
    if (!latest || consent.recordedAt >= latest.recordedAt) latest = consent;
  }
  return latest;
}

/** How a decision was made, in words: "written", "on behalf of a child by Mrs Penhallow". */
export function methodText(consent: Pick<Consent, 'method' | 'onBehalfBy'>): string {
  if (consent.method === 'on_behalf') {
    return consent.onBehalfBy ? `on behalf of a child by ${consent.onBehalfBy}` : 'on behalf of a child';
  }
  return consentMethods[consent.method].toLowerCase();
}

export function consentStatus(consents: readonly Consent[], kind: ConsentKind): ConsentStatus {
  const current = latestConsent(consents, kind);
  if (!current) return { kind, state: 'not_recorded', current, text: 'Not recorded' };
  if (current.withdrawnOn) {
    return { kind, state: 'withdrawn', current, text: `Withdrawn on ${formatDate(current.withdrawnOn)}` };
  }
  const state = current.decision;
  return {
    kind,
    state,
    current,
    text: `${consentStateLabel[state]}: ${methodText(current)}, ${formatDate(current.decidedOn)}`,
  };
}

export function consentOverview(consents: readonly Consent[]): ConsentStatus[] {
  return [consentStatus(consents, 'take_part'), consentStatus(consents, 'share_information')];
}

/**
 * The visible markers for withdrawn consent: "Consent withdrawn on 23 November 2026 (to take
 * part)". One line when both kinds were withdrawn on the same day, otherwise one per kind.
 */
export function withdrawalMarkers(consents: readonly Consent[]): string[] {
  const withdrawn = consentOverview(consents).filter((s) => s.state === 'withdrawn');
  const purpose: Record<ConsentKind, string> = {
    take_part: 'to take part',
    share_information: 'to share information',
  };
  const [first, second] = withdrawn;
  if (!first?.current?.withdrawnOn) return [];
  if (second?.current?.withdrawnOn === first.current.withdrawnOn) {
    return [
      `Consent withdrawn on ${formatDate(first.current.withdrawnOn)} (to take part and to share information)`,
    ];
  }
  return withdrawn.map(
    (s) => `Consent withdrawn on ${formatDate(s.current!.withdrawnOn!)} (${purpose[s.kind]})`,
  );
}

/** One line of the history: what was decided, how and when, and any withdrawal with its reason. */
export function historyLine(consent: Consent): string {
  const decided = `${consent.decision === 'given' ? 'Given' : 'Declined'}, ${methodText(consent)}, on ${formatDate(consent.decidedOn)}.`;
  if (!consent.withdrawnOn) return decided;
  const reason = consent.withdrawalReason.trim().replace(/[.!?]+$/u, '');
  return `${decided} Withdrawn on ${formatDate(consent.withdrawnOn)}${reason ? `: ${reason}` : ''}.`;
}
