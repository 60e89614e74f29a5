/**
 * A relationship map as documents carry it: the invented Pike family's genogram, laid out and
 * drawn as the app draws it (the same SVG and PNG code), for the layout tests' documents.
 */
import { svgToPng, type DocumentMapPicture } from '../../../src/main/documents/map-picture';
import { autoLayout } from '../../../src/shared/domain/relationship-map-layout';
import { mapToSvg } from '../../../src/shared/domain/relationship-map-svg';
import { fgcFamily, resolved } from '../domain/relationship-map-fixtures';

let drawn: DocumentMapPicture | null = null;

export function familyMapPicture(): DocumentMapPicture {
  drawn ??= {
    ...svgToPng(
      mapToSvg('genogram', resolved(autoLayout('genogram', fgcFamily())), { title: 'Pike family' }),
    ),
    title: 'Pike family',
    kind: 'Genogram',
  };
  return drawn;
}
