/**
 * Seating in a circle of chairs, without the DOM: the suggestion from roles, moving one
 * person to another chair (swapping with whoever sits there) and reordering a list. Kept pure
 * so the rules are tested in node and the screen only draws them.
 */

export interface SeatPerson {
  participantId: string;
  role: string;
  supportsParticipantId: string | null;
}

export interface Seat {
  participantId: string;
  seat: number;
}

/** Chairs in the circle: one per person plus one for the facilitator, never fewer than 6. */
export function chairCount(people: number): number {
  return Math.max(6, people + 1);
}

/**
 * Chair 0 is the facilitator's. The people harmed and their supporters sit together on one
 * side, the person responsible with theirs on the other, so each side is near its supporters
 * and the facilitator faces everyone; anyone else fills the far side between them.
 */
export function suggestSeating(people: readonly SeatPerson[]): Seat[] {
  const supportersOf = (id: string) =>
    people.filter((p) => p.role === 'supporter' && p.supportsParticipantId === id);
  const placed = new Set<string>();
  const group = (role: string): string[] => {
    const out: string[] = [];
    for (const p of people.filter((q) => q.role === role)) {
      out.push(p.participantId);
      for (const s of supportersOf(p.participantId)) out.push(s.participantId);
    }
    out.forEach((id) => placed.add(id));
    return out;
  };
  const harmedSide = group('harmed');
  const responsibleSide = group('responsible');
  const others = people.filter((p) => !placed.has(p.participantId)).map((p) => p.participantId);
  const total = chairCount(people.length);
  // Harmed side runs clockwise from the facilitator's left; the responsible side
  // anticlockwise from the right; others sit opposite the facilitator.
  const seats: Seat[] = [];
  harmedSide.forEach((id, i) => seats.push({ participantId: id, seat: 1 + i }));
  responsibleSide.forEach((id, i) => seats.push({ participantId: id, seat: total - 1 - i }));
  const taken = new Set(seats.map((s) => s.seat));
  const free = Array.from({ length: total - 1 }, (_, i) => i + 1).filter((n) => !taken.has(n));
  // The free chairs nearest the middle of the far side first.
  const middle = total / 2;
  free.sort((a, b) => Math.abs(a - middle) - Math.abs(b - middle) || a - b);
  others.forEach((id, i) => {
    const seat = free[i];
    if (seat !== undefined) seats.push({ participantId: id, seat });
  });
  return seats;
}

/** Put a person in a chair; whoever sat there takes the chair the person left. */
export function moveToSeat(seating: readonly Seat[], participantId: string, seat: number): Seat[] {
  const from = seating.find((s) => s.participantId === participantId)?.seat;
  return [
    ...seating
      .filter((s) => s.participantId !== participantId)
      .flatMap((s) => (s.seat === seat ? (from === undefined ? [] : [{ ...s, seat: from }]) : [s])),
    { participantId, seat },
  ].sort((a, b) => a.seat - b.seat);
}

/** One step round the circle (arrow keys), skipping the facilitator's chair 0. */
export function stepSeat(current: number, delta: number, total: number): number {
  const places = total - 1;
  const index = (((current - 1 + delta) % places) + places) % places;
  return index + 1;
}

/** Where chair n sits on a circle of the given radius (chair 0 at the top). */
export function chairPosition(seat: number, total: number, radius: number): { x: number; y: number } {
  const angle = (seat / total) * 2 * Math.PI - Math.PI / 2;
  return { x: Math.cos(angle) * radius, y: Math.sin(angle) * radius };
}

/** The chair nearest a point (relative to the circle's centre), never the facilitator's. */
export function nearestSeat(x: number, y: number, total: number): number {
  let angle = Math.atan2(y, x) + Math.PI / 2;
  if (angle < 0) angle += 2 * Math.PI;
  const seat = Math.round((angle / (2 * Math.PI)) * total) % total;
  return seat === 0 ? (x < 0 ? total - 1 : 1) : seat;
}
