/**
 * A passphrase input: hidden unless the form's "Show" box is ticked, never autocorrected or
 * spell-checked, and it says when Caps Lock is on (the commonest reason a right passphrase
 * is refused).
 */
import { useState, type KeyboardEvent } from 'react';
import { TextField, type TextFieldProps } from './text-field';

export interface PassphraseFieldProps extends Omit<TextFieldProps, 'type'> {
  reveal: boolean;
}

export function PassphraseField({ reveal, below, onKeyDown, onKeyUp, ...rest }: PassphraseFieldProps) {
  const [capsLock, setCapsLock] = useState(false);
  const watchCaps = (event: KeyboardEvent<HTMLInputElement>) =>
    setCapsLock(event.getModifierState('CapsLock'));
  return (
    <TextField
      {...rest}
      type={reveal ? 'text' : 'password'}
      spellCheck={false}
      autoCorrect="off"
      autoCapitalize="off"
      onKeyDown={(event) => {
        watchCaps(event);
        onKeyDown?.(event);
      }}
      onKeyUp={(event) => {
        watchCaps(event);
        onKeyUp?.(event);
      }}
      onBlur={() => setCapsLock(false)}
      below={
        <>
          {capsLock ? <p className="field-caps">Caps Lock is on.</p> : null}
          {below}
        </>
      }
    />
  );
}

export function RevealToggle({
  checked,
  onChange,
  label,
}: {
  checked: boolean;
  onChange(v: boolean): void;
  label: string;
}) {
  return (
    <label className="checkbox">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <span>{label}</span>
    </label>
  );
}
