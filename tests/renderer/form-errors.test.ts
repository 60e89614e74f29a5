import { describe, expect, it } from 'vitest';
import { channels } from '../../src/shared/contract';
import { passphraseProblem } from '../../src/shared/domain/passphrase';
import { WorkbenchError } from '../../src/shared/errors';
import {
  fieldErrorsFrom,
  repeatProblem,
  toWorkbenchError,
  validate,
  withRepeatCheck,
} from '../../src/renderer/src/lib/form-errors';

describe('validate with the contract schemas', () => {
  it('uses the shared passphrase rule, word for word', () => {
    expect(validate(channels['vault:create'].input, { passphrase: 'short' })).toEqual({
      passphrase: passphraseProblem('short'),
    });
    expect(validate(channels['vault:create'].input, { passphrase: 'four small words here' })).toBeNull();
  });

  it('reports each field of a form once, by its name', () => {
    expect(validate(channels['vault:recover'].input, { recoveryKey: '', newPassphrase: 'x' })).toEqual({
      recoveryKey: 'Enter your recovery key.',
      newPassphrase: passphraseProblem('x'),
    });
  });

  it('asks for the current passphrase before changing it', () => {
    const fields = validate(channels['vault:changePassphrase'].input, {
      currentPassphrase: '',
      newPassphrase: 'kitchen table circle morning',
    });
    expect(fields).toEqual({ currentPassphrase: 'Enter your passphrase.' });
  });
});

describe('fieldErrorsFrom', () => {
  it("prefers the error's own field messages", () => {
    const error = new WorkbenchError({
      code: 'wrong_passphrase',
      message: 'Your current passphrase is not right, so nothing was changed.',
      fields: { currentPassphrase: 'This is not your current passphrase.' },
    });
    expect(fieldErrorsFrom(error, { wrong_passphrase: 'passphrase' })).toEqual({
      currentPassphrase: 'This is not your current passphrase.',
    });
  });

  it('otherwise puts the message on the field the code is about, or on the form', () => {
    const wrongKey = new WorkbenchError({
      code: 'wrong_recovery_key',
      message: 'That recovery key does not open this vault.',
    });
    expect(fieldErrorsFrom(wrongKey, { wrong_recovery_key: 'recoveryKey' })).toEqual({
      recoveryKey: 'That recovery key does not open this vault.',
    });
    expect(fieldErrorsFrom(new WorkbenchError({ code: 'internal', message: 'Oops.' }))).toEqual({
      _: 'Oops.',
    });
  });
});

describe('toWorkbenchError', () => {
  it('keeps a WorkbenchError and rebuilds one from its plain shape', () => {
    const error = new WorkbenchError({ code: 'locked', message: 'Locked.' });
    expect(toWorkbenchError(error)).toBe(error);
    const rebuilt = toWorkbenchError({ code: 'too_many_attempts', message: 'Wait.', retryAfterMs: 2000 });
    expect(rebuilt).toBeInstanceOf(WorkbenchError);
    expect(rebuilt.retryAfterMs).toBe(2000);
  });

  it("keeps the message of an error that lost its fields crossing Electron's context bridge", () => {
    const crossed = new Error(
      "Error invoking remote method 'vault:unlock': Error: That passphrase is not right.",
    );
    expect(toWorkbenchError(crossed)).toMatchObject({
      code: 'internal',
      message: 'That passphrase is not right.',
    });
    expect(toWorkbenchError(new Error('That passphrase is not right.')).message).toBe(
      'That passphrase is not right.',
    );
  });

  it('says something calm about anything else', () => {
    expect(toWorkbenchError(undefined).message).toMatch(/Nothing you typed was sent anywhere/);
  });
});

describe('repeatProblem', () => {
  it('asks for the second copy, then checks it matches exactly', () => {
    expect(repeatProblem('a b c d', '')).toBe('Type the passphrase again.');
    expect(repeatProblem('a b c d', 'a b c D')).toMatch(/not the same/);
    expect(repeatProblem('a b c d', 'a b c d')).toBeNull();
  });
});

describe('withRepeatCheck', () => {
  const create = (passphrase: string) => validate(channels['vault:create'].input, { passphrase });

  it('says only the rule while the passphrase breaks it, however the second box reads', () => {
    expect(withRepeatCheck(create('short'), 'passphrase', 'short', 'different')).toEqual({
      passphrase: passphraseProblem('short'),
    });
  });

  it('asks for the second box, then for the same passphrase in it, once the rule is met', () => {
    const good = 'kitchen table circle morning';
    expect(withRepeatCheck(create(good), 'passphrase', good, '')).toEqual({
      repeat: 'Type the passphrase again.',
    });
    expect(withRepeatCheck(create(good), 'passphrase', good, `${good}!`)).toEqual({
      repeat: 'The two passphrases are not the same. Type the same passphrase in both boxes.',
    });
    expect(withRepeatCheck(create(good), 'passphrase', good, good)).toBeNull();
  });

  it("keeps the other fields' problems beside a mismatch", () => {
    const good = 'kitchen table circle morning';
    const problems = validate(channels['vault:recover'].input, { recoveryKey: '', newPassphrase: good });
    expect(withRepeatCheck(problems, 'newPassphrase', good, 'typo')).toEqual({
      recoveryKey: 'Enter your recovery key.',
      repeat: 'The two passphrases are not the same. Type the same passphrase in both boxes.',
    });
  });
});
