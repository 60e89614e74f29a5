/**
 * A page's h1, focused when the page opens so screen readers announce where the person is
 * and Tab continues from the top of the content (not from wherever the old page left off).
 */
import { useEffect, useRef, type ReactNode } from 'react';

export function PageHeading({
  children,
  focusOnMount = true,
}: {
  children: ReactNode;
  focusOnMount?: boolean;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) ref.current?.focus({ preventScroll: true });
  }, [focusOnMount]);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-title">
      {children}
    </h1>
  );
}
