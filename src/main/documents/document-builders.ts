/**
 * Every Word document builder by name: what the document worker runs. Each is a pure function
 * of plain data (no database, no settings), so its input can be copied to another thread and
 * the same document comes back.
 */
import { buildAgreementDocument } from './agreement-document';
import { buildCompletionLetter } from './completion-letter';
import { buildInvitation, buildPreparationSummary, buildRunSheet } from './conference-documents';
import { buildSubjectAccessDocument } from './subject-access';

export const documentBuilders = {
  subjectAccess: buildSubjectAccessDocument,
  agreement: buildAgreementDocument,
  completionLetter: buildCompletionLetter,
  runSheet: buildRunSheet,
  invitation: buildInvitation,
  preparationSummary: buildPreparationSummary,
};

export type DocumentKind = keyof typeof documentBuilders;
export type DocumentArgs<K extends DocumentKind> = Parameters<(typeof documentBuilders)[K]>;
