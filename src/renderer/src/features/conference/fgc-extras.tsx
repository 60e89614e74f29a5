/**
 * Family group conference extras: the referrer's bottom lines, the questions agreed beforehand
 * and the family lead. Saved together with one button.
 */
import type { ConferencePlan } from '../../../../shared/schemas/conference';
import type { Participant } from '../../../../shared/schemas/people';
import { SelectField } from '../../components/form-fields';
import { ListEditor } from './list-editor';
import { SaveNote, usePlanUpdate } from './use-plan-update';
import { useFormValues } from '../../lib/form-values';

export function FgcExtras({ plan, participants }: { plan: ConferencePlan; participants: Participant[] }) {
  // A plan never saved holds `{}` for fgc (the column's default), so fill in the gaps.
  const saved: Partial<ConferencePlan['fgc']> = plan.fgc;
  const fgc = {
    bottomLines: saved.bottomLines ?? [],
    preAgreedQuestions: saved.preAgreedQuestions ?? [],
    familyLeadParticipantId: saved.familyLeadParticipantId ?? null,
  };
  const form = useFormValues(`conference-fgc:${plan.caseId}`, () => ({
    bottomLines: fgc.bottomLines,
    questions: fgc.preAgreedQuestions,
    lead: fgc.familyLeadParticipantId ?? '',
  }));
  const { bottomLines, questions, lead } = form.values;
  const { save, state, fieldErrors } = usePlanUpdate(plan.caseId);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const { bottomLines, questions, lead } = form.latest();
    void save({
      fgc: {
        bottomLines: bottomLines.map((l) => l.trim()).filter(Boolean),
        preAgreedQuestions: questions.map((l) => l.trim()).filter(Boolean),
        familyLeadParticipantId: lead === '' ? null : lead,
      },
    }).then((ok) => ok && form.discard());
  };
  return (
    <section className="conference-section" aria-labelledby="fgc-heading">
      <h2 id="fgc-heading">Family group conference</h2>
      <form onSubmit={submit}>
        <ListEditor
          legend="Referrer's bottom lines"
          hint="What must be true of any family plan, as the referrer set it out."
          itemLabel="Bottom line"
          items={bottomLines}
          onChange={(bottomLines) => form.set({ bottomLines })}
        />
        <ListEditor
          legend="Pre-agreed questions"
          hint="Questions the family has agreed to answer in their plan."
          itemLabel="Question"
          items={questions}
          onChange={(questions) => form.set({ questions })}
        />
        <SelectField
          label="Family lead"
          value={lead}
          placeholder="Not chosen yet"
          onChange={(e) => form.set({ lead: e.target.value })}
          options={participants.map((p) => ({ value: p.id, label: p.person.preferredName }))}
          error={fieldErrors['fgc']}
        />
        <div className="button-row">
          <button type="submit" className="button button-primary">
            Save family group conference details
          </button>
          <SaveNote state={state} />
        </div>
      </form>
    </section>
  );
}
