/** The strength meter's view of a passphrase, recomputed off the typing path. */
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { passphraseProblem } from '../../../shared/domain/passphrase';
import { loadEstimator, type Estimator } from './strength-estimator';
import { describeStrength, type StrengthView } from './strength';

export function useStrength(passphrase: string): StrengthView {
  const [estimator, setEstimator] = useState<Estimator | null>(null);
  // zxcvbn takes a few milliseconds; deferring keeps every key press instant.
  const deferred = useDeferredValue(passphrase);
  useEffect(() => {
    let live = true;
    loadEstimator().then(
      (e) => {
        if (live) setEstimator(() => e);
      },
      () => undefined, // the meter is advisory: without it the rule still applies
    );
    return () => {
      live = false;
    };
  }, []);
  return useMemo(() => {
    const meetsRule = passphraseProblem(deferred) === null;
    const estimate = estimator && meetsRule ? estimator(deferred) : null;
    return describeStrength({
      passphrase: deferred,
      meetsRule,
      score: estimate?.score ?? null,
      warning: estimate?.warning ?? null,
      suggestions: estimate?.suggestions ?? [],
    });
  }, [deferred, estimator]);
}
