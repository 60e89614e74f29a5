/**
 * The seating plan: a circle of chairs. Drag a person (pointer events) to another chair, or
 * select a person and move them with the arrow keys. "Suggest seating" places everyone from
 * their roles; "Print seating plan" prints just this section (see conference.css @media print).
 */
import { useRef, useState } from 'react';
import type { RoleLabels } from '../../../../shared/domain/case-model';
import type { ConferencePlan } from '../../../../shared/schemas/conference';
import type { Participant } from '../../../../shared/schemas/people';
import { roleLabel } from '../people/people-model';
import { planPerson } from './plan-people';
import {
  chairCount,
  chairPosition,
  moveToSeat,
  nearestSeat,
  stepSeat,
  suggestSeating,
  type Seat,
} from './seating-model';
import { SaveNote, usePlanUpdate } from './use-plan-update';

interface Props {
  plan: ConferencePlan;
  participants: Participant[];
  roleLabels: Partial<RoleLabels> | undefined;
}

/** Prints only the seating plan: the body class tells conference.css to hide everything else. */
function printSeating() {
  document.body.classList.add('print-seating');
  const done = () => document.body.classList.remove('print-seating');
  window.addEventListener('afterprint', done, { once: true });
  window.print();
}
const RADIUS = 190;

export function SeatingPlan({ plan, participants, roleLabels }: Props) {
  const { save, state } = usePlanUpdate(plan.caseId);
  const [selected, setSelected] = useState<string | null>(null);
  const [drag, setDrag] = useState<{ id: string; x: number; y: number } | null>(null);
  const circle = useRef<HTMLDivElement>(null);
  const invited = participants.filter((p) => plan.invited.includes(p.id));
  const expected = invited.length > 0 ? invited : participants;
  // Someone who has withdrawn keeps their chair in the plan (they are back if they give consent
  // again), but it shows empty and marked, and nothing places them.
  const isWithdrawn = (id: string) => planPerson(plan, id)?.withdrawn ?? false;
  const people = expected.filter((p) => !isWithdrawn(p.id));
  // What the facilitator just did shows at once, before the save answers: two quick arrow
  // presses must move a person two chairs, not compute both from the old plan.
  // Kept only while the plan it was made from is still the one shown; the save's answer
  // replaces it.
  const [optimistic, setOptimistic] = useState<{ base: Seat[]; seats: Seat[] } | null>(null);
  const current = optimistic && optimistic.base === plan.seating ? optimistic.seats : plan.seating;
  const seating = current.filter((s) => people.some((p) => p.id === s.participantId));
  const withdrawnSeats = current.filter((s) => isWithdrawn(s.participantId));
  // Enough chairs for everyone taking part and the empty chairs of those who withdrew.
  const total = chairCount(people.length + withdrawnSeats.length);
  const nameOf = (id: string) => people.find((p) => p.id === id)?.person.preferredName ?? '';
  const nameOfAnyone = (id: string) => participants.find((p) => p.id === id)?.person.preferredName ?? '';
  const unseated = people.filter((p) => !seating.some((s) => s.participantId === p.id));

  const store = (next: Seat[]) => {
    setOptimistic({ base: plan.seating, seats: next });
    void save({ seating: next });
  };
  const suggest = () =>
    store(
      suggestSeating(
        people.map((p) => ({
          participantId: p.id,
          role: p.role,
          supportsParticipantId: p.supportsParticipantId,
        })),
      ),
    );

  const relative = (e: React.PointerEvent) => {
    const box = circle.current?.getBoundingClientRect();
    if (!box) return { x: 0, y: 0 };
    return { x: e.clientX - box.left - box.width / 2, y: e.clientY - box.top - box.height / 2 };
  };
  const onPointerDown = (id: string) => (e: React.PointerEvent<HTMLButtonElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    setSelected(id);
    setDrag({ id, ...relative(e) });
  };
  const onPointerMove = (e: React.PointerEvent) => {
    if (drag) setDrag({ id: drag.id, ...relative(e) });
  };
  const onPointerUp = (e: React.PointerEvent) => {
    if (!drag) return;
    const { x, y } = relative(e);
    setDrag(null);
    // A click without movement only selects: it should not jump a chair.
    const from = seating.find((s) => s.participantId === drag.id)?.seat;
    const to = nearestSeat(x, y, total);
    if (Math.hypot(x, y) > RADIUS / 3 && to !== from) store(keepWithdrawn(moveToSeat(seating, drag.id, to)));
  };
  const onKeyDown = (id: string) => (e: React.KeyboardEvent) => {
    const delta =
      e.key === 'ArrowRight' || e.key === 'ArrowDown'
        ? 1
        : e.key === 'ArrowLeft' || e.key === 'ArrowUp'
          ? -1
          : 0;
    if (delta === 0) return;
    e.preventDefault();
    const from = seating.find((s) => s.participantId === id)?.seat ?? 0;
    store(keepWithdrawn(moveToSeat(seating, id, stepSeat(from, delta, total))));
  };
  /** A move among those taking part leaves a withdrawn person's chair to them (unless taken). */
  function keepWithdrawn(next: Seat[]): Seat[] {
    return [...next, ...withdrawnSeats.filter((w) => !next.some((s) => s.seat === w.seat))];
  }

  return (
    <section className="conference-section seating-section" aria-labelledby="seating-heading">
      <h2 id="seating-heading">Seating plan</h2>
      <p className="muted no-print">
        Drag a person to another chair, or select them and use the arrow keys to move them round the circle.
      </p>
      <div className="button-row no-print">
        <button type="button" className="button button-secondary" onClick={suggest}>
          Suggest seating
        </button>
        <button type="button" className="button button-secondary" onClick={printSeating}>
          Print seating plan
        </button>
        <SaveNote state={state} />
      </div>
      <div
        className="seating-circle"
        ref={circle}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        role="group"
        aria-label="Circle of chairs"
      >
        <div className="seating-table" aria-hidden="true" />
        {Array.from({ length: total }, (_, seat) => {
          const pos = chairPosition(seat, total, RADIUS);
          const occupant = seat === 0 ? null : seating.find((s) => s.seat === seat);
          const dragging = occupant && drag?.id === occupant.participantId ? drag : null;
          const x = dragging ? dragging.x : pos.x;
          const y = dragging ? dragging.y : pos.y;
          const style = { transform: `translate(${x}px, ${y}px)` };
          if (seat === 0) {
            return (
              <div key={`seat-${seat}`} className="chair chair-facilitator" style={style}>
                Facilitator
              </div>
            );
          }
          const away = withdrawnSeats.find((s) => s.seat === seat && !occupant);
          if (away) {
            const name = nameOfAnyone(away.participantId);
            return (
              <div
                key={`seat-${seat}`}
                className="chair chair-empty chair-withdrawn"
                style={style}
                aria-label={`Chair ${seat}, empty: ${name} has withdrawn`}
              >
                <span className="chair-name">Empty</span>
                <span className="chair-role">{name} withdrew</span>
              </div>
            );
          }
          if (!occupant) {
            return (
              <div
                key={`seat-${seat}`}
                className="chair chair-empty"
                style={style}
                aria-label={`Chair ${seat}, empty`}
              >
                {seat}
              </div>
            );
          }
          const person = people.find((p) => p.id === occupant.participantId);
          return (
            <button
              key={`person-${occupant.participantId}`}
              type="button"
              className={`chair chair-person role-${person?.role ?? ''}${selected === occupant.participantId ? ' chair-selected' : ''}`}
              style={style}
              aria-pressed={selected === occupant.participantId}
              aria-label={`${nameOf(occupant.participantId)}, ${roleLabel(roleLabels, person?.role ?? '')}, chair ${seat}`}
              onPointerDown={onPointerDown(occupant.participantId)}
              onKeyDown={onKeyDown(occupant.participantId)}
              onFocus={() => setSelected(occupant.participantId)}
            >
              <span className="chair-name">{nameOf(occupant.participantId)}</span>
              <span className="chair-role">{roleLabel(roleLabels, person?.role ?? '')}</span>
            </button>
          );
        })}
      </div>
      {unseated.length > 0 ? (
        <p className="muted">
          Not seated yet: {unseated.map((p) => p.person.preferredName).join(', ')}. Use “Suggest seating” to
          place everyone.
        </p>
      ) : null}
    </section>
  );
}
