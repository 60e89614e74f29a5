/**
 * The shape of a subject access export: what the service collects, what the Word document
 * shows and what the JSON file holds, so the two files always say the same.
 */
import type { CaseRecord } from '../schemas/cases';
import type { Note } from '../schemas/notes';
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

export interface SubjectAccessRecord {
  generatedAt: string;
  person: Person;
  cases: ({ case: CaseRecord; roles: string[]; consents: Consent[]; riskFlags: RiskFlag[] } & PersonInCase)[];
  notes: { note: Note; why: ('about them' | 'they spoke' | 'mentions their name')[] }[];
}
