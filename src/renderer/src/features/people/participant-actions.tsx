/** Changing someone's part in the case, and removing them from it (after a calm check). */
import { useId, useState, type FormEvent } from 'react';
import type { RoleLabels } from '../../../../shared/domain/case-model';
import { peopleChannels, type Participant } from '../../../../shared/schemas/people';
import { fieldErrorsFrom, validate, type FieldErrors } from '../../lib/form-errors';
import { useMutation } from '../../lib/query';
import { peopleChanged } from './people-queries';
import { RoleFields, roleInput, type RoleDraft } from './role-fields';

const updateInput = peopleChannels['participant:update'].input;

export function EditRoleForm({
  participant,
  participants,
  roleLabels,
  onClose,
}: {
  participant: Participant;
  participants: readonly Participant[];
  roleLabels: RoleLabels | undefined;
  onClose(): void;
}) {
  const id = useId();
  const [draft, setDraft] = useState<RoleDraft>({
    role: participant.role,
    supportsParticipantId: participant.supportsParticipantId ?? '',
    organisation: participant.organisation,
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const update = useMutation('participant:update', { invalidates: peopleChanged });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = { id: participant.id, ...roleInput(draft) };
    if (draft.role === 'supporter' && !input.supportsParticipantId) {
      return setErrors({ supportsParticipantId: 'Say whom this supporter supports.' });
    }
    const problems = validate(updateInput, input);
    if (problems) return setErrors(problems);
    const result = await update.mutate(input as Parameters<typeof update.mutate>[0]);
    if (!result.ok) return setErrors(fieldErrorsFrom(result.error));
    onClose();
  }

  return (
    <form className="people-inline-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h5 id={`${id}-title`} className="people-panel-title">
        {participant.person.preferredName}’s part in this case
      </h5>
      <RoleFields
        draft={draft}
        errors={errors}
        onChange={(change) => setDraft((d) => ({ ...d, ...change }))}
        participants={participants}
        roleLabels={roleLabels}
        exceptParticipantId={participant.id}
        autoFocus
      />
      {errors['_'] ? (
        <p className="form-error" role="alert">
          {errors['_']}
        </p>
      ) : null}
      <div className="actions actions-start">
        <button type="submit" className="button button-primary" disabled={update.isPending}>
          Save role
        </button>
        <button type="button" className="button button-secondary" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}

export function RemoveParticipant({ participant, onClose }: { participant: Participant; onClose(): void }) {
  const name = participant.person.preferredName;
  const remove = useMutation('participant:remove', { invalidates: peopleChanged });
  return (
    <div
      className="people-inline-form people-confirm"
      role="group"
      aria-label={`Remove ${name} from this case`}
    >
      <p>
        Remove {name} from this case? Their details stay in the workbench and in any other case they are part
        of, and the consent already recorded here is kept on the case record.
      </p>
      <p className="muted">
        To remove someone from the workbench entirely, use “Erase this person” on their page.
      </p>
      {remove.error ? (
        <p className="form-error" role="alert">
          {remove.error.message}
        </p>
      ) : null}
      <div className="actions actions-start">
        <button
          type="button"
          className="button button-danger"
          disabled={remove.isPending}
          autoFocus
          onClick={() => void remove.mutate({ id: participant.id })}
        >
          Remove from this case
        </button>
        <button type="button" className="button button-secondary" onClick={onClose}>
          Keep {name}
        </button>
      </div>
    </div>
  );
}
