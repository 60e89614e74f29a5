/**
 * A map drawn by the shared SVG builder (the same picture the export and the documents use),
 * shown as an image: read-only views, the comparison and the print view. The SVG is built
 * from escaped text by our own code and shown through <img>, so nothing in it can run.
 */
import type { MapKind, ResolvedMapDocument } from '../../../../shared/domain/relationship-map';
import { mapToSvg, type MapSvgOptions } from '../../../../shared/domain/relationship-map-svg';

export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

export function MapPicture(props: {
  kind: MapKind;
  doc: ResolvedMapDocument;
  options?: MapSvgOptions;
  alt: string;
  className?: string;
}) {
  const picture = mapToSvg(props.kind, props.doc, props.options);
  return (
    <img
      className={props.className ?? 'map-picture'}
      src={svgDataUrl(picture.svg)}
      width={picture.width}
      height={picture.height}
      alt={props.alt}
    />
  );
}
