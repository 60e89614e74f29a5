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

const everyItemCovered = {
  process_explained: true,
  account_heard: true,
  hopes: true,
  supporters_identified: true,
  worries_needs: true,
  access_needs: true,
  consent_confirmed: true,
  still_willing: true,
};

/**
 * The school incident prepared all the way: everyone invited, prepared, consenting to take
 * part and to share information, the risk decided, date and place set, and confirmed. Returns
 * each person's consent ids so a test can withdraw one.
 */
export async function confirmedConference(wb: Workbench) {
  const incident = await schoolIncident(wb);
  const { kase, ayla, tomasz, jordan, supporters } = incident;
  const everyone = [ayla, tomasz, jordan, ...supporters];
  await call(wb, 'conference:update', { caseId: kase.id, invited: everyone.map((p) => p.id) });
  const consents = new Map<string, { takePart: string; shareInformation: string }>();
  for (const p of everyone) {
    await call(wb, 'prep:save', {
      caseId: kase.id,
      participantId: p.id,
      startsAt: '2026-11-26T16:00',
      place: 'Family room',
      present: 'Facilitator and the participant',
      checklist: everyItemCovered,
    });
    const ids = [];
    for (const kind of ['take_part', 'share_information'])
      ids.push(
        (
          (await call(wb, 'consent:record', {
            caseId: kase.id,
            personId: p.person.id,
            kind,
            decision: 'given',
            method: 'written',
            decidedOn: '2026-11-26',
          })) as { id: string }
        ).id,
      );
    consents.set(p.id, { takePart: ids[0]!, shareInformation: ids[1]! });
  }
  await call(wb, 'risk:assess', {
    caseId: kase.id,
    decision: 'proceed_with_measures',
    measures: 'Separate waiting rooms',
    decidedBy: 'Sam (facilitator)',
  });
  await call(wb, 'conference:update', {
    caseId: kase.id,
    startsAt: '2026-12-03T15:30',
    venue: 'Hillside School',
    room: 'Library',
  });
  await call(wb, 'conference:confirm', { caseId: kase.id });
  return { ...incident, everyone, consents };
}
