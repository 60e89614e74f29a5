/**
 * zxcvbn-ts, loaded on first use: its dictionaries are large, and only the passphrase forms
 * need them. Everything is bundled with the app; nothing is fetched from anywhere else.
 */
export interface Estimate {
  score: number;
  warning: string | null;
  suggestions: string[];
}

export type Estimator = (passphrase: string) => Estimate;

/** zxcvbn's cost grows with length; beyond this the score is "very strong" anyway. */
const MAX_ESTIMATE_CHARS = 100;

/** Words on the screen around the passphrase field: using them adds no strength. */
const APP_WORDS = [
  'restorative workbench',
  'restorative',
  'workbench',
  'passphrase',
  'facilitator',
  'conference',
];

let loading: Promise<Estimator> | null = null;

export function loadEstimator(): Promise<Estimator> {
  loading ??= (async () => {
    const [{ ZxcvbnFactory }, common, en] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-en'),
    ]);
    const zxcvbn = new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...en.dictionary },
      graphs: common.adjacencyGraphs,
      translations: en.translations,
    });
    return (passphrase: string) => {
      const result = zxcvbn.check(passphrase.slice(0, MAX_ESTIMATE_CHARS), APP_WORDS);
      return {
        score: result.score,
        warning: result.feedback.warning,
        suggestions: result.feedback.suggestions,
      };
    };
  })();
  // A failed load (it should not happen: the files are local) must be retryable next time.
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
