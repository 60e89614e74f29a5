/**
 * A vault with a bit of everything, for the backup round trip: a school incident prepared and
 * confirmed (people, consents, risk flags, preparation), notes with revisions and a meeting,
 * a relationship map with two snapshots, an agreement agreed, revised into version 2, agreed
 * again, followed up and reviewed, a case archived, and settings changed. Invented names.
 * `readEverything` then asks every channel that reads data for what it says.
 */
import { randomUUID } from 'node:crypto';
import { blankAction, draftFrom } from '../../../src/shared/domain/agreement';
import { newNode } from '../../../src/shared/domain/relationship-map';
import type { AgreementState } from '../../../src/shared/schemas/agreements';
import type { MapView, SnapshotSummary } from '../../../src/shared/schemas/maps';
import type { Workbench } from '../../../src/main/workbench';
import { ecomapTie, person as mapOnly } from '../domain/relationship-map-fixtures';
import { confirmedConference, createCase } from './case-fixtures';
import { call } from './temp-workbench';

export interface RichIds {
  caseId: string;
  otherCaseId: string;
  personIds: string[];
  noteIds: string[];
  mapId: string;
  snapshotIds: string[];
  agreementVersionIds: string[];
}

/** `tick` moves the test's clock on, so revisions, versions and follow-up get their own times. */
export async function richVault(wb: Workbench, tick: (minutes: number) => void): Promise<RichIds> {
  const school = await confirmedConference(wb);
  const { kase, ayla, jordan, tomasz } = school;
  await call(wb, 'risk:save', {
    caseId: kase.id,
    personId: jordan.person.id,
    category: 'power_imbalance',
    detail: 'Older brother in the same year group',
    level: 'medium',
    mitigations: 'Sit apart at the conference',
  });
  await call(wb, 'meeting:save', {
    caseId: kase.id,
    kind: 'preparation',
    title: 'Home visit',
    startsAt: '2026-12-02T10:00',
    place: 'Family home',
  });

  const noteIds: string[] = [];
  const first = (await call(wb, 'note:save', {
    caseId: kase.id,
    title: 'After the home visit',
    body: 'Ayla would like her aunt with her.',
  })) as { id: string };
  noteIds.push(first.id);
  tick(5);
  await call(wb, 'note:save', {
    id: first.id,
    caseId: kase.id,
    title: 'After the home visit',
    body: 'Ayla would like her aunt with her, and to speak second.',
  });
  tick(5);
  await call(wb, 'note:save', {
    id: first.id,
    caseId: kase.id,
    personId: ayla.person.id,
    title: 'After the home visit',
    body: 'Ayla would like her aunt with her, to speak second, and a break halfway.',
  });
  noteIds.push(
    (
      (await call(wb, 'note:save', {
        caseId: kase.id,
        body: '**Jordan** wants to apologise in person.\n- bring the strap',
      })) as { id: string }
    ).id,
  );

  const created = (await call(wb, 'map:create', {
    caseId: kase.id,
    kind: 'ecomap',
    title: 'Ayla’s world',
  })) as MapView;
  const mapId = created.map.id;
  const base = {
    ...created.document,
    nodes: [
      newNode({ id: 'ayla', personId: ayla.person.id, focal: true }),
      newNode({ id: 'jordan', personId: jordan.person.id }),
      newNode({ id: 'tomasz', personId: tomasz.person.id }),
      mapOnly('school', 'Riverside Academy', { kind: 'system' }),
    ],
    households: [],
  };
  await call(wb, 'map:save', {
    mapId,
    document: {
      ...base,
      ties: [ecomapTie('a', 'ayla', 'jordan', { quality: 'conflict' }), ecomapTie('b', 'ayla', 'school')],
    },
  });
  const snapshotIds = [
    ((await call(wb, 'map:snapshot', { mapId, label: 'Before the conference' })) as SnapshotSummary).id,
  ];
  tick(60);
  await call(wb, 'map:save', {
    mapId,
    document: {
      ...base,
      ties: [
        ecomapTie('a', 'ayla', 'jordan', { quality: 'moderate', direction: 'both' }),
        ecomapTie('c', 'tomasz', 'school', { quality: 'tenuous' }),
      ],
    },
  });
  snapshotIds.push(
    ((await call(wb, 'map:snapshot', { mapId, label: 'After the conference' })) as SnapshotSummary).id,
  );

  for (const text of ['Jordan replaces the broken bag strap', 'Ayla and Jordan sit apart in science'])
    await call(wb, 'run:captureAction', { caseId: kase.id, text });
  const started = (await call(wb, 'agreement:start', { caseId: kase.id })) as AgreementState;
  const draft = draftFrom(started.agreement!);
  draft.statement = 'On 3 November a bag strap was broken in the corridor.';
  draft.actions[0] = {
    ...draft.actions[0]!,
    whoParticipantId: jordan.id,
    forParticipantId: ayla.id,
    byWhen: '2026-12-20',
    howChecked: 'Ayla sees the new strap',
    checkedBy: 'Mr Okafor',
  };
  draft.actions.push({
    ...blankAction(randomUUID()),
    what: 'Jordan writes to Tomasz',
    whoParticipantId: jordan.id,
    byWhen: '2026-12-12',
  });
  await call(wb, 'agreement:save', draft);
  const agreed = (await call(wb, 'agreement:markAgreed', { caseId: kase.id })) as AgreementState;
  tick(60 * 24);
  const revision = draftFrom(agreed.agreement!);
  revision.actions[1]!.what = 'Ayla and Jordan sit apart in science until Christmas';
  await call(wb, 'agreement:save', revision);
  const second = (await call(wb, 'agreement:markAgreed', { caseId: kase.id })) as AgreementState;
  await call(wb, 'action:setStatus', {
    caseId: kase.id,
    actionId: draft.actions[0]!.id,
    status: 'in_progress',
    on: '2026-12-05',
    note: 'Strap ordered',
  });
  await call(wb, 'action:setStatus', {
    caseId: kase.id,
    actionId: draft.actions[0]!.id,
    status: 'done',
    on: '2026-12-08',
    note: 'Seen by Mr Okafor',
  });
  await call(wb, 'review:record', {
    caseId: kase.id,
    heldOn: '2026-12-15',
    attendees: 'Ayla, Jordan, Mr Okafor',
    notes: 'All kept.',
    outcome: 'completed',
  });

  const other = await createCase(wb, {
    title: 'Bus stop argument',
    processType: 'restorative_conversation',
    setting: 'community',
  });
  await call(wb, 'note:save', { caseId: other.id, body: 'Short conversation at the bus stop; both calm.' });
  await call(wb, 'case:archive', { id: other.id });
  await call(wb, 'settings:update', {
    attentionDays: 21,
    theme: 'dark',
    organisationName: 'Riverside Restorative Service',
  });

  return {
    caseId: kase.id,
    otherCaseId: other.id,
    personIds: school.everyone.map((p) => p.person.id),
    noteIds,
    mapId,
    snapshotIds,
    agreementVersionIds: second.versions.map((v) => v.id),
  };
}

/** Every channel that reads data, with the inputs that make it read this vault's records. */
export function readingCalls(ids: RichIds): [string, unknown][] {
  const perCase = (caseId: string): [string, unknown][] =>
    [
      'case:get',
      'case:timeline',
      'participant:list',
      'risk:list',
      'note:list',
      'meeting:list',
      'prep:list',
      'conference:get',
      'run:state',
      'shuttle:list',
      'agreement:get',
      'map:list',
    ].map((channel) => [
      channel,
      channel === 'case:get' || channel === 'case:timeline' ? { id: caseId } : { caseId },
    ]);
  return [
    ['settings:get', {}],
    ['case:list', { archived: 'all' }],
    ['case:list', { needsAttention: true }],
    ...perCase(ids.caseId),
    ...perCase(ids.otherCaseId),
    ['agreement:document', { caseId: ids.caseId }],
    ...ids.personIds.map((id): [string, unknown] => ['person:get', { id }]),
    ['person:search', { query: 'Bright' }],
    ...ids.noteIds.flatMap((id): [string, unknown][] => [
      ['note:get', { id }],
      ['note:revisions', { noteId: id }],
    ]),
    ['search:query', { query: 'aunt' }],
    ['search:query', { query: 'Jordan' }],
    ['today:get', {}],
    ['template:list', {}],
    ['report:get', { from: '2026-01-01', to: '2026-12-31' }],
    ['map:get', { mapId: ids.mapId }],
    ['map:snapshots', { mapId: ids.mapId }],
    ...ids.snapshotIds.map((snapshotId): [string, unknown] => ['map:snapshotGet', { snapshotId }]),
    ['map:compare', { mapId: ids.mapId, fromSnapshotId: ids.snapshotIds[0], toSnapshotId: null }],
    ...ids.agreementVersionIds.map((id): [string, unknown] => ['agreement:version', { id }]),
  ];
}

/** What every reading channel answers, keyed by channel and input. */
export async function readEverything(wb: Workbench, ids: RichIds): Promise<Record<string, unknown>> {
  const answers: Record<string, unknown> = {};
  for (const [channel, input] of readingCalls(ids)) {
    const envelope = await wb.dispatch(channel, input);
    answers[`${channel} ${JSON.stringify(input)}`] = envelope;
  }
  return answers;
}
