/**
 * The picture of a case's relationship map for documents. Relationship maps are not built
 * yet (issue 5), so there is no picture: documents simply leave the map section out.
 */
import type { ServiceContext } from './context';

export function mapPictureForCase(_ctx: ServiceContext, _caseId: string): Uint8Array | null {
  return null;
}
