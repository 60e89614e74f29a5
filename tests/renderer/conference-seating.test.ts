import { describe, expect, it } from 'vitest';
import {
  chairCount,
  chairPosition,
  moveToSeat,
  nearestSeat,
  stepSeat,
  suggestSeating,
} from '../../src/renderer/src/features/conference/seating-model';

// The school incident: two harmed, one responsible, three supporters.
const people = [
  { participantId: 'h1', role: 'harmed', supportsParticipantId: null },
  { participantId: 'r1', role: 'responsible', supportsParticipantId: null },
  { participantId: 'h2', role: 'harmed', supportsParticipantId: null },
  { participantId: 's-h1', role: 'supporter', supportsParticipantId: 'h1' },
  { participantId: 's-r1', role: 'supporter', supportsParticipantId: 'r1' },
  { participantId: 's-h2', role: 'supporter', supportsParticipantId: 'h2' },
];

describe('suggestSeating', () => {
  const seats = suggestSeating(people);
  const seatOf = (id: string) => seats.find((s) => s.participantId === id)!.seat;
  const total = chairCount(people.length);

  it('seats everyone once, never in the facilitator chair, no two in one chair', () => {
    expect(seats).toHaveLength(6);
    expect(new Set(seats.map((s) => s.seat)).size).toBe(6);
    expect(seats.every((s) => s.seat > 0 && s.seat < total)).toBe(true);
  });

  it('puts each supporter next to the person they support', () => {
    expect(Math.abs(seatOf('s-h1') - seatOf('h1'))).toBe(1);
    expect(Math.abs(seatOf('s-h2') - seatOf('h2'))).toBe(1);
    expect(Math.abs(seatOf('s-r1') - seatOf('r1'))).toBe(1);
  });

  it('keeps the harmed side and the responsible side apart, each beside the facilitator', () => {
    const harmedSide = ['h1', 's-h1', 'h2', 's-h2'].map(seatOf);
    const responsibleSide = ['r1', 's-r1'].map(seatOf);
    expect(Math.max(...harmedSide)).toBeLessThan(Math.min(...responsibleSide));
    expect(seatOf('h1')).toBe(1);
    expect(seatOf('r1')).toBe(total - 1);
  });

  it('places others (a professional) in the free chairs', () => {
    const more = suggestSeating([
      ...people,
      { participantId: 'p1', role: 'professional', supportsParticipantId: null },
    ]);
    expect(more).toHaveLength(7);
    expect(new Set(more.map((s) => s.seat)).size).toBe(7);
  });
});

describe('moving chairs', () => {
  it('swaps with whoever sits in the chair', () => {
    const next = moveToSeat(
      [
        { participantId: 'a', seat: 1 },
        { participantId: 'b', seat: 2 },
      ],
      'a',
      2,
    );
    expect(next).toEqual([
      { participantId: 'b', seat: 1 },
      { participantId: 'a', seat: 2 },
    ]);
  });

  it('moves to an empty chair', () => {
    expect(moveToSeat([{ participantId: 'a', seat: 1 }], 'a', 4)).toEqual([{ participantId: 'a', seat: 4 }]);
  });

  it('steps round the circle with the arrow keys, skipping the facilitator', () => {
    expect(stepSeat(1, 1, 7)).toBe(2);
    expect(stepSeat(6, 1, 7)).toBe(1);
    expect(stepSeat(1, -1, 7)).toBe(6);
  });

  it('finds the nearest chair from a dropped point and never the facilitator chair', () => {
    for (let seat = 1; seat < 8; seat += 1) {
      const { x, y } = chairPosition(seat, 8, 160);
      expect(nearestSeat(x, y, 8)).toBe(seat);
    }
    const top = chairPosition(0, 8, 160);
    expect(nearestSeat(top.x + 1, top.y, 8)).toBe(1);
  });
});
