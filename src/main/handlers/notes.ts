import { noteChannels } from '../../shared/schemas/notes';
import {
  deleteNote,
  getNote,
  listMeetings,
  listNotes,
  listRevisions,
  restoreRevision,
  saveMeeting,
  saveNote,
  search,
  today,
} from '../services/notes';
import type { HandlerDeps, HandlersFor } from './types';

export function noteHandlers({ ctx }: HandlerDeps): HandlersFor<typeof noteChannels> {
  return {
    'note:save': (input) => saveNote(ctx(), input),
    'note:get': ({ id }) => getNote(ctx(), id),
    'note:list': ({ caseId }) => listNotes(ctx(), caseId),
    'note:delete': ({ id }) => {
      deleteNote(ctx(), id);
      return { deleted: true as const };
    },
    'note:revisions': ({ noteId }) => listRevisions(ctx(), noteId),
    'note:restoreRevision': ({ noteId, revisionId }) => restoreRevision(ctx(), noteId, revisionId),
    'meeting:save': (input) => saveMeeting(ctx(), input),
    'meeting:list': ({ caseId }) => listMeetings(ctx(), caseId),
    'search:query': ({ query, limit, page }) => search(ctx(), query, { limit, page }),
    'today:get': (input) => today(ctx(), input),
  };
}
