import { describe, expect, it } from 'vitest';
import { meetingInput } from '../../src/shared/schemas/notes';
import { WorkbenchError } from '../../src/shared/errors';
import type { Result } from '../../src/renderer/src/lib/api';
import { validate } from '../../src/renderer/src/lib/form-errors';
import { submitValues } from '../../src/renderer/src/lib/use-form';

// The one submit every form shares, run with a contract schema. `send` stands in for the
// mutation (the browser tests drive the real one); here it records what would have gone.
const caseId = '3f1c1d3e-1d2b-4c55-9e36-8c2f7b0d1a11';
const meeting = { kind: 'preparation', startsAt: '2026-11-24T14:30', place: 'Room 4' };
const check = (v: typeof meeting) => validate(meetingInput, { caseId, ...v });

function recorder<Out>(answer: Result<Out>) {
  const sent: unknown[] = [];
  return { sent, send: async (v: unknown) => (sent.push(v), answer) };
}

describe('submitValues', () => {
  it('stops at the schema: nothing is sent, and the problem is named by its field', async () => {
    const main = recorder({ ok: true, value: 'saved' });
    const outcome = await submitValues({ ...meeting, startsAt: '' }, { check, send: main.send });
    expect(outcome.stage).toBe('check');
    expect(outcome.stage === 'check' && Object.keys(outcome.errors)).toEqual(['startsAt']);
    expect(main.sent).toEqual([]);
  });

  it('sends valid values once and hands back what main answered', async () => {
    const main = recorder({ ok: true, value: { id: 'm1' } });
    let sending = 0;
    const outcome = await submitValues(meeting, { check, send: main.send }, () => sending++);
    expect(outcome).toEqual({ stage: 'sent', value: { id: 'm1' } });
    expect(main.sent).toEqual([meeting]);
    expect(sending).toBe(1);
  });

  it("puts main's refusal on the field its code is about, or on the form as a whole", async () => {
    const refused = new WorkbenchError({ code: 'not_found', message: 'That case is no longer here.' });
    const main = recorder({ ok: false, error: refused });
    const onField = await submitValues(meeting, { send: main.send, errorFields: { not_found: 'place' } });
    expect(onField).toMatchObject({ stage: 'send', errors: { place: 'That case is no longer here.' } });
    const onForm = await submitValues(meeting, { send: main.send });
    expect(onForm).toMatchObject({
      stage: 'send',
      errors: { _: 'That case is no longer here.' },
      error: refused,
    });
  });

  it("keeps main's own field messages, unless the form maps errors itself", async () => {
    const refused = new WorkbenchError({
      code: 'invalid_input',
      message: 'Check the fields.',
      fields: { startsAt: 'That time has passed.' },
    });
    const main = recorder({ ok: false, error: refused });
    expect(await submitValues(meeting, { send: main.send })).toMatchObject({
      errors: { startsAt: 'That time has passed.' },
    });
    const mapped = await submitValues(meeting, {
      send: main.send,
      errorsFrom: (error) => ({ place: error.message }),
    });
    expect(mapped).toMatchObject({ errors: { place: 'Check the fields.' } });
  });
});
