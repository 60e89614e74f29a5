/**
 * One person in the case list: who they are, their part, consent at a glance, and a marker
 * nobody can miss when consent has been withdrawn. Consent, role and removal open in place.
 */
import { useId, useState } from 'react';
import { riskLevels, type RoleLabels } from '../../../../shared/domain/case-model';
import type { Participant, RiskFlag } from '../../../../shared/schemas/people';
import { useNavigation } from '../../lib/navigation';
import { consentKindShort, consentOverview, withdrawalMarkers } from './consent-summary';
import { ConsentPanel } from './consent-panel';
import { EditRoleForm, RemoveParticipant } from './participant-actions';
import { accessNeedsText, ageText, otherCasesText, supportsText } from './people-model';

type Open = 'consent' | 'role' | 'remove' | null;

export function ParticipantRow({
  participant,
  participants,
  roleLabels,
  risks,
}: {
  participant: Participant;
  participants: readonly Participant[];
  roleLabels: RoleLabels | undefined;
  risks: readonly RiskFlag[];
}) {
  const id = useId();
  const { go } = useNavigation();
  const [open, setOpen] = useState<Open>(null);
  const { person } = participant;
  const name = person.preferredName;
  const markers = withdrawalMarkers(participant.consents);
  const openRisks = risks.filter((r) => r.personId === person.id && !r.resolvedAt);
  const details = [
    person.pronouns,
    ageText(person),
    participant.role === 'supporter'
      ? (supportsText(participant, participants) ?? 'Not yet linked to the person they support')
      : null,
    participant.organisation || null,
  ].filter((d): d is string => Boolean(d));
  const also = otherCasesText(participant.otherCaseCount);
  const needs = accessNeedsText(person);
  const toggle = (what: Exclude<Open, null>) => setOpen((o) => (o === what ? null : what));

  return (
    <article
      className={markers.length ? 'person-row has-withdrawal' : 'person-row'}
      aria-labelledby={`${id}-name`}
    >
      <div className="person-row-main">
        <div className="person-row-who">
          <h4 id={`${id}-name`} className="person-name">
            <button
              type="button"
              className="button-link person-link"
              onClick={() => go({ area: 'person', personId: person.id, fromCaseId: participant.caseId })}
            >
              {name}
            </button>
          </h4>
          {details.length ? <p className="person-details">{details.join(' · ')}</p> : null}
          {also ? <p className="person-also">{also}</p> : null}
          {needs.length ? <p className="person-needs">Access needs: {needs.join(', ')}</p> : null}
        </div>
        <dl className="consent-glance" aria-label={`Consent, ${name}`}>
          {consentOverview(participant.consents).map((s) => (
            <div key={s.kind} className="consent-glance-item">
              <dt>{consentKindShort[s.kind]}</dt>
              <dd>
                <span className={`consent-badge consent-${s.state}`}>{s.text}</span>
              </dd>
            </div>
          ))}
        </dl>
      </div>
      {markers.map((m) => (
        <p key={m} className="withdrawal-marker">
          <span className="withdrawal-glyph" aria-hidden="true">
            !
          </span>
          {m}
        </p>
      ))}
      {openRisks.length ? (
        <p className="person-risk">
          {openRisks.length === 1 ? '1 open risk flag' : `${openRisks.length} open risk flags`} (
          {openRisks.map((r) => riskLevels[r.level].toLowerCase()).join(', ')}): see Risk and vulnerability
          below. Confidential.
        </p>
      ) : null}
      <div className="row-actions">
        <button
          type="button"
          className="button button-secondary button-small"
          aria-expanded={open === 'consent'}
          onClick={() => toggle('consent')}
        >
          Consent<span className="visually-hidden"> for {name}</span>
        </button>
        <button
          type="button"
          className="button button-secondary button-small"
          aria-expanded={open === 'role'}
          onClick={() => toggle('role')}
        >
          Change role<span className="visually-hidden"> of {name}</span>
        </button>
        <button
          type="button"
          className="button button-secondary button-small"
          aria-expanded={open === 'remove'}
          onClick={() => toggle('remove')}
        >
          Remove<span className="visually-hidden"> {name} from this case</span>
        </button>
      </div>
      {open === 'consent' ? <ConsentPanel participant={participant} /> : null}
      {open === 'role' ? (
        <EditRoleForm
          participant={participant}
          participants={participants}
          roleLabels={roleLabels}
          onClose={() => setOpen(null)}
        />
      ) : null}
      {open === 'remove' ? (
        <RemoveParticipant participant={participant} onClose={() => setOpen(null)} />
      ) : null}
    </article>
  );
}
