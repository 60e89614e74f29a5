/** Appropriateness check for a conference: acknowledgement by the person responsible, willingness. */
import { useState } from 'react';
import { acknowledgements } from '../../../../shared/domain/case-model';
import { useMutation } from '../../lib/query';

type Ack = keyof typeof acknowledgements;

export function AppropriatenessForm(props: { caseId: string; acknowledged: string; willingness: string }) {
  const { caseId } = props;
  const [acknowledged, setAcknowledged] = useState<Ack>(
    props.acknowledged in acknowledgements ? (props.acknowledged as Ack) : 'unknown',
  );
  const [willingness, setWillingness] = useState(props.willingness);
  const [saved, setSaved] = useState(false);
  const update = useMutation('conference:update', { invalidates: ['conference:get'] });
  return (
    <section aria-labelledby="prep-fit-h" className="prep-box">
      <h2 id="prep-fit-h">Is a conference appropriate?</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void update
            .mutate({ caseId, appropriateness: { acknowledged, willingness } })
            .then((r) => setSaved(r.ok));
        }}
      >
        <label>
          Does the person responsible acknowledge what happened?
          <select
            className="select"
            value={acknowledged}
            onChange={(e) => setAcknowledged(e.target.value as Ack)}
          >
            {Object.entries(acknowledgements).map(([k, label]) => (
              <option key={k} value={k}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Willingness of the parties
          <textarea
            className="input input-multiline"
            value={willingness}
            onChange={(e) => setWillingness(e.target.value)}
            rows={2}
          />
        </label>
        <button type="submit" className="button button-secondary" disabled={update.isPending}>
          Save the appropriateness check
        </button>
        {saved ? <p role="status">Saved.</p> : null}
        {update.error ? <p role="alert">{update.error.message}</p> : null}
      </form>
    </section>
  );
}
