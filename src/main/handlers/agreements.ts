import { writeFileSync } from 'node:fs';
import { agreementChannels } from '../../shared/schemas/agreements';
import {
  agreementState,
  completionLetterName,
  getVersion,
  markAgreed,
  printData,
  recordReview,
  saveAgreement,
  setActionStatus,
  startAgreement,
  writeAgreementDocx,
  writeCompletionLetter,
} from '../services/agreements';
import { getCase } from '../services/cases';
import { mapPictureForCase } from '../services/maps';
import { report, writeReportCsv } from '../services/reports';
import type { HandlerDeps, HandlersFor } from './types';

const cancelled = { cancelled: true, path: null };

export function agreementHandlers({ ctx, desktop }: HandlerDeps): HandlersFor<typeof agreementChannels> {
  /** Asks where to save, then writes; nothing is written when the person cancels. */
  async function saveAs(
    purpose: string,
    name: string,
    extension: string,
    write: (path: string) => Promise<void> | void,
  ) {
    const path = await desktop.chooseSaveFile(purpose, name, extension);
    if (!path) return cancelled;
    await write(path);
    return { cancelled: false, path };
  }
  const reference = (caseId: string) => getCase(ctx(), caseId).reference;
  return {
    'agreement:get': ({ caseId }) => agreementState(ctx(), caseId),
    'agreement:start': ({ caseId }) => startAgreement(ctx(), caseId),
    'agreement:save': (input) => saveAgreement(ctx(), input),
    'agreement:markAgreed': ({ caseId }) => markAgreed(ctx(), caseId),
    'agreement:version': ({ id }) => getVersion(ctx(), id),
    'agreement:document': ({ caseId }) => printData(ctx(), caseId),
    'action:setStatus': (input) => setActionStatus(ctx(), input),
    'review:record': (input) => recordReview(ctx(), input),
    'agreement:exportDocx': ({ caseId, variant, includeMap }) =>
      saveAs(
        'Save the agreement',
        `agreement-${reference(caseId)}-${variant.replace('_', '-')}`,
        'docx',
        (path) =>
          writeAgreementDocx(
            ctx(),
            caseId,
            variant,
            path,
            includeMap ? mapPictureForCase(ctx(), caseId) : null,
          ),
      ),
    'agreement:savePdf': ({ caseId }) =>
      saveAs('Save the agreement as PDF', `agreement-${reference(caseId)}`, 'pdf', async (path) => {
        writeFileSync(path, await desktop.printToPdf());
      }),
    'letter:completion': (input) =>
      saveAs(
        'Save the letter',
        completionLetterName(ctx(), input.caseId, input.participantId),
        'docx',
        (path) => writeCompletionLetter(ctx(), input, path),
      ),
    'report:get': ({ from, to }) => report(ctx(), from, to),
    'report:exportCsv': ({ from, to, headers }) =>
      saveAs('Save the report', `report-${from}-to-${to}`, 'csv', (path) =>
        writeReportCsv(ctx(), from, to, headers, path),
      ),
  };
}
