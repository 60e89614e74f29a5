/**
 * Subject access (UK GDPR): the one function that decides what an export holds. The Word
 * document and the JSON file are both made from the record it returns. By default it holds
 * only what is about the requester: their details; per case (by reference only) their roles,
 * consents, their own risk flags, preparation, agreement part and ties; the notes about
 * them; their own words in meetings. A passage of another note that mentions them comes in
 * only when the facilitator chose it in the review (with words redacted, if chosen); the
 * rest is counted as withheld. Decisions for passages that no longer exist are ignored.
 */
import { caseSettings, caseStatuses, processTypes, type RoleLabels } from '../../../shared/domain/case-model';
import { parseMeetingBody } from '../../../shared/domain/meeting-notes';
import {
  applyRedactions,
  namesLookedFor,
  primaryName,
  withheldSentence,
} from '../../../shared/domain/subject-access-passages';
import type {
  CaseReference,
  SpokenLine,
  SubjectAccessRecord,
} from '../../../shared/domain/subject-access-record';
import { WorkbenchError } from '../../../shared/errors';
import type { PassageDecision } from '../../../shared/schemas/data-rights';
import { getPerson, listConsents, type ServiceContext } from '../core';
import { casesOfPerson, listRisks } from '../people';
import { passagesMentioning, spokenBy } from './passages';
import { notesAboutThem, notesWhereTheySpeak, type ScopedNote } from './person-notes';
import { personInCase } from './subject-access-case';

export interface ExportSelection {
  otherNames: readonly string[];
  decisions: readonly PassageDecision[];
}

const word = (labels: Record<string, string>, key: string) => labels[key] ?? key;

function caseReference(ctx: ServiceContext, caseId: string): CaseReference {
  const row = ctx.db
    .prepare(
      'SELECT reference, process_type, setting, status, created_at, referral_date FROM cases WHERE id = ?',
    )
    .get(caseId) as {
    reference: string;
    process_type: string;
    setting: string;
    status: string;
    created_at: string;
    referral_date: string | null;
  };
  return {
    reference: row.reference,
    process: word(processTypes, row.process_type),
    setting: word(caseSettings, row.setting),
    status: word(caseStatuses, row.status),
    openedOn: row.created_at,
    referralDate: row.referral_date,
  };
}

/** A meeting note's lines, with each letter turned into the speaker's name as the note has it. */
function spokenLines(note: ScopedNote): SpokenLine[] {
  return parseMeetingBody(note.body)
    .filter((line) => line.text.trim() || line.key)
    .map((line) => ({
      time: line.time,
      speaker: line.key ? (note.speakers.find((s) => s.key === line.key)?.name ?? null) : null,
      text: line.text,
    }));
}

function readableText(note: ScopedNote): string {
  if (note.kind !== 'meeting') return note.body;
  return spokenLines(note)
    .map((l) => [l.time, l.speaker ? `${l.speaker}:` : null, l.text].filter(Boolean).join(' '))
    .join('\n');
}

export function collectSubjectAccess(
  ctx: ServiceContext,
  personId: string,
  selection: ExportSelection,
  roleLabels: RoleLabels,
): SubjectAccessRecord {
  const person = getPerson(ctx, personId);
  const names = namesLookedFor(primaryName(person), selection.otherNames);

  const byCase = new Map<string, string[]>();
  for (const c of casesOfPerson(ctx, personId))
    byCase.set(c.caseId, [...(byCase.get(c.caseId) ?? []), word(roleLabels, c.role)]);
  const cases = [...byCase].map(([caseId, roles]) => ({
    case: caseReference(ctx, caseId),
    roles,
    consents: listConsents(ctx, caseId, personId),
    // Their own flags only: a flag about someone else, or about the case, is not theirs.
    riskFlags: listRisks(ctx, caseId).filter((f) => f.personId === personId),
    ...personInCase(ctx, caseId, personId),
  }));

  const aboutThem = notesAboutThem(ctx, personId);
  const aboutIds = new Set(aboutThem.map((n) => n.id));
  const theirWords = notesWhereTheySpeak(ctx, personId)
    .filter((note) => note.kind === 'meeting' && !aboutIds.has(note.id))
    .map((note) => ({
      caseReference: note.caseReference,
      noteDate: note.createdAt,
      lines: parseMeetingBody(note.body)
        .filter((line) => spokenBy(note, line.key, personId))
        .map((line) => ({ time: line.time, text: line.text })),
    }))
    .filter((n) => n.lines.length > 0);

  const { reviewedPassages, withheld } = reviewed(ctx, person, names, selection.decisions);
  return {
    generatedAt: ctx.now().toISOString(),
    person,
    namesLookedFor: names,
    cases,
    notesAboutThem: aboutThem.map((note) => ({
      caseReference: note.caseReference,
      title: note.title,
      kind: note.kind,
      createdAt: note.createdAt,
      updatedAt: note.updatedAt,
      text: readableText(note),
    })),
    theirWords,
    reviewedPassages,
    withheld: { passages: withheld, statement: withheldSentence(withheld) },
  };
}

/** The passages the facilitator chose, as the export shows them, and how many were withheld. */
function reviewed(
  ctx: ServiceContext,
  person: Parameters<typeof passagesMentioning>[1],
  names: readonly string[],
  decisions: readonly PassageDecision[],
) {
  const byId = new Map(decisions.map((d) => [d.passageId, d]));
  const reviewedPassages: SubjectAccessRecord['reviewedPassages'] = [];
  let withheld = 0;
  for (const passage of passagesMentioning(ctx, person, names)) {
    const decision = byId.get(passage.id);
    // Undecided, excluded, or "redact" with no words marked (never read as "include whole").
    if (
      !decision ||
      decision.choice === 'exclude' ||
      (decision.choice === 'redact' && !decision.redactions.length)
    ) {
      withheld += 1;
      continue;
    }
    const redactions = decision.choice === 'redact' ? decision.redactions : [];
    if (redactions.some((r) => r.end > passage.text.length)) {
      throw new WorkbenchError({
        code: 'invalid_input',
        message: 'A redaction goes past the end of its passage. Mark the words again, then export.',
        fields: { decisions: 'A redaction does not fit its passage.' },
      });
    }
    reviewedPassages.push({
      caseReference: passage.caseReference,
      noteDate: passage.noteDate,
      time: passage.speaker?.time ?? null,
      text: applyRedactions(passage.text, redactions),
      redacted: redactions.length > 0,
    });
  }
  return { reviewedPassages, withheld };
}
