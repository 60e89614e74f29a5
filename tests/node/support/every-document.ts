/**
 * Every document the workbench writes, each variant, short and long: those built from plain
 * data in document-cases.ts, and the family plan (a family group conference's agreement, with
 * its family lead, bottom lines and, when long, the family's map). Also an agreement whose one
 * action is taller than a page. Invented names.
 */
import {
  buildAgreementDocument,
  type AgreementDocumentData,
} from '../../../src/main/documents/agreement-document';
import type { DocumentVariant } from '../../../src/shared/domain/agreement';
import {
  agreementActionPieces,
  agreementData,
  documentsFromPlainData,
  longText,
  names,
  type DocumentCase,
} from './document-cases';
import { familyMapPicture } from './map-picture-fixture';

export type { DocumentCase } from './document-cases';

const VARIANTS: DocumentVariant[] = ['standard', 'large_print', 'plain_english'];

function familyPlanData(long: boolean): AgreementDocumentData {
  const base = agreementData(long);
  const lines = long ? 8 : 2;
  return {
    ...base,
    title: 'Family plan',
    familyLead: names[2]!,
    bottomLines: Array.from({ length: lines }, (_, i) => ({
      text: long
        ? longText(i, 30, `Bottom line ${i + 1}: the children are safe and`)
        : `Bottom line ${i + 1}: Kai is safe at home`,
      metBy: i % 3 === 2 ? [] : [(i % base.actions.length) + 1],
      met: i % 3 !== 2,
    })),
    mapPicture: long ? familyMapPicture().png : null,
  };
}

function familyPlanCases(): DocumentCase[] {
  return VARIANTS.flatMap((variant) =>
    [false, true].map((long) => {
      const data = familyPlanData(long);
      return {
        name: `family-plan-${variant}-${long ? 'long' : 'short'}`,
        build: () => buildAgreementDocument(data, variant),
        actions: agreementActionPieces(data, variant),
      };
    }),
  );
}

export function everyDocument(): DocumentCase[] {
  return [...documentsFromPlainData(), ...familyPlanCases()];
}

/** Text of exactly `length` characters ending in `marker`, in words that wrap naturally. */
function exactly(length: number, marker: string): string {
  const words = 'the plan is written down in full so that everyone can read it again later ';
  return `${words.repeat(Math.ceil(length / words.length)).slice(0, length - marker.length - 1)} ${marker}`;
}

/**
 * An agreement whose one action is as long as the contract allows (2,000 characters for what
 * will be done, 1,000 each for how it is checked and what happens if not), in each variant:
 * taller than a page in the table, so keeping it whole would cut its end off.
 */
export function longestAction(): { name: string; build(): Promise<Buffer>; markers: string[] }[] {
  const data: AgreementDocumentData = {
    ...agreementData(false),
    actions: [
      {
        what: exactly(2_000, 'ENDW'),
        who: 'Jordan Fenwick',
        forWhom: '',
        byWhen: '18 Dec 2026',
        howChecked: exactly(1_000, 'ENDC'),
        checkedBy: 'Mr Okafor',
        ifNotDone: exactly(1_000, 'ENDI'),
      },
    ],
  };
  return VARIANTS.map((variant) => ({
    name: `longest-action-${variant}`,
    build: () => buildAgreementDocument(data, variant),
    markers: ['ENDW', 'ENDC', 'ENDI'],
  }));
}
