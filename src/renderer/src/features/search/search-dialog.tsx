/**
 * Search across cases, people and notes (Ctrl/Cmd+K from anywhere). Results come as you type,
 * grouped and ranked, each with its snippet and the matching words marked. Arrow keys move,
 * Enter opens, Escape closes and puts focus back where it was. A modal <dialog> keeps focus
 * inside while it is open; the input is a combobox over a listbox of results.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { SearchHit } from '../../../../shared/schemas/notes';
import { attempt } from '../../lib/api';
import { useNavigation } from '../../lib/navigation';
import { splitSnippet } from './snippet';
import { describeHit, flatten, groupHits, moveActive, routeFor } from './search-results';
import '../../styles/search.css';

const TYPING_PAUSE_MS = 120;

type Answer =
  | { state: 'idle' }
  | { state: 'searching'; hits: SearchHit[] }
  | { state: 'done'; hits: SearchHit[] }
  | { state: 'error'; message: string };

export function SearchDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const ids = useId();
  const { go } = useNavigation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const latestRequest = useRef(0);
  const [query, setQuery] = useState('');
  const [answer, setAnswer] = useState<Answer>({ state: 'idle' });
  const [active, setActive] = useState(-1);

  const pause = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

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
  useEffect(() => () => clearTimeout(pause.current), []);

  /** Results as you type, after a short pause; an answer to an older query is never shown. */
  const search = (text: string) => {
    clearTimeout(pause.current);
    const request = ++latestRequest.current;
    if (text.trim() === '') {
      setAnswer({ state: 'idle' });
      setActive(-1);
      return;
    }
    setAnswer((a) => ({ state: 'searching', hits: 'hits' in a ? a.hits : [] }));
    pause.current = setTimeout(() => {
      void attempt('search:query', { query: text, limit: 30 }).then((result) => {
        if (request !== latestRequest.current) return;
        if (!result.ok) setAnswer({ state: 'error', message: result.error.message });
        else {
          setAnswer({ state: 'done', hits: result.value });
          setActive(result.value.length > 0 ? 0 : -1);
        }
      });
    }, TYPING_PAUSE_MS);
  };

  /** Closing forgets the query and results, so the next Ctrl+K starts clean. */
  const reset = () => {
    setQuery('');
    search('');
    dialogRef.current?.close();
    onClose();
  };

  const groups = groupHits('hits' in answer ? answer.hits : []);
  const ordered = flatten(groups);
  const optionId = (i: number) => `${ids}-option-${i}`;

  useEffect(() => {
    if (active >= 0) document.getElementById(`${ids}-option-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, ids]);

  const dismiss = () => {
    reset();
    returnFocus.current?.focus();
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
          onChange={(event) => {
            setQuery(event.target.value);
            search(event.target.value);
          }}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
              event.preventDefault();
              setActive((a) => moveActive(a, ordered.length, event.key === 'ArrowDown' ? 1 : -1));
            } else if (event.key === 'Enter') {
              event.preventDefault();
              openHit(ordered[active] ?? ordered[0]);
            }
          }}
        />
        <p className="search-status" role="status">
          {answer.state === 'error'
            ? answer.message
            : answer.state === 'searching' && ordered.length === 0
              ? 'Searching…'
              : answer.state === 'done'
                ? ordered.length === 0
                  ? `Nothing found for “${query.trim()}”.`
                  : `${ordered.length} ${ordered.length === 1 ? 'result' : 'results'}. Arrow keys move, Enter opens.`
                : 'Type a name, a case reference or words from a note.'}
        </p>
      </div>
      <div id={`${ids}-results`} role="listbox" aria-label="Results" className="search-results">
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
        <button type="button" className="button button-secondary button-small" onClick={dismiss}>
          Close
        </button>
      </div>
    </dialog>
  );
}
