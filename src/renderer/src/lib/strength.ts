/**
 * What the strength meter says. zxcvbn gives a score from 0 to 4; the passphrase rule is the
 * hard floor, so a passphrase that breaks the rule is never called anything but "Too short",
 * whatever zxcvbn thinks. Advice stays short: one line, never a lecture.
 */
export type StrengthTone = 'none' | 'weak' | 'fair' | 'good';

export interface StrengthView {
  /** Filled segments out of METER_SEGMENTS. */
  filled: number;
  label: string;
  tone: StrengthTone;
  advice: string | null;
}

export const METER_SEGMENTS = 4;

export interface StrengthInput {
  passphrase: string;
  /** True when the shared passphrase rule is met. */
  meetsRule: boolean;
  /** zxcvbn's score 0..4, or null while the estimator is still loading. */
  score: number | null;
  warning?: string | null;
  suggestions?: readonly string[];
}

export function describeStrength(input: StrengthInput): StrengthView {
  if (input.passphrase.length === 0) return { filled: 0, label: '', tone: 'none', advice: null };
  if (!input.meetsRule) return { filled: 1, label: 'Too short', tone: 'weak', advice: null };
  if (input.score === null) return { filled: 0, label: 'Checking…', tone: 'none', advice: null };
  const score = Math.min(4, Math.max(0, Math.round(input.score)));
  const advice = score >= 3 ? null : input.warning || input.suggestions?.[0] || null;
  if (score <= 1) return { filled: 1, label: 'Easy to guess', tone: 'weak', advice };
  if (score === 2) return { filled: 2, label: 'Fair', tone: 'fair', advice };
  if (score === 3) return { filled: 3, label: 'Strong', tone: 'good', advice };
  return { filled: 4, label: 'Very strong', tone: 'good', advice };
}
