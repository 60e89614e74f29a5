/** UK GDPR rights over one person: subject access (review and export) and erasure. */
export { erasePerson, erasureLog, type ErasureResult } from './erasure';
export { getExportDraft, saveExportDraft } from './export-draft';
export { exportReview } from './passages';
export { personNoteQueries } from './person-notes';
export { subjectAccessFiles, writeSubjectAccessExport, type SubjectAccessFiles } from './person-export';
export { collectSubjectAccess, type ExportSelection } from './subject-access';
