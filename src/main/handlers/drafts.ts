import { draftChannels } from '../../shared/schemas/drafts';
import { discardDraft, listDrafts, saveDraft } from '../services/drafts';
import type { HandlerDeps, HandlersFor } from './types';

export function draftHandlers({ ctx }: HandlerDeps): HandlersFor<typeof draftChannels> {
  return {
    'draft:list': () => listDrafts(ctx()),
    'draft:save': ({ key, body }) => saveDraft(ctx(), key, body),
    'draft:discard': ({ key }) => discardDraft(ctx(), key),
  };
}
