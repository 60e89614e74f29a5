/** The quiet, centred frame around first run, the recovery key and the unlock screen. */
import type { ReactNode } from 'react';

export function VaultFrame({ children, wide }: { children: ReactNode; wide?: boolean }) {
  return (
    <main className="vault-frame">
      <p className="brand no-print">
        <span className="brand-mark" aria-hidden="true" />
        Restorative Workbench
      </p>
      <div className={wide ? 'vault-card vault-card-wide' : 'vault-card'}>{children}</div>
    </main>
  );
}
