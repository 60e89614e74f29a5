/** Kept drafts of unfinished forms. */
export { discardDraft, discardDraftsAbout, getDraft, listDrafts, saveDraft } from './drafts';
