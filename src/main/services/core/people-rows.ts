/**
 * People and their part in a case, as rows become records: a person, their consents in a case,
 * and a participant (a person with a role in one case). Loaded in a few queries per case, not
 * one per person.
 */
import { isConsentWithdrawnNow } from '../../../shared/domain/consent-state';
import { WorkbenchError } from '../../../shared/errors';
import type { Consent, Participant, Person } from '../../../shared/schemas/people';
import type { ServiceContext } from './context';

export interface PersonRow {
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

export function getPerson(ctx: ServiceContext, id: string): Person {
  const row = ctx.db.prepare('SELECT * FROM people WHERE id = ?').get(id) as PersonRow | undefined;
  if (!row)
    throw new WorkbenchError({ code: 'not_found', message: 'That person is no longer in the workbench.' });
  return toPerson(row);
}

export interface ConsentRow {
  id: string;
  case_id: string;
  person_id: string;
  kind: string;
  decision: string;
  method: string;
  on_behalf_by: string;
  decided_on: string;
  withdrawn_on: string | null;
  withdrawal_reason: string;
  recorded_at: string;
}

export function toConsent(row: ConsentRow): Consent {
  return {
    id: row.id,
    caseId: row.case_id,
    personId: row.person_id,
    kind: row.kind as Consent['kind'],
    decision: row.decision as Consent['decision'],
    method: row.method as Consent['method'],
    onBehalfBy: row.on_behalf_by,
    decidedOn: row.decided_on,
    withdrawnOn: row.withdrawn_on,
    withdrawalReason: row.withdrawal_reason,
    recordedAt: row.recorded_at,
  };
}

export function listConsents(ctx: ServiceContext, caseId: string, personId?: string): Consent[] {
  const rows = personId
    ? ctx.db
        .prepare('SELECT * FROM consents WHERE case_id = ? AND person_id = ? ORDER BY recorded_at, rowid')
        .all(caseId, personId)
    : ctx.db.prepare('SELECT * FROM consents WHERE case_id = ? ORDER BY recorded_at, rowid').all(caseId);
  return (rows as ConsentRow[]).map(toConsent);
}

export function getConsent(ctx: ServiceContext, id: string): Consent {
  const row = ctx.db.prepare('SELECT * FROM consents WHERE id = ?').get(id) as ConsentRow | undefined;
  if (!row) throw new WorkbenchError({ code: 'not_found', message: 'That consent record no longer exists.' });
  return toConsent(row);
}

export interface ParticipantRow {
  id: string;
  case_id: string;
  person_id: string;
  role: string;
  supports_id: string | null;
  organisation: string;
  added_at: string;
}

/** Participants with their person, consents in the case and how many other cases they are in. */
function toParticipants(ctx: ServiceContext, caseId: string, rows: ParticipantRow[]): Participant[] {
  if (rows.length === 0) return [];
  const personIds = [...new Set(rows.map((r) => r.person_id))];
  const marks = personIds.map(() => '?').join(', ');
  const people = new Map(
    (ctx.db.prepare(`SELECT * FROM people WHERE id IN (${marks})`).all(...personIds) as PersonRow[]).map(
      (row) => [row.id, toPerson(row)],
    ),
  );
  const consents = listConsents(ctx, caseId);
  const otherCases = new Map(
    (
      ctx.db
        .prepare(
          `SELECT person_id, count(DISTINCT case_id) AS n FROM participants
           WHERE person_id IN (${marks}) AND case_id <> ? GROUP BY person_id`,
        )
        .all(...personIds, caseId) as { person_id: string; n: number }[]
    ).map((r) => [r.person_id, r.n]),
  );
  return rows.map((row) => {
    const mine = consents.filter((c) => c.personId === row.person_id);
    return {
      id: row.id,
      caseId: row.case_id,
      person: people.get(row.person_id)!,
      role: row.role as Participant['role'],
      supportsParticipantId: row.supports_id,
      organisation: row.organisation,
      addedAt: row.added_at,
      consents: mine,
      consentWithdrawn: isConsentWithdrawnNow(mine),
      otherCaseCount: otherCases.get(row.person_id) ?? 0,
    };
  });
}

export function getParticipant(ctx: ServiceContext, id: string): Participant {
  const row = ctx.db.prepare('SELECT * FROM participants WHERE id = ?').get(id) as ParticipantRow | undefined;
  if (!row)
    throw new WorkbenchError({ code: 'not_found', message: 'That person is no longer in this case.' });
  return toParticipants(ctx, row.case_id, [row])[0]!;
}

/** A case's participants: people harmed first, then responsible, supporters, others; by name. */
export function listParticipants(ctx: ServiceContext, caseId: string): Participant[] {
  const rows = ctx.db
    .prepare(
      `SELECT p.* FROM participants p JOIN people h ON h.id = p.person_id WHERE p.case_id = ?
       ORDER BY CASE p.role WHEN 'harmed' THEN 0 WHEN 'responsible' THEN 1 WHEN 'supporter' THEN 2 ELSE 3 END,
                h.preferred_name COLLATE NOCASE`,
    )
    .all(caseId) as ParticipantRow[];
  return toParticipants(ctx, caseId, rows);
}
