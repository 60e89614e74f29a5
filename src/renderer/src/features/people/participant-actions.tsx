/** Changing someone's part in the case, and removing them from it (after a calm check). */
import { useId } from 'react';
import type { RoleLabels } from '../../../../shared/domain/case-model';
import { peopleChannels, type Participant } from '../../../../shared/schemas/people';
import { FormActions, FormError } from '../../components/form-actions';
import { validate } from '../../lib/form-errors';
import { useMutation } from '../../lib/query';
import { useForm } from '../../lib/use-form';
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
  const update = useMutation('participant:update', { invalidates: peopleChanged });
  const inputOf = (draft: RoleDraft) => ({ id: participant.id, ...roleInput(draft) });
  const form = useForm({
    key: `participant-role:${participant.id}`,
    opensOnDemand: true,
    initial: (): RoleDraft => ({
      role: participant.role,
      supportsParticipantId: participant.supportsParticipantId ?? '',
      organisation: participant.organisation,
    }),
    check: (draft) =>
      draft.role === 'supporter' && !inputOf(draft).supportsParticipantId
        ? { supportsParticipantId: 'Say whom this supporter supports.' }
        : validate(updateInput, inputOf(draft)),
    send: (draft) => update.mutate(inputOf(draft) as Parameters<typeof update.mutate>[0]),
    sent: onClose,
  });

  return (
    <form className="people-inline-form" onSubmit={form.submit} noValidate aria-labelledby={`${id}-title`}>
      <h5 id={`${id}-title`} className="people-panel-title">
        {participant.person.preferredName}’s part in this case
      </h5>
      <RoleFields
        draft={form.values}
        errors={form.errors}
        onChange={(change) => form.set(change)}
        participants={participants}
        roleLabels={roleLabels}
        exceptParticipantId={participant.id}
        autoFocus
      />
      <FormError error={form.errors['_']} />
      <FormActions
        submit="Save role"
        busy={form.busy}
        cancel={{ onClick: () => (form.discard(), onClose()) }}
      />
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
      <FormError error={remove.error?.message} />
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
