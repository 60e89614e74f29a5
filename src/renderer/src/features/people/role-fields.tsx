/**
 * A person's part in the case: their role, whom they support (required for a supporter: a
 * supporter always supports someone named), and the organisation of a professional.
 */
import type { Role, RoleLabels } from '../../../../shared/domain/case-model';
import type { Participant } from '../../../../shared/schemas/people';
import { TextField } from '../../components/text-field';
import { SelectField } from '../../components/form-fields';
import { roleLabel, roleOrder, supportChoices } from './people-model';

export interface RoleDraft {
  role: Role | '';
  supportsParticipantId: string;
  organisation: string;
}

/** Roles whose organisation matters (where a professional or referrer works). */
export function showsOrganisation(role: RoleDraft['role']): boolean {
  return role === 'professional' || role === 'referrer';
}

export function RoleFields({
  draft,
  errors,
  onChange,
  participants,
  roleLabels,
  exceptParticipantId,
  autoFocus,
}: {
  draft: RoleDraft;
  errors: Record<string, string>;
  onChange(change: Partial<RoleDraft>): void;
  participants: readonly Participant[];
  roleLabels: RoleLabels | undefined;
  exceptParticipantId?: string;
  autoFocus?: boolean;
}) {
  const choices = supportChoices(participants, exceptParticipantId);
  return (
    <div className="people-field-grid people-field-grid-wide">
      <SelectField
        label="Role in this case"
        placeholder="Choose a role"
        autoFocus={autoFocus}
        options={roleOrder.map((role) => ({ value: role, label: roleLabel(roleLabels, role) }))}
        value={draft.role}
        error={errors['role']}
        onChange={(e) => onChange({ role: e.target.value as Role | '' })}
      />
      {draft.role === 'supporter' ? (
        <SelectField
          label="Supports"
          hint={
            choices.length === 0
              ? 'Add the person they support first.'
              : 'A supporter always supports someone in this case.'
          }
          placeholder="Choose who they support"
          options={choices.map((p) => ({
            value: p.id,
            label: `${p.person.preferredName} (${roleLabel(roleLabels, p.role)})`,
          }))}
          value={draft.supportsParticipantId}
          error={errors['supportsParticipantId']}
          onChange={(e) => onChange({ supportsParticipantId: e.target.value })}
        />
      ) : null}
      {showsOrganisation(draft.role) ? (
        <TextField
          label="Organisation"
          hint="For example the school, the council team or the police station."
          value={draft.organisation}
          error={errors['organisation']}
          onChange={(e) => onChange({ organisation: e.target.value })}
        />
      ) : null}
    </div>
  );
}

/** The participant:add / participant:update fields from the draft. */
export function roleInput(draft: RoleDraft) {
  return {
    role: draft.role,
    supportsParticipantId: draft.role === 'supporter' ? draft.supportsParticipantId || null : null,
    organisation: showsOrganisation(draft.role) ? draft.organisation : '',
  };
}
