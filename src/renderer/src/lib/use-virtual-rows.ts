/**
 * Draws only the rows of a long table that are in the window's view (the page scrolls, not
 * the table), measuring each drawn row so the space standing in for the others stays true.
 * The focused row is always drawn, and focusing a row that is not drawn yet brings it into
 * view first, so keyboard movement and screen readers never lose their place.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useState, type RefObject } from 'react';
import { rowOffsets, segments, visibleRange, type Segment } from './virtual-rows';

export interface VirtualRows {
  segments: Segment[];
  /**
   * Each drawn row carries `data-row-key` (its key), passes this as its ref (so its height is
   * measured, and measured again when it changes) and calls onRowFocus when something in it
   * takes focus, so it stays drawn while it has focus.
   */
  measureRow(row: HTMLElement | null): (() => void) | undefined;
  onRowFocus(key: string): void;
  /** Focuses the element matching `selector` inside row `index`, drawing the row first if needed. */
  focusRow(index: number, selector: string): void;
}

interface Options {
  keys: readonly string[];
  body: RefObject<HTMLElement | null>;
  /** A first guess of a row's height in pixels, until rows are measured. */
  estimate: number;
  overscan?: number;
}

export function useVirtualRows({ keys, body, estimate, overscan = 8 }: Options): VirtualRows {
  const [heights, setHeights] = useState<ReadonlyMap<string, number>>(() => new Map());
  const [view, setView] = useState(() => ({ listTop: 0, viewHeight: window.innerHeight }));
  const [focused, setFocused] = useState<string | null>(null);
  const [pending, setPending] = useState<{ index: number; selector: string } | null>(null);

  const offsets = useMemo(() => rowOffsets(keys, { measured: heights, estimate }), [keys, heights, estimate]);
  const range = visibleRange(offsets, view.listTop, view.viewHeight, overscan);
  const keep = [focused ? keys.indexOf(focused) : -1, pending?.index ?? -1];
  const drawn = segments(offsets, range, keep);

  // Where the table is against the window: read once a frame on scroll and resize.
  useEffect(() => {
    let frame = 0;
    const measure = () => {
      const element = body.current;
      if (!element) return;
      const listTop = element.getBoundingClientRect().top;
      setView((v) =>
        Math.abs(v.listTop - listTop) < 1 && v.viewHeight === window.innerHeight
          ? v
          : { listTop, viewHeight: window.innerHeight },
      );
    };
    const later = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(measure);
    };
    later();
    window.addEventListener('scroll', later, { passive: true });
    window.addEventListener('resize', later);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', later);
      window.removeEventListener('resize', later);
    };
  }, [body]);

  // The drawn rows' real heights (again whenever one changes, as when text wraps), so the space
  // standing in for the others is the height of what it stands for.
  const [observer] = useState(
    () =>
      new ResizeObserver((entries) => {
        setHeights((known) => {
          let changed: Map<string, number> | null = null;
          for (const entry of entries) {
            const row = entry.target as HTMLElement;
            const key = row.dataset['rowKey'];
            const height = row.offsetHeight;
            if (!key || height === 0 || known.get(key) === height) continue;
            changed ??= new Map(known);
            changed.set(key, height);
          }
          return changed ?? known;
        });
      }),
  );
  useEffect(() => () => observer.disconnect(), [observer]);
  const measureRow = useCallback(
    (row: HTMLElement | null) => {
      if (!row) return undefined;
      observer.observe(row);
      return () => observer.unobserve(row);
    },
    [observer],
  );

  // A row asked for by the keyboard: once drawn, focus it and bring it into view. Its focus
  // event (onRowFocus) settles the request.
  useLayoutEffect(() => {
    if (!pending) return;
    const key = keys[pending.index];
    const row = key ? body.current?.querySelector<HTMLElement>(`[data-row-key="${CSS.escape(key)}"]`) : null;
    if (!row) return;
    row.querySelector<HTMLElement>(pending.selector)?.focus({ preventScroll: true });
    row.scrollIntoView({ block: 'nearest' });
  }, [pending, keys, body]);

  const onRowFocus = useCallback((key: string) => {
    setFocused(key);
    setPending(null);
  }, []);
  const focusRow = useCallback(
    (index: number, selector: string) => {
      if (keys.length === 0) return;
      setPending({ index: Math.max(0, Math.min(keys.length - 1, index)), selector });
    },
    [keys],
  );
  return { segments: drawn, measureRow, onRowFocus, focusRow };
}
