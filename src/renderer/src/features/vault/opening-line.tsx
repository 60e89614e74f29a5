import { useEffect, useState } from 'react';

/** How long opening the vault may take before the line says why it can take longer. */
const LONG_OPENING_MS = 4_000;

/**
 * The one calm line while an unlock works: when main said in the vault status that this
 * unlock first rewrites the vault in the current encrypted format (once, after an update of
 * the app), it says so at once; any other opening that takes more than a few seconds is most
 * likely the search index made afresh for a new version (once, and a minute or two for a
 * five-year caseload), and the line says that, so nobody thinks the app has hung. Always in
 * the page, empty otherwise, so a screen reader hears it when it appears.
 */
export function OpeningLine({ opening, storageUpdate }: { opening: boolean; storageUpdate: boolean }) {
  const [long, setLong] = useState(false);
  useEffect(() => {
    if (!opening) return;
    const timer = setTimeout(() => setLong(true), LONG_OPENING_MS);
    return () => {
      clearTimeout(timer);
      setLong(false);
    };
  }, [opening]);
  const text =
    opening && storageUpdate
      ? 'Updating the encrypted storage: a few seconds'
      : opening && long
        ? 'Still opening. The first time after an update, a large caseload takes a minute or two to get ready; it is safe to wait.'
        : '';
  return (
    <p className="wait-line" role="status">
      {text}
    </p>
  );
}
