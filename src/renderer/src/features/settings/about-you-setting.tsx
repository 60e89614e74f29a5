/**
 * About you: the facilitator's name, role and contact details. Every letter is signed with
 * them, and the letters' contact fields start from them. Saves as it is typed, like the
 * organisation's wording; what cannot be saved yet (a pasted line break) is kept as a draft
 * until it is put right, so leaving the page loses nothing.
 */
import { useId, useState } from 'react';
import { settingsSchema, type Settings } from '../../../../shared/contract';
import { SectionHead } from '../../components/section-head';
import { TextField } from '../../components/text-field';
import { validate, type FieldErrors } from '../../lib/form-errors';
import { useFormValues } from '../../lib/form-values';
import { useAutosave } from '../notes/use-autosave';
import { SaveStatus } from './save-status';
import { useSetting } from './use-setting';

type AboutYou = Settings['aboutYou'];
const aboutYouSchema = settingsSchema.shape.aboutYou;

export function AboutYouSetting({ initial }: { initial: AboutYou }) {
  const id = useId();
  const { save, state } = useSetting();
  const form = useFormValues('settings-about-you', (): AboutYou => ({ ...initial }));
  const about = form.values;
  const [errors, setErrors] = useState<FieldErrors>(() => validate(aboutYouSchema, form.values) ?? {});
  const autosave = useAutosave<AboutYou>(async (value) => {
    const problems = validate(aboutYouSchema, value);
    setErrors(problems ?? {});
    if (problems) throw new Error('Something here needs changing before it can be saved.');
    if (!(await save({ aboutYou: value }))) throw new Error('Not saved.');
    form.discard();
  });
  const change = (part: Partial<AboutYou>) => {
    const next = form.set(part);
    setErrors(validate(aboutYouSchema, next) ?? {});
    autosave.change(next);
  };
  return (
    <section className="settings-section" aria-labelledby={`${id}-title`}>
      <SectionHead id={`${id}-title`} title="About you">
        <SaveStatus state={state} />
      </SectionHead>
      <p className="field-hint">
        Every letter is signed with your name, role and contact details, and gives them as who to contact
        unless you type someone else for a letter. They stay on this computer, like everything else.
      </p>
      <TextField
        label="Your name"
        hint="As you sign letters, e.g. Sam Okafor."
        value={about.name}
        onChange={(e) => change({ name: e.target.value })}
        error={errors['name']}
      />
      <TextField
        label="Your role"
        hint="Under your name, e.g. Restorative practitioner."
        value={about.role}
        onChange={(e) => change({ role: e.target.value })}
        error={errors['role']}
      />
      <TextField
        label="Contact details"
        hint="A phone number or email address people can reach you on."
        value={about.contact}
        onChange={(e) => change({ contact: e.target.value })}
        error={errors['contact']}
      />
    </section>
  );
}
