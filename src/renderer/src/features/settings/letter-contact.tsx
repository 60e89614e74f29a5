/**
 * The contact a letter gives (Preparation's invitation letters, the completion letter): by
 * default the facilitator's own from Settings → About you, and whatever is typed for a letter
 * instead. Only what is typed is kept in the form's draft (null means "use About you"), so a
 * change to About you reaches every letter form that was left alone.
 */
import { useQuery } from '../../lib/query';
import { TextField } from '../../components/text-field';

export interface TypedContact {
  contactName: string | null;
  contactDetails: string | null;
}

export const untypedContact: TypedContact = { contactName: null, contactDetails: null };

/** Drafts kept before About you existed hold the old default, which nobody typed. */
const OLD_DEFAULT = 'your facilitator';

/** The contact as shown and sent: what was typed, else About you. */
export function useLetterContact(typed: TypedContact): { contactName: string; contactDetails: string } {
  const about = useQuery('settings:get').data?.aboutYou;
  const name = typed.contactName === OLD_DEFAULT ? null : typed.contactName;
  return {
    contactName: name ?? about?.name ?? '',
    contactDetails: typed.contactDetails ?? about?.contact ?? '',
  };
}

export function LetterContactFields({
  typed,
  hint,
  onChange,
}: {
  typed: TypedContact;
  /** Where the contact is printed. */
  hint: string;
  onChange(change: Partial<TypedContact>): void;
}) {
  const shown = useLetterContact(typed);
  const fromAboutYou =
    (typed.contactName === null || typed.contactName === OLD_DEFAULT) && typed.contactDetails === null;
  const fullHint = fromAboutYou ? `${hint} From Settings → About you.` : hint;
  return (
    <>
      <TextField
        label="Contact name"
        hint={fullHint}
        value={shown.contactName}
        onChange={(e) => onChange({ contactName: e.target.value })}
      />
      <TextField
        label="Contact details"
        hint={fullHint}
        value={shown.contactDetails}
        onChange={(e) => onChange({ contactDetails: e.target.value })}
      />
    </>
  );
}
