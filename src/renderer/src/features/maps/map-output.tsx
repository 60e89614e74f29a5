/**
 * The map off the screen: SVG or PNG (high resolution, legend included) saved where the
 * facilitator chooses, and Print: the map alone on one landscape page with its legend. The
 * print picture is drawn only when printing (a 500-person map's picture is not cheap, and the
 * editor would otherwise redraw it after every change).
 */
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { ResolvedMapNode } from '../../../../shared/domain/relationship-map';
import type { MapSummary } from '../../../../shared/schemas/maps';
import { useMutation } from '../../lib/query';
import type { Doc } from './map-edit';
import { MapPicture } from './map-picture';

export function MapOutput({
  map,
  doc,
  flush,
}: {
  map: MapSummary;
  doc: Doc<ResolvedMapNode>;
  flush(): Promise<void>;
}) {
  const exporter = useMutation('map:export');
  const [message, setMessage] = useState<string | null>(null);
  /** Bumped by each press of Print (0: not printing), so pressing it again prints again. */
  const [printing, setPrinting] = useState(0);
  // Once the print picture is on the page, print it; then take it away again.
  useEffect(() => {
    if (printing === 0) return;
    let cancelled = false;
    const picture = document.querySelector<HTMLImageElement>('.map-print-picture');
    // The picture is decoded before the print dialog takes its copy of the page.
    void (picture?.decode() ?? Promise.resolve())
      .catch(() => undefined)
      .then(() => {
        if (cancelled) return;
        document.body.classList.add('print-map');
        window.addEventListener(
          'afterprint',
          () => {
            document.body.classList.remove('print-map');
            setPrinting(0);
          },
          { once: true },
        );
        window.print();
      });
    return () => {
      cancelled = true;
    };
  }, [printing]);
  const save = async (format: 'svg' | 'png') => {
    await flush().catch(() => undefined);
    const r = await exporter.mutate({ mapId: map.id, format });
    if (r.ok) setMessage(r.value.cancelled ? 'Nothing was saved.' : `Saved to ${r.value.path ?? ''}`);
  };
  return (
    <section className="map-output" aria-label="Save and print the map">
      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={() => void save('svg')}>
          Save as SVG
        </button>
        <button type="button" className="button button-secondary" onClick={() => void save('png')}>
          Save as PNG
        </button>
        <button type="button" className="button button-secondary" onClick={() => setPrinting((n) => n + 1)}>
          Print
        </button>
      </div>
      {message ? <p role="status">{message}</p> : null}
      {exporter.error ? <p role="alert">{exporter.error.message}</p> : null}
      {printing > 0
        ? createPortal(
            <div className="map-print" aria-hidden="true">
              <MapPicture
                kind={map.kind}
                doc={doc}
                options={{ title: map.title }}
                alt=""
                className="map-print-picture"
              />
            </div>,
            document.body,
          )
        : null}
    </section>
  );
}
