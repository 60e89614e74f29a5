/** A calm boxed message. `live` makes it announce itself when it appears. */
import type { ReactNode } from 'react';

export function Notice({
  tone = 'info',
  title,
  children,
  live,
}: {
  tone?: 'info' | 'warning' | 'success' | 'error';
  title?: string;
  children: ReactNode;
  live?: boolean;
}) {
  return (
    <div
      className={`notice notice-${tone}`}
      role={live ? (tone === 'error' ? 'alert' : 'status') : undefined}
    >
      {title ? <p className="notice-title">{title}</p> : null}
      <div className="notice-body">{children}</div>
    </div>
  );
}
