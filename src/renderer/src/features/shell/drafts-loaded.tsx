/**
 * Reads the kept drafts of unfinished forms back from the vault before the workbench shows,
 * so every form opens with what was typed before the lock (or the crash).
 */
import { useEffect, useState, type ReactNode } from 'react';
import { formDrafts } from '../../lib/form-drafts';

export function DraftsLoaded({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let current = true;
    // A vault that cannot list its drafts still opens: the forms start from their records.
    void formDrafts
      .load()
      .catch(() => undefined)
      .finally(() => {
        if (current) setReady(true);
      });
    return () => {
      current = false;
    };
  }, []);
  return ready ? <>{children}</> : <main className="vault-frame" aria-busy="true" />;
}
