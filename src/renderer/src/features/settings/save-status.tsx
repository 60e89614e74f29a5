/** "Saving…" / "Saved." next to a setting, announced politely; errors say what happened. */
export type SaveState =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string };

export function SaveStatus({ state, id }: { state: SaveState; id?: string }) {
  return (
    <p
      id={id}
      className={state.kind === 'error' ? 'save-status save-status-error' : 'save-status'}
      role="status"
    >
      {state.kind === 'saving'
        ? 'Saving…'
        : state.kind === 'saved'
          ? 'Saved.'
          : state.kind === 'error'
            ? state.message
            : ''}
    </p>
  );
}
