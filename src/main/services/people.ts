/**
 * People and their part in cases. A person is one record however many cases they are in (the
 * same child in two cases is not typed twice); a participant row gives them a role in one case.
 */
import type { z } from 'zod';
import { isConsentWithdrawnNow, WITHDRAWN_NOW_SQL } from '../../shared/domain/consent-state';
import { WorkbenchError } from '../../shared/errors';
import type { Participant, Person, addParticipantInput, personFields } from '../../shared/schemas/people';
import { recordCaseEvent } from './case-events';
import { listConsents } from './consents';
import { likePattern, type ServiceContext } from './context';

interface PersonRow {
  id: string;
  preferred_name: string;
  full_name: string;
  pronouns: string;
  age_band: string | null;
  date_of_birth: string | null;
  phone: string;
  email: string;
  address: string;
  preferred_contact: string | null;
  language: string;
  interpreter: number;
  disability: string;
  reading: string;
  notes: string;
  created_at: string;
  updated_at: string;
}

export function toPerson(row: PersonRow): Person {
  return {
    id: row.id,
    preferredName: row.preferred_name,
    fullName: row.full_name,
    pronouns: row.pronouns,
    ageBand: row.age_band,
    dateOfBirth: row.date_of_birth,
    phone: row.phone,
    email: row.email,
    address: row.address,
    preferredContact: row.preferred_contact,
    language: row.language,
    interpreter: row.interpreter === 1,
    disability: row.disability,
    reading: row.reading,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

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

export function getPerson(ctx: ServiceContext, id: string): Person {
  const row = ctx.db.prepare('SELECT * FROM people WHERE id = ?').get(id) as PersonRow | undefined;
  if (!row)
    throw new WorkbenchError({ code: 'not_found', message: 'That person is no longer in the workbench.' });
  return toPerson(row);
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

export function searchPeople(ctx: ServiceContext, query: string, limit = 20): Person[] {
  const rows = ctx.db
    .prepare(
      `SELECT * FROM people WHERE preferred_name LIKE @q ESCAPE '\\' OR full_name LIKE @q ESCAPE '\\'
       ORDER BY preferred_name COLLATE NOCASE LIMIT @limit`,
    )
    .all({ q: likePattern(query), limit }) as PersonRow[];
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

interface ParticipantRow {
  id: string;
  case_id: string;
  person_id: string;
  role: string;
  supports_id: string | null;
  organisation: string;
  added_at: string;
}

function toParticipant(ctx: ServiceContext, row: ParticipantRow): Participant {
  const consents = listConsents(ctx, row.case_id, row.person_id);
  const other = ctx.db
    .prepare('SELECT count(DISTINCT case_id) AS n FROM participants WHERE person_id = ? AND case_id <> ?')
    .get(row.person_id, row.case_id) as { n: number };
  return {
    id: row.id,
    caseId: row.case_id,
    person: getPerson(ctx, row.person_id),
    role: row.role as Participant['role'],
    supportsParticipantId: row.supports_id,
    organisation: row.organisation,
    addedAt: row.added_at,
    consents,
    consentWithdrawn: isConsentWithdrawnNow(consents),
    otherCaseCount: other.n,
  };
}

export function getParticipant(ctx: ServiceContext, id: string): Participant {
  const row = ctx.db.prepare('SELECT * FROM participants WHERE id = ?').get(id) as ParticipantRow | undefined;
  if (!row)
    throw new WorkbenchError({ code: 'not_found', message: 'That person is no longer in this case.' });
  return toParticipant(ctx, row);
}

export function listParticipants(ctx: ServiceContext, caseId: string): Participant[] {
  const rows = ctx.db
    .prepare(
      `SELECT p.* FROM participants p JOIN people h ON h.id = p.person_id WHERE p.case_id = ?
       ORDER BY CASE p.role WHEN 'harmed' THEN 0 WHEN 'responsible' THEN 1 WHEN 'supporter' THEN 2 ELSE 3 END,
                h.preferred_name COLLATE NOCASE`,
    )
    .all(caseId) as ParticipantRow[];
  return rows.map((row) => toParticipant(ctx, row));
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
