/**
 * The shape of a subject access export: what the service collects, what the Word document
 * shows and what the JSON file holds, so the two files always say the same. It holds only
 * what is about the requester (UK GDPR): their details, their part in each case, their own
 * words and the notes about them. Text about other people is in it only where the
 * facilitator reviewed a passage and chose to include it (with words redacted, if chosen);
 * everything else that mentions them is counted as withheld, never copied.
 */
import type { Consent, Person, RiskFlag } from '../schemas/people';

/** The parts of one case that conference planning, agreements and maps hold about the person. */
export interface PersonInCase {
  preparation: {
    readiness: string;
    reason: string;
    meetings: {
      startsAt: string;
      place: string;
      present: string;
      covered: string[];
      saidNotWilling: boolean;
    }[];
  }[];
  /** From the newest version of the case's agreement (or family plan), if there is one. */
  agreement: {
    title: string;
    version: number;
    choice: 'signs' | 'declines' | null;
    actions: { what: string; theirPart: 'does it' | 'for them'; byWhen: string | null; status: string }[];
  } | null;
  maps: {
    title: string;
    note: string;
    ties: { with: string; description: string; label: string; note: string }[];
  }[];
}

/**
 * A case by reference only: never its title, referral summary, closure detail or risk
 * decision, which are about the case and the other people in it.
 */
export interface CaseReference {
  reference: string;
  /** Words, as the app shows them (e.g. "Restorative conference", "School", "Closed"). */
  process: string;
  setting: string;
  status: string;
  openedOn: string;
  referralDate: string | null;
}

/** A line of a meeting note: when, who (by name, as the note records it) and what. */
export interface SpokenLine {
  time: string | null;
  speaker: string | null;
  text: string;
}

export interface SubjectAccessRecord {
  generatedAt: string;
  person: Person;
  /** The names passages were looked for by: their full name and the names confirmed. */
  namesLookedFor: string[];
  /** Roles in the organisation's own words (Settings → Role names). */
  cases: ({
    case: CaseReference;
    roles: string[];
    consents: Consent[];
    riskFlags: RiskFlag[];
  } & PersonInCase)[];
  /** Notes recorded as about them, whole; a meeting note's lines read "10:02 Name: words". */
  notesAboutThem: {
    caseReference: string | null;
    title: string;
    kind: 'text' | 'meeting';
    createdAt: string;
    updatedAt: string;
    text: string;
  }[];
  /** What they said in meetings recorded in other notes: just their lines, with the time. */
  theirWords: {
    caseReference: string | null;
    noteDate: string;
    lines: { time: string | null; text: string }[];
  }[];
  /** Passages of other notes that mention them, included after review ("[redacted]" in place). */
  reviewedPassages: {
    caseReference: string | null;
    noteDate: string;
    time: string | null;
    text: string;
    redacted: boolean;
  }[];
  /** Passages that mention them in notes about other people and were not included. */
  withheld: { passages: number; statement: string };
}
