/**
 * Which names notes are searched for: the full name always; the preferred name and the first
 * name only when ticked (a first name alone names other people too); and any other name the
 * facilitator adds, such as a nickname. The same control serves the export and the erasure.
 */
import { useId, useState, type KeyboardEvent } from 'react';
import { foldText } from '../../../../shared/domain/text-fold';
import { nameSuggestions, primaryName } from '../../../../shared/domain/subject-access-passages';
import { otherNamesSchema } from '../../../../shared/schemas/data-rights';
import type { Person } from '../../../../shared/schemas/people';

const oneName = otherNamesSchema.unwrap().element;
const MAX_OTHER_NAMES = 20;

export function NamesToLookFor({
  person,
  value,
  onChange,
}: {
  person: Person;
  value: readonly string[];
  onChange(names: string[]): void;
}) {
  const id = useId();
  const primary = primaryName(person);
  const suggestions = nameSuggestions(person);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState('');
  const has = (name: string) => value.some((v) => foldText(v) === foldText(name));
  const added = value.filter((v) => !suggestions.some((s) => foldText(s) === foldText(v)));

  function add() {
    const parsed = oneName.safeParse(typed);
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'That name cannot be used.');
    if (foldText(parsed.data) === foldText(primary) || has(parsed.data)) {
      return setError(`${parsed.data} is already looked for.`);
    }
    if (value.length >= MAX_OTHER_NAMES)
      return setError(`At most ${MAX_OTHER_NAMES} other names can be looked for.`);
    onChange([...value, parsed.data]);
    setTyped('');
    setError('');
  }

  const toggle = (name: string, on: boolean) =>
    onChange(on ? [...value, name] : value.filter((v) => foldText(v) !== foldText(name)));

  return (
    <fieldset className="names-to-look-for" aria-describedby={`${id}-hint`}>
      <legend className="field-label">Names to look for</legend>
      <p className="field-hint" id={`${id}-hint`}>
        Notes in the cases they are part of are searched for these names. A first name alone also names other
        people, so tick it only if the notes use it for them.
      </p>
      <ul className="name-choices">
        <li className="name-fixed">
          <span className="name-choice-text">{primary}</span>
          <span className="muted"> (always)</span>
        </li>
        {[...suggestions, ...added].map((name) => (
          <li key={name}>
            <label className="checkbox name-choice">
              <input type="checkbox" checked={has(name)} onChange={(e) => toggle(name, e.target.checked)} />
              <span className="name-choice-text">{name}</span>
            </label>
          </li>
        ))}
      </ul>
      <div className="name-add">
        <label className="field-label" htmlFor={`${id}-other`}>
          Another name they are called (a nickname)
        </label>
        <div className="name-add-row">
          <input
            id={`${id}-other`}
            className="input"
            value={typed}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-error`}
            onChange={(e) => {
              setTyped(e.target.value);
              setError('');
            }}
            onKeyDown={(e: KeyboardEvent) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
          />
          <button type="button" className="button button-secondary" onClick={add}>
            Look for this name
          </button>
        </div>
        <p className="field-error" id={`${id}-error`} aria-live="polite">
          {error}
        </p>
      </div>
    </fieldset>
  );
}
