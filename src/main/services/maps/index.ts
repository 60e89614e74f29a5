/** Relationship maps: ecomaps and genograms of a case, snapshots, comparison and pictures. */
export {
  caseMapPicture,
  exportMapPicture,
  mapPicturePng,
  mapPictureForCase,
  mapPictureSvg,
} from './map-picture';
export {
  anonymisePersonOnMaps,
  createMap,
  deleteMap,
  ERASED_LABEL,
  getMap,
  listMaps,
  loadMap,
  renameMap,
  saveMap,
} from './maps';
export { changeMap } from './map-changes';
export { compareVersions, getSnapshot, listSnapshots, takeSnapshot } from './snapshots';
