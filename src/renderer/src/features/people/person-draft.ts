/**
 * A person's details as a form holds them (every field a string or a boolean), and the
 * conversions to and from what the contract accepts. DOM-free so the rules are unit-tested.
 */
import type { Person } from '../../../../shared/schemas/people';

export interface PersonDraft {
  preferredName: string;
  fullName: string;
  pronouns: string;
  ageBand: string;
  dateOfBirth: string;
  phone: string;
  email: string;
  address: string;
  preferredContact: string;
  language: string;
  interpreter: boolean;
  disability: string;
  reading: string;
  notes: string;
}

export const emptyDraft: PersonDraft = {
  preferredName: '',
  fullName: '',
  pronouns: '',
  ageBand: '',
  dateOfBirth: '',
  phone: '',
  email: '',
  address: '',
  preferredContact: '',
  language: '',
  interpreter: false,
  disability: '',
  reading: '',
  notes: '',
};

export function draftFrom(person: Person): PersonDraft {
  return {
    preferredName: person.preferredName,
    fullName: person.fullName,
    pronouns: person.pronouns,
    ageBand: person.ageBand ?? '',
    dateOfBirth: person.dateOfBirth ?? '',
    phone: person.phone,
    email: person.email,
    address: person.address,
    preferredContact: person.preferredContact ?? '',
    language: person.language,
    interpreter: person.interpreter,
    disability: person.disability,
    reading: person.reading,
    notes: person.notes,
  };
}

/** What person:update / participant:add take: "not given" choices become null. */
export function fieldsFrom(draft: PersonDraft) {
  return {
    ...draft,
    ageBand: draft.ageBand || null,
    dateOfBirth: draft.dateOfBirth || null,
    preferredContact: draft.preferredContact || null,
  };
}

/** Schema issue paths ("person.email") to the draft's own field names ("email"). */
export function personErrors(errors: Record<string, string>, prefix = 'person.'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    if (path.startsWith(prefix)) out[path.slice(prefix.length)] = message;
  }
  return out;
}
