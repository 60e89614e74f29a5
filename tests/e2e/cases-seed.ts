/**
 * Setup for the cases and Today browser tests that is not itself under test: a vault with
 * invented cases put in through the real handlers (with a movable clock, so some cases have
 * been quiet for weeks), then the real unlock screen. All names are invented.
 */
import type { ChannelInput, ChannelName, ChannelOutput } from '../../src/shared/contract';
import type { RunningApp } from './support/harness';
import { PASSPHRASE, unlock } from './support/flows';

/** A clock the services read; tests move it to make records look older. */
export class MovableClock {
  private offsetMs = 0;
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
  daysAgo(days: number): void {
    this.offsetMs = -days * 86_400_000;
  }
  hoursAgo(hours: number): void {
    this.offsetMs = -hours * 3_600_000;
  }
  reset(): void {
    this.offsetMs = 0;
  }
}

export async function call<K extends ChannelName>(
  app: RunningApp,
  channel: K,
  input: ChannelInput<K>,
): Promise<ChannelOutput<K>> {
  const result = await app.workbench.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as ChannelOutput<K>;
}

/** A new vault, whatever `seed` puts in it, then the real unlock screen. */
export async function startWith<T>(app: RunningApp, seed: () => Promise<T>): Promise<T> {
  await call(app, 'vault:create', { passphrase: PASSPHRASE });
  const seeded = await seed();
  await call(app, 'vault:lock', { reason: 'user' });
  await app.page.reload();
  await unlock(app.page, PASSPHRASE);
  return seeded;
}

/** "YYYY-MM-DDTHH:MM" in local time, `days` from now at `time`. */
export function localMinuteIn(days: number, time: string): string {
  const d = new Date(Date.now() + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${time}`;
}

function todayLocal(): string {
  return localMinuteIn(0, '00:00').slice(0, 10);
}

/**
 * Eight cases across the continuum and the pipeline: two quiet for weeks, one with a meeting
 * in two days, one where consent was withdrawn, one archived, one closed early.
 */
export async function seedEightCases(app: RunningApp, clock: MovableClock) {
  const make = (input: ChannelInput<'case:create'>) => call(app, 'case:create', input);
  const move = (id: string, ...statuses: ChannelInput<'case:setStatus'>['status'][]) =>
    statuses.reduce(
      (p, status) => p.then(() => call(app, 'case:setStatus', { id, status }).then(() => undefined)),
      Promise.resolve(),
    );
  const person = (caseId: string, preferredName: string, role: 'harmed' | 'responsible' | 'family_member') =>
    call(app, 'participant:add', { caseId, person: { preferredName }, role });

  clock.daysAgo(40);
  const quiet = await make({
    title: 'Bus stop disagreement',
    processType: 'impromptu_conference',
    setting: 'community',
    referral: {
      date: todayLocal(),
      referrer: 'Neighbourhood officer',
      summary: 'Words exchanged at a bus stop.',
    },
  });
  clock.daysAgo(30);
  const family = await make({
    title: 'Okonjo family plan',
    processType: 'family_group_conference',
    setting: 'family',
    referral: { referrer: 'Children’s social care', summary: 'A plan is needed for where Tayo lives.' },
  });
  await person(family.id, 'Tayo Okonjo', 'family_member');
  await person(family.id, 'Grace Okonjo', 'family_member');
  await person(family.id, 'Femi Okonjo', 'family_member');
  await move(family.id, 'assessment');
  clock.daysAgo(20);
  const archived = await make({
    title: 'Staffroom rota dispute',
    processType: 'workplace_mediation',
    setting: 'workplace',
  });
  await move(archived.id, 'assessment', 'preparation', 'conference', 'follow_up');
  await call(app, 'case:setStatus', { id: archived.id, status: 'closed', closureReason: 'completed' });
  await call(app, 'case:archive', { id: archived.id });
  clock.daysAgo(10);
  const declined = await make({
    title: 'Letter to Mr Harrow',
    processType: 'indirect',
    setting: 'youth_justice',
  });
  await call(app, 'case:setStatus', { id: declined.id, status: 'closed', closureReason: 'declined' });
  // Two hours ago, so its conversation (a meeting record) is already in the past.
  clock.hoursAgo(2);
  const talk = await call(app, 'case:quickCapture', {
    who: 'Mia and Sol',
    where: 'Year 7 corridor',
    whatWasSaid: 'Mia said the name-calling upset her; Sol said sorry.',
    followUp: 'Check in with both on Friday.',
    setting: 'school',
  });
  clock.reset();

  const lunch = await make({
    title: 'Year 9 lunchtime incident',
    processType: 'restorative_conference',
    setting: 'school',
    referral: {
      date: todayLocal(),
      referrer: 'Head of Year 9',
      source: 'email',
      summary: 'A phone was taken from a bag and passed around the canteen.',
      acknowledged: 'yes',
    },
  });
  await person(lunch.id, 'Ayla Brightwater', 'harmed');
  await person(lunch.id, 'Ravi Castell', 'responsible');
  await move(lunch.id, 'assessment', 'preparation');
  await call(app, 'meeting:save', {
    caseId: lunch.id,
    kind: 'preparation',
    startsAt: localMinuteIn(2, '10:00'),
    place: 'Library meeting room',
  });
  const circle = await make({ title: 'Form 8C classroom circle', processType: 'circle', setting: 'school' });
  await move(circle.id, 'assessment', 'preparation', 'conference');
  const care = await make({
    title: 'Maple House kitchen damage',
    processType: 'restorative_conference',
    setting: 'care_home',
  });
  const jo = await person(care.id, 'Jo Pellow', 'responsible');
  const consent = await call(app, 'consent:record', {
    caseId: care.id,
    personId: jo.person.id,
    kind: 'take_part',
    decision: 'given',
    method: 'verbal',
    decidedOn: todayLocal(),
  });
  await call(app, 'consent:withdraw', {
    id: consent.id,
    withdrawnOn: todayLocal(),
    reason: 'Not ready yet.',
  });
  await move(care.id, 'assessment');
  return { quiet, family, archived, declined, lunch, circle, care, talk };
}
