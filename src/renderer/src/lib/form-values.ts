/**
 * Where a form's typed values live: one hook for every form, keyed by the form's identity
 * (which form, about which record: `consent-withdraw:<consentId>`). Today the values are held
 * for as long as the form is on screen, as they always were. Keeping a draft across tab
 * switches, navigation, a lock or a crash belongs here, once, under the same keys, so that no
 * form has to change for it.
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'react';

export interface FormValues<V> {
  /** The form's identity; a different key is a different form, which starts from its initial values. */
  key: string;
  values: V;
  /** The newest values, including a change made earlier in the same event. */
  latest(): V;
  /** Merges a change in and returns the values that result. */
  set(patch: Partial<V>): V;
  /** Replaces every value (the form starting again after it was sent). */
  reset(values: V): void;
}

interface Held<V> {
  key: string;
  values: V;
}

export function useFormValues<V extends object>(key: string, initial: V | (() => V)): FormValues<V> {
  const start = (): V => (typeof initial === 'function' ? (initial as () => V)() : initial);
  const [held, setHeld] = useState<Held<V>>(() => ({ key, values: start() }));
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
        return next.values;
      },
      reset(values: V) {
        store({ key: latest.current.key, values });
      },
    };
  }, []);
  return { key, values: current.values, ...controls };
}
