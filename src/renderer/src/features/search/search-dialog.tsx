/**
 * Search across cases, people and notes (Ctrl/Cmd+K from anywhere). Results come as you type,
 * grouped and ranked, each with its snippet and the matching words marked; "More results"
 * adds the next page. Arrow keys move, Enter opens, one Escape closes and puts focus back
 * where it was (the search field's own "Escape clears me" never gets the key). A modal
 * <dialog> keeps focus inside while it is open; the input is a combobox over a listbox.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { SearchHit } from '../../../../shared/schemas/notes';
import { useNavigation } from '../../lib/navigation';
import { splitSnippet } from './snippet';
import { describeHit, flatten, groupHits, moveActive, resultsSummary, routeFor } from './search-results';
import { hitsOf, useSearch } from './use-search';
import '../../styles/search.css';

export function SearchDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const ids = useId();
  const { go } = useNavigation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(-1);
  // A fresh answer starts at its first result.
  const { state, search, loadMore } = useSearch((answer) => setActive(answer.hits.length > 0 ? 0 : -1));

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      inputRef.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  const type = (text: string) => {
    setQuery(text);
    if (text.trim() === '') setActive(-1);
    search(text);
  };

  /** Closing forgets the query and results, so the next Ctrl+K starts clean. */
  const reset = () => {
    type('');
    dialogRef.current?.close();
    onClose();
  };

  const groups = groupHits(hitsOf(state));
  const ordered = flatten(groups);
  const optionId = (i: number) => `${ids}-option-${i}`;

  useEffect(() => {
    if (active >= 0) document.getElementById(`${ids}-option-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, ids]);

  const dismiss = () => {
    reset();
    returnFocus.current?.focus();
  };

  /** The next page; focus returns to the field with the first new result active. */
  const showMore = async () => {
    const added = await loadMore();
    if (added.length === 0) return;
    const next = flatten(groupHits([...hitsOf(state), ...added]));
    setActive(next.findIndex((hit) => hit.kind === added[0]!.kind && hit.id === added[0]!.id));
    inputRef.current?.focus();
  };

  const openHit = (hit: SearchHit | undefined) => {
    const route = hit ? routeFor(hit) : null;
    if (!route) return;
    // Close first: the page that opens then takes focus, not the element the dialog returns to.
    reset();
    go(route);
  };

  return (
    <dialog
      ref={dialogRef}
      className="search-dialog"
      aria-label="Search"
      onCancel={(event) => {
        event.preventDefault();
        dismiss();
      }}
    >
      <div className="search-box">
        <label className="field-label" htmlFor={`${ids}-input`}>
          Search cases, people and notes
        </label>
        <input
          id={`${ids}-input`}
          ref={inputRef}
          className="input search-input"
          type="search"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          maxLength={200}
          aria-expanded={ordered.length > 0}
          aria-controls={`${ids}-results`}
          aria-autocomplete="list"
          aria-activedescendant={active >= 0 && active < ordered.length ? optionId(active) : undefined}
          value={query}
          onChange={(event) => type(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              // A search field's first Escape would only clear it; here one Escape closes.
              event.preventDefault();
              dismiss();
            } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
              event.preventDefault();
              setActive((a) => moveActive(a, ordered.length, event.key === 'ArrowDown' ? 1 : -1));
            } else if (event.key === 'Enter') {
              event.preventDefault();
              openHit(ordered[active] ?? ordered[0]);
            }
          }}
        />
        <p className="search-status" role="status">
          {state.state === 'error'
            ? state.message
            : state.state === 'searching' && ordered.length === 0
              ? 'Searching…'
              : state.state === 'done'
                ? ordered.length === 0
                  ? `Nothing found for “${query.trim()}”.`
                  : (state.moreError ?? resultsSummary(state.answer, ordered.length))
                : 'Type a name, a case reference or words from a note.'}
        </p>
      </div>
      {/* Reached with the arrow keys from the field, not by Tab (Chromium would stop on a scrolling box). */}
      <div id={`${ids}-results`} role="listbox" aria-label="Results" className="search-results" tabIndex={-1}>
        {groups.map((group) => (
          <div key={group.kind} role="group" aria-labelledby={`${ids}-group-${group.kind}`}>
            <p id={`${ids}-group-${group.kind}`} className="search-group-label" aria-hidden="true">
              {group.label}
            </p>
            {group.hits.map((hit) => {
              const i = ordered.indexOf(hit);
              return (
                <div
                  key={`${hit.kind}-${hit.id}`}
                  id={optionId(i)}
                  role="option"
                  aria-selected={i === active}
                  className="search-hit"
                  onMouseMove={() => setActive(i)}
                  onClick={() => openHit(hit)}
                >
                  <span className="search-hit-head">
                    <span className="search-hit-title">{hit.title}</span>
                    <span className="search-hit-meta">{describeHit(hit)}</span>
                  </span>
                  {hit.snippet ? (
                    <span className="search-hit-snippet">
                      {splitSnippet(hit.snippet).map((part, j) =>
                        part.marked ? <mark key={j}>{part.text}</mark> : <span key={j}>{part.text}</span>,
                      )}
                    </span>
                  ) : null}
                </div>
              );
            })}
          </div>
        ))}
      </div>
      <div className="search-foot">
        {state.state === 'done' && state.answer.more ? (
          <button
            type="button"
            className="button button-secondary button-small"
            aria-busy={state.loadingMore}
            disabled={state.loadingMore}
            onClick={() => void showMore()}
          >
            {state.loadingMore ? 'Loading more…' : 'More results'}
          </button>
        ) : null}
        <button type="button" className="button button-secondary button-small" onClick={dismiss}>
          Close
        </button>
      </div>
    </dialog>
  );
}
