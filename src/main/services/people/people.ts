/**
 * People and their part in cases. A person is one record however many cases they are in (the
 * same child in two cases is not typed twice); a participant row gives them a role in one case.
 */
import type { z } from 'zod';
import { WITHDRAWN_NOW_SQL } from '../../../shared/domain/consent-state';
import { filterKey } from '../../../shared/domain/search-words';
import { WorkbenchError } from '../../../shared/errors';
import type { Participant, Person, addParticipantInput, personFields } from '../../../shared/schemas/people';
import {
  getParticipant,
  getPerson,
  recordCaseEvent,
  toPerson,
  type PersonRow,
  type ServiceContext,
} from '../core';

type PersonFields = z.output<typeof personFields>;

function personParams(fields: PersonFields) {
  return {
    preferred_name: fields.preferredName,
    full_name: fields.fullName,
    pronouns: fields.pronouns,
    age_band: fields.ageBand,
    date_of_birth: fields.dateOfBirth,
    phone: fields.phone,
    email: fields.email,
    address: fields.address,
    preferred_contact: fields.preferredContact,
    language: fields.language,
    interpreter: fields.interpreter ? 1 : 0,
    disability: fields.disability,
    reading: fields.reading,
    notes: fields.notes,
  };
}

export function createPerson(ctx: ServiceContext, fields: PersonFields): Person {
  const id = ctx.newId();
  const at = ctx.now().toISOString();
  const params = personParams(fields);
  const columns = Object.keys(params);
  ctx.db
    .prepare(
      `INSERT INTO people (id, ${columns.join(', ')}, created_at, updated_at)
       VALUES (@id, ${columns.map((c) => `@${c}`).join(', ')}, @at, @at)`,
    )
    .run({ id, ...params, at });
  return getPerson(ctx, id);
}

export function updatePerson(ctx: ServiceContext, id: string, changes: Partial<PersonFields>): Person {
  const current = getPerson(ctx, id);
  const merged: PersonFields = { ...current, ...stripUndefined(changes) } as PersonFields;
  const params = personParams(merged);
  ctx.db
    .prepare(
      `UPDATE people SET ${Object.keys(params)
        .map((c) => `${c} = @${c}`)
        .join(', ')}, updated_at = @at WHERE id = @id`,
    )
    .run({ id, ...params, at: ctx.now().toISOString() });
  return getPerson(ctx, id);
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * People whose preferred or full name holds the query, folded like every search ("lukasz"
 * finds "Łukasz"): names that start with it first, then a later name starting with it, then
 * the rest, each in folded alphabetical order.
 */
export function searchPeople(ctx: ServiceContext, query: string, limit = 20): Person[] {
  const needle = filterKey(query);
  if (!needle) return [];
  const rows = ctx.db
    .prepare(
      `SELECT p.* FROM person_search s JOIN people p ON p.id = s.person_id
       WHERE instr(s.key, @needle) > 0
       ORDER BY CASE WHEN substr(s.key, 1, length(@needle)) = @needle THEN 0
                     WHEN instr(s.key, ' ' || @needle) > 0 OR instr(s.key, char(10) || @needle) > 0 THEN 1
                     ELSE 2 END, s.key
       LIMIT @limit`,
    )
    .all({ needle, limit }) as PersonRow[];
  return rows.map(toPerson);
}

export function casesOfPerson(ctx: ServiceContext, personId: string) {
  return ctx.db
    .prepare(
      `SELECT c.id AS caseId, c.reference, c.title, p.role,
         EXISTS (SELECT 1 FROM consents k WHERE k.case_id = c.id AND k.person_id = p.person_id AND ${WITHDRAWN_NOW_SQL})
           AS withdrawn
       FROM participants p JOIN cases c ON c.id = p.case_id
       WHERE p.person_id = ? ORDER BY c.reference`,
    )
    .all(personId)
    .map((row) => {
      const { withdrawn, ...rest } = row as {
        caseId: string;
        reference: string;
        title: string;
        role: string;
        withdrawn: number;
      };
      return { ...rest, consentWithdrawn: withdrawn === 1 };
    });
}

function assertSupportsInCase(
  ctx: ServiceContext,
  caseId: string,
  supportsId: string | null | undefined,
): void {
  if (!supportsId) return;
  const row = ctx.db.prepare('SELECT case_id FROM participants WHERE id = ?').get(supportsId) as
    { case_id: string } | undefined;
  if (!row || row.case_id !== caseId) {
    throw new WorkbenchError({
      code: 'invalid_input',
      message: 'A supporter can only support someone in the same case.',
      fields: { supportsParticipantId: 'Choose someone in this case.' },
    });
  }
}

export function addParticipant(
  ctx: ServiceContext,
  input: z.output<typeof addParticipantInput>,
): Participant {
  const caseExists = ctx.db.prepare('SELECT 1 FROM cases WHERE id = ?').get(input.caseId);
  if (!caseExists) throw new WorkbenchError({ code: 'not_found', message: 'That case no longer exists.' });
  assertSupportsInCase(ctx, input.caseId, input.supportsParticipantId);
  const id = ctx.newId();
  ctx.db.transaction(() => {
    const personId = input.personId ? getPerson(ctx, input.personId).id : createPerson(ctx, input.person!).id;
    const duplicate = ctx.db
      .prepare('SELECT 1 FROM participants WHERE case_id = ? AND person_id = ? AND role = ?')
      .get(input.caseId, personId, input.role);
    if (duplicate) {
      throw new WorkbenchError({
        code: 'invalid_input',
        message: 'This person already has that role in this case.',
        fields: { role: 'Already in the case with this role.' },
      });
    }
    ctx.db
      .prepare(
        `INSERT INTO participants (id, case_id, person_id, role, supports_id, organisation, added_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        id,
        input.caseId,
        personId,
        input.role,
        input.supportsParticipantId,
        input.organisation,
        ctx.now().toISOString(),
      );
    recordCaseEvent(ctx, input.caseId, 'person_added', { personId, role: input.role });
  })();
  return getParticipant(ctx, id);
}

export function updateParticipant(
  ctx: ServiceContext,
  input: {
    id: string;
    role?: string | undefined;
    supportsParticipantId?: string | null | undefined;
    organisation?: string | undefined;
  },
): Participant {
  const current = getParticipant(ctx, input.id);
  if (input.supportsParticipantId === input.id) {
    throw new WorkbenchError({
      code: 'invalid_input',
      message: 'Someone cannot be their own supporter.',
      fields: { supportsParticipantId: 'Choose someone else.' },
    });
  }
  assertSupportsInCase(ctx, current.caseId, input.supportsParticipantId);
  const role = input.role ?? current.role;
  const supports =
    input.supportsParticipantId !== undefined ? input.supportsParticipantId : current.supportsParticipantId;
  if (role === 'supporter' && !supports) {
    throw new WorkbenchError({
      code: 'invalid_input',
      message: 'Say whom this supporter supports.',
      fields: { supportsParticipantId: 'Required for a supporter.' },
    });
  }
  ctx.db
    .prepare('UPDATE participants SET role = ?, supports_id = ?, organisation = ? WHERE id = ?')
    .run(
      role,
      role === 'supporter' ? supports : (supports ?? null),
      input.organisation ?? current.organisation,
      input.id,
    );
  return getParticipant(ctx, input.id);
}

export function removeParticipant(ctx: ServiceContext, id: string): void {
  const current = getParticipant(ctx, id);
  ctx.db.transaction(() => {
    ctx.db.prepare('DELETE FROM participants WHERE id = ?').run(id);
    recordCaseEvent(ctx, current.caseId, 'person_removed', {
      personId: current.person.id,
      role: current.role,
    });
  })();
}
