/** UK GDPR rights over one person: subject access (export) and erasure. */
export { erasePerson, erasureLog, type ErasureResult } from './erasure';
export { exportPerson } from './person-export';
export { collectSubjectAccess } from './subject-access';
