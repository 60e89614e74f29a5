/**
 * The search dialog's conversation with the search service: results as you type (after a
 * short pause, and an answer to an older query is never shown), then "More results" asks for
 * the next page of the same query and adds it to what is shown.
 */
import { useEffect, useRef, useState } from 'react';
import type { SearchAnswer, SearchHit } from '../../../../shared/schemas/notes';
import { attempt } from '../../lib/api';

const TYPING_PAUSE_MS = 120;
/** Hits per page: 5 cases, 5 people and 20 notes (the service shares a page out by kind). */
export const SEARCH_PAGE = 30;

export type SearchState =
  | { state: 'idle' }
  | { state: 'searching'; hits: SearchHit[] }
  | {
      state: 'done';
      query: string;
      page: number;
      answer: SearchAnswer;
      loadingMore: boolean;
      moreError: string | null;
    }
  | { state: 'error'; message: string };

export function hitsOf(state: SearchState): SearchHit[] {
  if (state.state === 'searching') return state.hits;
  if (state.state === 'done') return state.answer.hits;
  return [];
}

const keyOf = (hit: SearchHit) => `${hit.kind}:${hit.id}`;

/** `onAnswer` hears each first page as it arrives (the dialog makes its first hit active). */
export function useSearch(onAnswer: (answer: SearchAnswer) => void) {
  const [state, setState] = useState<SearchState>({ state: 'idle' });
  const latestRequest = useRef(0);
  const pause = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(pause.current), []);

  const search = (text: string) => {
    clearTimeout(pause.current);
    const request = ++latestRequest.current;
    if (text.trim() === '') {
      setState({ state: 'idle' });
      return;
    }
    setState((s) => ({ state: 'searching', hits: hitsOf(s) }));
    pause.current = setTimeout(() => {
      void attempt('search:query', { query: text, limit: SEARCH_PAGE, page: 0 }).then((result) => {
        if (request !== latestRequest.current) return;
        if (result.ok) onAnswer(result.value);
        setState(
          result.ok
            ? {
                state: 'done',
                query: text,
                page: 0,
                answer: result.value,
                loadingMore: false,
                moreError: null,
              }
            : { state: 'error', message: result.error.message },
        );
      });
    }, TYPING_PAUSE_MS);
  };

  /** Adds the next page; resolves with the hits it added (none if the query changed meanwhile). */
  const loadMore = async (): Promise<SearchHit[]> => {
    if (state.state !== 'done' || !state.answer.more || state.loadingMore) return [];
    const request = latestRequest.current;
    const { query, page } = state;
    setState({ ...state, loadingMore: true, moreError: null });
    const result = await attempt('search:query', { query, limit: SEARCH_PAGE, page: page + 1 });
    if (request !== latestRequest.current) return [];
    if (!result.ok) {
      setState((s) =>
        s.state === 'done' ? { ...s, loadingMore: false, moreError: result.error.message } : s,
      );
      return [];
    }
    const shown = new Set(state.answer.hits.map(keyOf));
    const added = result.value.hits.filter((hit) => !shown.has(keyOf(hit)));
    setState({
      state: 'done',
      query,
      page: page + 1,
      answer: { ...result.value, hits: [...state.answer.hits, ...added] },
      loadingMore: false,
      moreError: null,
    });
    return added;
  };

  return { state, search, loadMore };
}
