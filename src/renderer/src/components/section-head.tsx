/**
 * A section's heading row: the title (its id names the section for aria-labelledby) and what
 * sits beside it, a save status or the button that opens the section's form.
 */
import type { ReactNode } from 'react';

export function SectionHead({ id, title, children }: { id: string; title: ReactNode; children?: ReactNode }) {
  return (
    <div className="section-head">
      <h2 id={id} className="section-title">
        {title}
      </h2>
      {children}
    </div>
  );
}

/** The small button beside a section's title that opens its form ("Add meeting", "Edit referral"). */
export function SectionAction({ label, onClick }: { label: string; onClick(): void }) {
  return (
    <button type="button" className="button button-secondary button-small" onClick={onClick}>
      {label}
    </button>
  );
}
