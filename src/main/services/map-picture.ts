/**
 * The picture of a case's relationship map for documents (the agreement): the PNG of the
 * case's first map that has anyone on it, or null when it has none, so the document simply
 * leaves the map section out. The drawing is in documents/map-picture.ts.
 */
import { caseMapPicture } from '../documents/map-picture';
import type { ServiceContext } from './context';

export function mapPictureForCase(ctx: ServiceContext, caseId: string): Uint8Array | null {
  return caseMapPicture(ctx, caseId)?.png ?? null;
}
