/** Kept drafts of unfinished forms. */
export { discardDraft, discardDraftsAbout, listDrafts, saveDraft } from './drafts';
