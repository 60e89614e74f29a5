/**
 * The one calm line while an unlock first rewrites the vault in the current encrypted format
 * (once, after an update of the app; main says in the vault status that it will). Always in
 * the page, empty otherwise, so a screen reader hears it when it appears.
 */
export function StorageUpdateLine({ updating }: { updating: boolean }) {
  return (
    <p className="wait-line" role="status">
      {updating ? 'Updating the encrypted storage: a few seconds' : ''}
    </p>
  );
}
