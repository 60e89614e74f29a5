/**
 * The recovery key and the new passphrase it sets, chosen twice, with "Show what I type": the
 * same on the unlock screen's way back in and when a backup is opened with the recovery key.
 * The form that holds them never keeps a draft (passphrases are kept nowhere).
 */
import type { RefObject } from 'react';
import type { Form } from '../lib/use-form';
import { NewPassphraseFields } from './new-passphrase-fields';
import { RevealToggle } from './passphrase-field';
import { TextField } from './text-field';

export interface RecoveryValues {
  recoveryKey: string;
  newPassphrase: string;
  repeat: string;
}

export interface RecoveryKeyFieldsProps {
  form: Form<RecoveryValues>;
  /** What the recovery key is, where this form is. */
  hint: string;
  reveal: boolean;
  onReveal(reveal: boolean): void;
  refs: {
    recoveryKey: RefObject<HTMLInputElement | null>;
    newPassphrase: RefObject<HTMLInputElement | null>;
    repeat: RefObject<HTMLInputElement | null>;
  };
}

export function RecoveryKeyFields({ form, hint, reveal, onReveal, refs }: RecoveryKeyFieldsProps) {
  const { values, errors } = form;
  return (
    <>
      <TextField
        label="Recovery key"
        hint={hint}
        mono
        autoFocus
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="characters"
        {...form.field('recoveryKey', 'clears-error')}
        inputRef={refs.recoveryKey}
      />
      <NewPassphraseFields
        labels={{ first: 'New passphrase', repeat: 'Repeat new passphrase' }}
        first={values.newPassphrase}
        repeat={values.repeat}
        onFirst={(newPassphrase) => form.edit({ newPassphrase })}
        onRepeat={(repeat) => form.edit({ repeat })}
        errors={{ first: errors['newPassphrase'], repeat: errors['repeat'] }}
        reveal={reveal}
        firstRef={refs.newPassphrase}
        repeatRef={refs.repeat}
      />
      <RevealToggle checked={reveal} onChange={onReveal} label="Show what I type" />
    </>
  );
}
