/**
 * Invented people and cases for tests (no real-looking personal data): a school incident with
 * two people harmed, one responsible and three supporters, as in the planning issue.
 */
import type { Workbench } from '../../../src/main/workbench';
import { call } from './temp-workbench';

export interface CaseRef {
  id: string;
  reference: string;
}
export interface ParticipantRef {
  id: string;
  person: { id: string; preferredName: string };
}

export async function createCase(wb: Workbench, overrides: Record<string, unknown> = {}): Promise<CaseRef> {
  return (await call(wb, 'case:create', {
    title: 'Lunch queue incident',
    processType: 'restorative_conference',
    setting: 'school',
    referral: {
      date: '2026-11-02',
      referrer: 'Head of Year 9',
      source: 'email',
      summary: 'A push in the lunch queue; a phone was broken.',
      acknowledged: 'yes',
    },
    ...overrides,
  })) as CaseRef;
}

export async function addPerson(
  wb: Workbench,
  caseId: string,
  preferredName: string,
  role: string,
  extra: Record<string, unknown> = {},
): Promise<ParticipantRef> {
  return (await call(wb, 'participant:add', {
    caseId,
    role,
    person: { preferredName },
    ...extra,
  })) as ParticipantRef;
}

/** Two harmed, one responsible, three supporters (one for each). */
export async function schoolIncident(wb: Workbench) {
  const kase = await createCase(wb);
  const ayla = await addPerson(wb, kase.id, 'Ayla Brightwater', 'harmed', {
    person: { preferredName: 'Ayla Brightwater', pronouns: 'she/her', ageBand: '11_to_15' },
  });
  const tomasz = await addPerson(wb, kase.id, 'Tomasz Quill', 'harmed');
  const jordan = await addPerson(wb, kase.id, 'Jordan Fenwick', 'responsible');
  const supporters = [
    await addPerson(wb, kase.id, 'Marisol Brightwater', 'supporter', { supportsParticipantId: ayla.id }),
    await addPerson(wb, kase.id, 'Peter Quill', 'supporter', { supportsParticipantId: tomasz.id }),
    await addPerson(wb, kase.id, 'Dana Fenwick', 'supporter', { supportsParticipantId: jordan.id }),
  ];
  return { kase, ayla, tomasz, jordan, supporters };
}
