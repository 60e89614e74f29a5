/**
 * Indirect work (shuttle): the messages carried between people who do not meet. Each one is
 * passed on only with its sender's consent; "Mark as carried" without it is refused by the
 * vault, and the panel offers to record that consent first.
 */
import { useState } from 'react';
import type { z } from 'zod';
import type { shuttleMessageSchema } from '../../../../shared/schemas/conference';
import { useMutation, useQuery } from '../../lib/query';
import { formatDateTime } from '../cases/dates';
import { ShuttleForm } from './shuttle-form';
import '../../styles/shuttle.css';

type Message = z.infer<typeof shuttleMessageSchema>;

export function ShuttlePanel({ caseId }: { caseId: string }) {
  const messages = useQuery('shuttle:list', { caseId });
  const participants = useQuery('participant:list', { caseId }).data ?? [];
  const nameOf = (id: string | null) =>
    participants.find((p) => p.id === id)?.person.preferredName ?? 'Someone no longer in this case';
  const list = messages.data ?? [];

  return (
    <section className="conference-section shuttle" aria-labelledby="shuttle-title">
      <h2 id="shuttle-title">Messages carried between people</h2>
      <p className="muted">
        A message is passed on only when its sender has agreed. Record that agreement before marking it
        carried.
      </p>
      {messages.error ? (
        <p className="form-error" role="alert">
          {messages.error.message}
        </p>
      ) : list.length === 0 ? (
        <p className="muted">No messages yet.</p>
      ) : (
        <ol className="shuttle-list" aria-label="Messages">
          {list.map((m) => (
            <ShuttleItem
              key={m.id}
              message={m}
              from={nameOf(m.fromParticipantId)}
              to={nameOf(m.toParticipantId)}
            />
          ))}
        </ol>
      )}
      <ShuttleForm caseId={caseId} participants={participants} />
    </section>
  );
}

function ShuttleItem({ message, from, to }: { message: Message; from: string; to: string }) {
  const [refused, setRefused] = useState<string | null>(null);
  const carried = useMutation('shuttle:carried', { invalidates: ['shuttle:list', 'case:timeline'] });
  const carry = async (consentToPass?: boolean) => {
    const result = await carried.mutate(
      consentToPass ? { id: message.id, consentToPass } : { id: message.id },
    );
    setRefused(result.ok ? null : result.error.message);
  };
  const label = `Message from ${from} to ${to}`;

  return (
    <li className="shuttle-item" aria-label={label}>
      <p className="shuttle-route">
        <strong>{from}</strong> <span aria-hidden="true">→</span>
        <span className="visually-hidden">to</span> <strong>{to}</strong>
        <span className="shuttle-when"> · {formatDateTime(message.createdAt)}</span>
      </p>
      <p className="shuttle-message">{message.message}</p>
      <p className="shuttle-status">
        {message.consentToPass ? 'Sender agreed it may be passed on.' : 'No consent to pass it on yet.'}{' '}
        {message.carries.length > 0 ? (
          <strong>Carried {message.carries.map((at) => formatDateTime(at)).join(', again ')}.</strong>
        ) : null}
      </p>
      {message.carriedAt ? (
        <div className="shuttle-actions">
          <button type="button" className="button-link" onClick={() => void carry()}>
            Mark as carried again
          </button>
        </div>
      ) : (
        <div className="shuttle-actions">
          <button type="button" className="button button-secondary" onClick={() => void carry()}>
            Mark as carried
          </button>
          {refused && !message.consentToPass ? (
            <button type="button" className="button button-primary" onClick={() => void carry(true)}>
              Record their consent and mark as carried
            </button>
          ) : null}
        </div>
      )}
      {refused ? (
        <p className="form-error" role="alert">
          {refused}
        </p>
      ) : null}
    </li>
  );
}
