/**
 * Draws only the rows of a long table that are in the window's view (the page scrolls, not
 * the table), measuring each drawn row so the space standing in for the others stays true.
 * The focused row is always drawn, and focusing a row that is not drawn yet brings it into
 * view first, so keyboard movement and screen readers never lose their place.
 */
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { rowOffsets, segments, visibleRange, type Segment } from './virtual-rows';

export interface VirtualRows {
  segments: Segment[];
  /**
   * Each drawn row carries `data-row-key` (its key, for measuring) and calls this when
   * something in it takes focus, so it stays drawn while it has focus.
   */
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

  // Where the table is against the window, read on scroll and resize (once per frame).
  const frame = useRef(0);
  const measureView = useCallback(() => {
    const element = body.current;
    if (!element) return;
    const listTop = element.getBoundingClientRect().top;
    setView((v) =>
      Math.abs(v.listTop - listTop) < 1 && v.viewHeight === window.innerHeight
        ? v
        : { listTop, viewHeight: window.innerHeight },
    );
  }, [body]);
  useLayoutEffect(() => {
    measureView();
    const onScroll = () => {
      cancelAnimationFrame(frame.current);
      frame.current = requestAnimationFrame(measureView);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    return () => {
      cancelAnimationFrame(frame.current);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
    };
  }, [measureView]);

  // The drawn rows' real heights, so the gaps around them are the height of what they stand for.
  useLayoutEffect(() => {
    const element = body.current;
    if (!element) return;
    let changed: Map<string, number> | null = null;
    for (const row of element.querySelectorAll<HTMLElement>('[data-row-key]')) {
      const key = row.dataset['rowKey']!;
      const height = row.offsetHeight;
      if (height > 0 && heights.get(key) !== height) {
        changed ??= new Map(heights);
        changed.set(key, height);
      }
    }
    if (changed) setHeights(changed);
  });

  // A row asked for by the keyboard: once drawn, focus it and scroll it into view.
  useLayoutEffect(() => {
    if (!pending) return;
    const row = body.current?.querySelector<HTMLElement>(
      `[data-row-key="${CSS.escape(keys[pending.index] ?? '')}"]`,
    );
    if (!row) return;
    setPending(null);
    row.querySelector<HTMLElement>(pending.selector)?.focus({ preventScroll: true });
    row.scrollIntoView({ block: 'nearest' });
  }, [pending, keys, body]);

  const focusRow = useCallback(
    (index: number, selector: string) => {
      if (keys.length === 0) return;
      setPending({ index: Math.max(0, Math.min(keys.length - 1, index)), selector });
    },
    [keys],
  );
  return { segments: drawn, onRowFocus: setFocused, focusRow };
}
