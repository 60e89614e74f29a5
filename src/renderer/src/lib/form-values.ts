/**
 * Where a form's typed values live: one hook for every form, keyed by the form's identity
 * (which form, about which record: `consent-withdraw:<consentId>`). What is typed is kept as a
 * draft (form-drafts.ts) under that key, so a form that comes back after a tab switch, a
 * navigation, a lock or a crash finds every word; sending or cancelling it discards the draft.
 * Forms that hold secrets (passphrases) opt out with `keep: false`.
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { formDrafts } from './form-drafts';

export interface FormValues<V> {
  /** The form's identity; a different key is a different form, which starts from its initial values. */
  key: string;
  values: V;
  /** The newest values, including a change made earlier in the same event. */
  latest(): V;
  /** Merges a change in and returns the values that result. */
  set(patch: Partial<V>): V;
  /** Replaces every value (the form starting again after it was sent); the draft goes. */
  reset(values: V): void;
  /** The form was sent or cancelled: its kept draft goes (the values on screen stay). */
  discard(): void;
  /** The values came back from a kept draft (typed earlier and not yet sent). */
  restored: boolean;
}

export interface FormValuesOptions {
  /** Keep what is typed as a draft in the vault (default); false for secrets. */
  keep?: boolean;
}

interface Held<V> {
  key: string;
  values: V;
}

export function useFormValues<V extends object>(
  key: string,
  initial: V | (() => V),
  options: FormValuesOptions = {},
): FormValues<V> {
  const keep = options.keep ?? true;
  const fresh = (): V => (typeof initial === 'function' ? (initial as () => V)() : initial);
  // A kept draft wins over the record's values; every field the form has now is present.
  const start = (): V => {
    const kept = keep ? formDrafts.get(key) : undefined;
    return kept && typeof kept === 'object' ? { ...fresh(), ...(kept as Partial<V>) } : fresh();
  };
  const [held, setHeld] = useState<Held<V>>(() => ({ key, values: start() }));
  const [restored, setRestored] = useState(() => keep && formDrafts.has(key));
  const keepRef = useRef(keep);
  // Handlers read and write this, so two changes in one event build on each other.
  const latest = useRef(held);
  useLayoutEffect(() => {
    latest.current = held;
  }, [held]);

  let current = held;
  if (held.key !== key) {
    // Another record in the same place on screen: its own values, not the last record's.
    current = { key, values: start() };
    setHeld(current);
    setRestored(keep && formDrafts.has(key));
  }

  // The same functions for the form's whole life, so effects and callbacks may depend on them.
  const controls = useMemo(() => {
    const store = (next: Held<V>) => {
      latest.current = next;
      setHeld(next);
    };
    return {
      latest: () => latest.current.values,
      set(patch: Partial<V>) {
        const next = { key: latest.current.key, values: { ...latest.current.values, ...patch } };
        store(next);
        if (keepRef.current) formDrafts.put(next.key, next.values);
        return next.values;
      },
      reset(values: V) {
        store({ key: latest.current.key, values });
        formDrafts.discard(latest.current.key);
        setRestored(false);
      },
      discard() {
        formDrafts.discard(latest.current.key);
        setRestored(false);
      },
    };
  }, []);
  return { key, values: current.values, restored, ...controls };
}
