/** Notes (with revisions and meeting-mode speakers), meetings, search and the Today screen. */
export {
  deleteNote,
  getNote,
  listNotes,
  listRevisions,
  restoreRevision,
  saveNote,
  toNote,
  REVISION_WINDOW_MS,
  type NoteRow,
} from './notes';
export { ftsMatch, search, CANDIDATE_LIMIT, COMMON_TERM_DOCS } from './search';
export { today, TODAY_HORIZON_DAYS } from './today';
export { getMeeting, listMeetings, saveMeeting } from '../core';
