/**
 * Choosing a passphrase, the same everywhere (first run, recovery, change): the rule shown
 * before typing (its numbers come from the shared rule, so they cannot drift), the strength
 * meter, and the second box to catch a typo that would otherwise lock the facilitator out.
 */
import { useId, type Ref } from 'react';
import { MIN_PASSPHRASE_CHARS, MIN_PASSPHRASE_WORDS } from '../../../shared/domain/passphrase';
import { useStrength } from '../lib/use-strength';
import { PassphraseField } from './passphrase-field';
import { StrengthMeter } from './strength-meter';

export const passphraseRule = `At least ${MIN_PASSPHRASE_CHARS} characters, or at least ${MIN_PASSPHRASE_WORDS} words. A few unrelated words are easy to remember and hard to guess.`;

export interface NewPassphraseFieldsProps {
  labels: { first: string; repeat: string };
  first: string;
  repeat: string;
  onFirst(value: string): void;
  onRepeat(value: string): void;
  errors: { first?: string | undefined; repeat?: string | undefined };
  reveal: boolean;
  firstRef?: Ref<HTMLInputElement>;
  repeatRef?: Ref<HTMLInputElement>;
  autoFocus?: boolean;
}

export function NewPassphraseFields(props: NewPassphraseFieldsProps) {
  const meterId = useId();
  const view = useStrength(props.first);
  return (
    <>
      <PassphraseField
        label={props.labels.first}
        hint={passphraseRule}
        reveal={props.reveal}
        value={props.first}
        onChange={(e) => props.onFirst(e.target.value)}
        error={props.errors.first}
        inputRef={props.firstRef}
        autoComplete="new-password"
        autoFocus={props.autoFocus}
        describedBy={meterId}
        below={<StrengthMeter view={view} id={meterId} />}
      />
      <PassphraseField
        label={props.labels.repeat}
        reveal={props.reveal}
        value={props.repeat}
        onChange={(e) => props.onRepeat(e.target.value)}
        error={props.errors.repeat}
        inputRef={props.repeatRef}
        autoComplete="new-password"
      />
    </>
  );
}
