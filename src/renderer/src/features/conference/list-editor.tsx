/** A short list of lines the facilitator can add to, edit and remove from. */
export function ListEditor({
  legend,
  hint,
  itemLabel,
  items,
  onChange,
}: {
  legend: string;
  hint: string;
  itemLabel: string;
  items: string[];
  onChange(next: string[]): void;
}) {
  return (
    <fieldset className="list-editor">
      <legend>{legend}</legend>
      <p className="field-hint">{hint}</p>
      {items.length === 0 ? <p className="muted">None yet.</p> : null}
      <ol>
        {items.map((item, i) => (
          <li key={i} className="list-editor-row">
            <div>
              <input
                autoComplete="off"
                className="input"
                aria-label={`${itemLabel} ${i + 1}`}
                value={item}
                maxLength={500}
                onChange={(e) => onChange(items.map((x, j) => (j === i ? e.target.value : x)))}
              />
              <button
                type="button"
                className="button-link"
                aria-label={`Remove ${itemLabel.toLowerCase()} ${i + 1}`}
                onClick={() => onChange(items.filter((_, j) => j !== i))}
              >
                Remove
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button type="button" className="button button-secondary" onClick={() => onChange([...items, ''])}>
        Add {itemLabel.toLowerCase()}
      </button>
    </fieldset>
  );
}
