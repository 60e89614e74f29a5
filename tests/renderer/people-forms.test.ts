import { expect, it } from 'vitest';
import { addParticipantInput, consentInput } from '../../src/shared/schemas/people';
import { validate } from '../../src/renderer/src/lib/form-errors';
import { emptyDraft, fieldsFrom, personErrors } from '../../src/renderer/src/features/people/person-draft';
import { roleInput } from '../../src/renderer/src/features/people/role-fields';
import {
  erasedFromText,
  nameMatches,
  notesToReviewText,
} from '../../src/renderer/src/features/people/erasure-wording';

const caseId = '3f1c1d3e-1d2b-4c55-9e36-8c2f7b0d1a11';

it('puts add-person problems next to the person fields and the role fields', () => {
  const errors = validate(addParticipantInput, {
    caseId,
    ...roleInput({ role: 'supporter', supportsParticipantId: '', organisation: 'ignored' }),
    person: fieldsFrom({ ...emptyDraft, email: 'not-an-email' }),
  })!;
  expect(personErrors(errors)).toMatchObject({
    preferredName: 'A preferred name is required.',
    email: 'That email address does not look right.',
  });
  expect(errors['supportsParticipantId']).toBe('Say whom this supporter supports.');
});

it('sends "not given" choices as null and organisation only where it belongs', () => {
  const fields = fieldsFrom({ ...emptyDraft, preferredName: 'Ayla' });
  expect(fields).toMatchObject({ ageBand: null, dateOfBirth: null, preferredContact: null });
  expect(validate(addParticipantInput, { caseId, role: 'harmed', person: fields })).toBeNull();
  expect(roleInput({ role: 'professional', supportsParticipantId: 'x', organisation: 'Council' })).toEqual({
    role: 'professional',
    supportsParticipantId: null,
    organisation: 'Council',
  });
  expect(validate(addParticipantInput, { caseId, role: '', person: fields })).toMatchObject({
    role: 'Choose a role.',
  });
});

it('requires who decided when consent is given on behalf of a child', () => {
  const base = { caseId, personId: caseId, kind: 'take_part', decision: 'given', decidedOn: '2026-11-24' };
  expect(validate(consentInput, { ...base, method: 'on_behalf', onBehalfBy: '' })).toEqual({
    onBehalfBy: 'Say who gave consent on the child’s behalf.',
  });
  expect(validate(consentInput, { ...base, method: 'verbal' })).toBeNull();
});

it('confirms an erasure only with the preferred name, and reports it in words', () => {
  expect(nameMatches(' ayla brightwater ', 'Ayla Brightwater')).toBe(true);
  expect(nameMatches('Ayla', 'Ayla Brightwater')).toBe(false);
  expect(nameMatches('', '')).toBe(false);
  // Folded as every search folds names: accents and apostrophe forms aside.
  expect(nameMatches('zoe o’brien', "Zoë O'Brien")).toBe(true);
  expect(erasedFromText(1)).toBe('Erased from 1 case.');
  expect(erasedFromText(2)).toBe('Erased from 2 cases.');
  expect(notesToReviewText(0, 'Tomasz')).toBe('No notes are about Tomasz or mention them by name.');
  expect(notesToReviewText(2, 'Tomasz')).toBe(
    '2 notes were about Tomasz or still name them. Open each to decide what to keep.',
  );
});
