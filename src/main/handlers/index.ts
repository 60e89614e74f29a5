/** Every contract channel bound to the service that answers it, area by area. No electron here. */
import type { Handlers } from '../dispatch';
import { agreementHandlers } from './agreements';
import { backupHandlers } from './backups';
import { caseHandlers } from './cases';
import { conferenceHandlers } from './conference';
import { draftHandlers } from './drafts';
import { mapHandlers } from './maps';
import { dataRightsHandlers } from './data-rights';
import { noteHandlers } from './notes';
import { peopleHandlers } from './people';
import type { HandlerDeps } from './types';
import { vaultHandlers } from './vault';

export function buildHandlers(deps: HandlerDeps): Handlers {
  return {
    ...vaultHandlers(deps),
    ...caseHandlers(deps),
    ...peopleHandlers(deps),
    ...noteHandlers(deps),
    ...dataRightsHandlers(deps),
    ...conferenceHandlers(deps),
    ...agreementHandlers(deps),
    ...mapHandlers(deps),
    ...backupHandlers(deps),
    ...draftHandlers(deps),
  };
}

export type { HandlerDeps } from './types';
