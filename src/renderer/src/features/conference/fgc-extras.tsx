/**
 * Family group conference extras: the referrer's bottom lines, the questions agreed beforehand
 * and the family lead. Saved together with one button.
 */
import { useState } from 'react';
import type { ConferencePlan } from '../../../../shared/schemas/conference';
import type { Participant } from '../../../../shared/schemas/people';
import { SelectField } from '../../components/form-fields';
import { ListEditor } from './list-editor';
import { SaveNote, usePlanUpdate } from './use-plan-update';

export function FgcExtras({ plan, participants }: { plan: ConferencePlan; participants: Participant[] }) {
  // A plan never saved holds `{}` for fgc (the column's default), so fill in the gaps.
  const saved: Partial<ConferencePlan['fgc']> = plan.fgc;
  const fgc = {
    bottomLines: saved.bottomLines ?? [],
    preAgreedQuestions: saved.preAgreedQuestions ?? [],
    familyLeadParticipantId: saved.familyLeadParticipantId ?? null,
  };
  const [bottomLines, setBottomLines] = useState<string[]>(fgc.bottomLines);
  const [questions, setQuestions] = useState<string[]>(fgc.preAgreedQuestions);
  const [lead, setLead] = useState(fgc.familyLeadParticipantId ?? '');
  const { save, state, fieldErrors } = usePlanUpdate(plan.caseId);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    void save({
      fgc: {
        bottomLines: bottomLines.map((l) => l.trim()).filter(Boolean),
        preAgreedQuestions: questions.map((l) => l.trim()).filter(Boolean),
        familyLeadParticipantId: lead === '' ? null : lead,
      },
    });
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
          onChange={setBottomLines}
        />
        <ListEditor
          legend="Pre-agreed questions"
          hint="Questions the family has agreed to answer in their plan."
          itemLabel="Question"
          items={questions}
          onChange={setQuestions}
        />
        <SelectField
          label="Family lead"
          value={lead}
          placeholder="Not chosen yet"
          onChange={(e) => setLead(e.target.value)}
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
