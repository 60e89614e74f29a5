import { describe, expect, it } from 'vitest';
import {
  builtInTemplates,
  expandTemplate,
  movePhase,
  templateFor,
  type ScriptParticipant,
} from '../../../src/shared/domain/script-templates';

const people: ScriptParticipant[] = [
  { id: 'h1', name: 'Ayla Brightwater', role: 'harmed' },
  { id: 'h2', name: 'Tomasz Quill', role: 'harmed' },
  { id: 'r1', name: 'Jordan Fenwick', role: 'responsible' },
  { id: 's1', name: 'Marisol Brightwater', role: 'supporter', supportsRole: 'harmed' },
  { id: 's2', name: 'Peter Quill', role: 'supporter', supportsRole: 'harmed' },
  { id: 's3', name: 'Dana Fenwick', role: 'supporter', supportsRole: 'responsible' },
];

describe('script templates', () => {
  it('has a template for every process on the continuum', () => {
    for (const type of [
      'restorative_conversation',
      'impromptu_conference',
      'circle',
      'restorative_conference',
      'family_group_conference',
      'indirect',
      'workplace_mediation',
    ] as const) {
      expect(templateFor(type).processTypes).toContain(type);
    }
    expect(new Set(builtInTemplates.map((t) => t.id)).size).toBe(builtInTemplates.length);
  });

  it('expands the IIRP conference with each person under their phase, with their role’s questions', () => {
    const sheet = expandTemplate(templateFor('restorative_conference'), people);
    expect(sheet.map((p) => p.title)).toEqual([
      'Preamble and introductions',
      'The person responsible',
      'Supporters of the person responsible',
      'The person harmed',
      'Supporters of the person harmed',
      'The person responsible responds',
      'Agreement',
      'Close',
      'Informal time',
    ]);
    expect(sheet[1]!.speakers).toEqual([
      { participantId: 'r1', name: 'Jordan Fenwick', questions: expect.arrayContaining(['What happened?']) },
    ]);
    expect(sheet[2]!.speakers.map((s) => s.name)).toEqual(['Dana Fenwick']);
    expect(sheet[3]!.speakers.map((s) => s.name)).toEqual(['Ayla Brightwater', 'Tomasz Quill']);
    expect(sheet[3]!.speakers[0]!.questions[0]).toBe(
      'What did you think when you realised what had happened?',
    );
    expect(sheet[6]!.questions).toEqual(['What would you like to see come out of today?']);
  });

  it('follows the speaking order the facilitator set', () => {
    const sheet = expandTemplate(templateFor('restorative_conference'), people, ['h2', 'h1']);
    expect(sheet[3]!.speakers.map((s) => s.name)).toEqual(['Tomasz Quill', 'Ayla Brightwater']);
  });

  it('gives the family group conference a timed private family time', () => {
    const sheet = expandTemplate(templateFor('family_group_conference'), [
      { id: 'f1', name: 'Nan', role: 'family_member' },
    ]);
    const privateTime = sheet.find((p) => p.id === 'private-time')!;
    expect(privateTime.timerMinutes).toBe(90);
    expect(privateTime.speakers.map((s) => s.name)).toEqual(['Nan']);
  });

  it('reorders phases by moving one, and ignores moves out of range', () => {
    expect(movePhase(['a', 'b', 'c', 'd'], 3, 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(movePhase(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
    expect(movePhase(['a', 'b'], 0, 5)).toEqual(['a', 'b']);
  });
});
