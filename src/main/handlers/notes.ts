import { dataRightsChannels, noteChannels } from '../../shared/schemas/notes';
import { erasePerson, exportPerson } from '../services/data-rights';
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
import { getSettings } from '../services/settings';
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
    'today:get': () => today(ctx()),
  };
}

export function dataRightsHandlers({ ctx, desktop }: HandlerDeps): HandlersFor<typeof dataRightsChannels> {
  return {
    'person:export': async ({ personId }) => {
      const folder = await desktop.chooseFolder('Choose a folder for the export');
      if (!folder) return { cancelled: true, folder: null, files: [] };
      const files = await exportPerson(ctx(), personId, folder, getSettings(ctx().db).roleLabels);
      return { cancelled: false, folder, files };
    },
    'person:erase': ({ personId, confirmName }) => erasePerson(ctx(), personId, confirmName),
  };
}
