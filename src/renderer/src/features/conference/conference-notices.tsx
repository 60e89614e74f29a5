/**
 * What changed about the people since the plan was made, calmly at the top of the Conference
 * tab: a confirmed conference that went back to planning (and why), who has withdrawn, who is
 * left out of everyone else's letters, who gave consent again, and the letters made for
 * someone before they withdrew. All of it is worked out in the case core; this only says it.
 */
import type { ConferencePlan } from '../../../../shared/schemas/conference';
import { Notice } from '../../components/notice';
import { formatDate, formatDateTime } from '../cases/dates';

const kinds = { take_part: 'to take part', share_information: 'to share information' } as const;
const letterKinds = { invitation: 'Invitation letter', completion_letter: 'Completion letter' } as const;

export function ConferenceNotices({ plan }: { plan: ConferencePlan }) {
  const withdrawn = plan.people.filter((p) => p.withdrawn && (p.invited || plan.invited.length === 0));
  const leftOut = plan.people.filter((p) => p.shareWithdrawn && !p.withdrawn);
  const givenAgain = plan.people.flatMap((p) => p.givenAgain.map((g) => ({ ...g, name: p.name })));
  const earlierLetters = plan.lettersMade.filter((l) => l.beforeWithdrawal);
  if (!plan.reopened && !withdrawn.length && !leftOut.length && !givenAgain.length && !earlierLetters.length)
    return null;
  return (
    <div className="conference-notices" aria-label="Changes to who takes part">
      {plan.reopened ? (
        <Notice tone="warning" title="The conference is back to planning">
          <p>
            {plan.reopened.cause === 'withdrawal'
              ? `${plan.reopened.name ?? 'Someone'} no longer takes part, so the confirmed conference went back to planning on ${formatDateTime(plan.reopened.at)}.`
              : `Its date, place or invitations changed on ${formatDateTime(plan.reopened.at)}, so it went back to planning.`}{' '}
            Check the plan, then confirm it again on the Preparation tab.
          </p>
        </Notice>
      ) : null}
      {withdrawn.length ? (
        <Notice title="Withdrawn">
          <ul>
            {withdrawn.map((p) => (
              <li key={p.participantId}>
                {p.name}: {p.withdrawnReason} No letters are made for them, their chair is left empty and they
                are not in the speaking order, the run sheet or the signing list.
              </li>
            ))}
          </ul>
        </Notice>
      ) : null}
      {leftOut.length ? (
        <Notice title="Left out of everyone else’s letters">
          <ul>
            {leftOut.map((p) => (
              <li key={p.participantId}>
                {p.name} withdrew consent to share information: their name and anything about them are left
                out of the other people’s letters and the printed agreement’s list of who took part. Their own
                letter is still made.
              </li>
            ))}
          </ul>
        </Notice>
      ) : null}
      {givenAgain.length ? (
        <Notice tone="success" title="Consent given again">
          <ul>
            {givenAgain.map((g) => (
              <li key={`${g.name}-${g.kind}`}>
                {g.name} gave consent {kinds[g.kind]} again on {formatDate(g.on)}
                {g.kind === 'take_part'
                  ? ': they are back in the invitation list, their chair, the speaking order and the signing list. Use the script again if the run sheet should include them.'
                  : ': they are named in the other people’s letters again.'}
              </li>
            ))}
          </ul>
        </Notice>
      ) : null}
      {earlierLetters.length ? (
        <Notice title="Letters made before a withdrawal">
          <ul>
            {earlierLetters.map((l, i) => (
              <li key={`${l.participantId}-${i}`}>
                {letterKinds[l.kind]} for {l.name}, made {formatDateTime(l.madeAt)}, before they withdrew.
              </li>
            ))}
          </ul>
        </Notice>
      ) : null}
    </div>
  );
}
