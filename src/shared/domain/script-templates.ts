/**
 * Built-in script templates (issue 4) and their expansion into a case's run sheet. A template
 * is plain data: phases in order, who speaks in each, the questions for their role, guidance
 * for the facilitator. Programmes differ, so phases can be reordered, edited, added and
 * removed on the run sheet; a case keeps the template version it was planned with.
 */
import type { ProcessType, Role } from './case-model';

/** The restorative questions (IIRP), as DOMAIN.md gives them. */
export const questionsForResponsible = [
  'What happened?',
  'What were you thinking about at the time?',
  'What have you thought about since?',
  'Who has been affected by what you did, and in what way?',
  'What do you think you need to do to make things right?',
] as const;

export const questionsForHarmed = [
  'What did you think when you realised what had happened?',
  'What impact has this had on you and others?',
  'What has been the hardest thing for you?',
  'What do you think needs to happen to make things right?',
] as const;

export const questionsForSupporters = [
  'What did you think when you heard about what happened?',
  'How has this affected you?',
  'What has been the hardest thing for you?',
  'What do you think needs to happen to make things right?',
] as const;

/** Who speaks in a phase: a role, the supporters of a role, everyone, or nobody (facilitator only). */
export type SpeakerGroup =
  Role | 'supporters_of_responsible' | 'supporters_of_harmed' | 'everyone' | 'facilitator';

export interface TemplatePhase {
  id: string;
  title: string;
  speakers: SpeakerGroup;
  questions: string[];
  guidance: string;
  /** A timed phase (private family time). */
  timerMinutes?: number;
}

export interface ScriptTemplate {
  id: string;
  name: string;
  processTypes: ProcessType[];
  version: number;
  phases: TemplatePhase[];
}

const close: TemplatePhase = {
  id: 'close',
  title: 'Close',
  speakers: 'facilitator',
  questions: [],
  guidance:
    'Thank everyone for coming and for what they said. Explain what happens next and how the agreement will be followed up.',
};

export const builtInTemplates: ScriptTemplate[] = [
  {
    id: 'restorative-conference',
    name: 'Restorative conference (IIRP)',
    processTypes: ['restorative_conference', 'impromptu_conference', 'workplace_mediation'],
    version: 1,
    phases: [
      {
        id: 'preamble',
        title: 'Preamble and introductions',
        speakers: 'facilitator',
        questions: [],
        guidance:
          'Welcome everyone and introduce each person and their relationship to what happened. Say that the conference is not about deciding whether anyone is good or bad, that the person responsible has admitted their part, and that anyone may leave at any time.',
      },
      {
        id: 'responsible',
        title: 'The person responsible',
        speakers: 'responsible',
        questions: [...questionsForResponsible],
        guidance: 'Ask each question in turn; let silences be.',
      },
      {
        id: 'responsible-supporters',
        title: 'Supporters of the person responsible',
        speakers: 'supporters_of_responsible',
        questions: [...questionsForSupporters],
        guidance: '',
      },
      {
        id: 'harmed',
        title: 'The person harmed',
        speakers: 'harmed',
        questions: [...questionsForHarmed],
        guidance: '',
      },
      {
        id: 'harmed-supporters',
        title: 'Supporters of the person harmed',
        speakers: 'supporters_of_harmed',
        questions: [...questionsForSupporters],
        guidance: '',
      },
      {
        id: 'response',
        title: 'The person responsible responds',
        speakers: 'responsible',
        questions: ['Is there anything you want to say now?'],
        guidance: 'Often an apology comes here; do not prompt one.',
      },
      {
        id: 'agreement',
        title: 'Agreement',
        speakers: 'everyone',
        questions: ['What would you like to see come out of today?'],
        guidance:
          'Ask the person harmed first. Capture each action with who, what, by when and how it will be checked.',
      },
      close,
      {
        id: 'informal',
        title: 'Informal time',
        speakers: 'facilitator',
        questions: [],
        guidance: 'Refreshments while the agreement is written up and signed.',
      },
    ],
  },
  {
    id: 'circle',
    name: 'Circle',
    processTypes: ['circle'],
    version: 1,
    phases: [
      {
        id: 'opening',
        title: 'Opening',
        speakers: 'facilitator',
        questions: [],
        guidance: 'The keeper opens the circle and introduces the talking piece.',
      },
      {
        id: 'values',
        title: 'Values and guidelines round',
        speakers: 'everyone',
        questions: ['What do you need from this circle to be able to speak honestly?'],
        guidance: 'Agree the guidelines together.',
      },
      {
        id: 'round-1',
        title: 'First question round',
        speakers: 'everyone',
        questions: ['What happened, from where you sat?'],
        guidance: 'The talking piece goes round; passing is allowed.',
      },
      {
        id: 'round-2',
        title: 'Second question round',
        speakers: 'everyone',
        questions: ['Who has been affected, and how?'],
        guidance: '',
      },
      {
        id: 'round-3',
        title: 'Decision round',
        speakers: 'everyone',
        questions: ['What needs to happen now? Can you live with this?'],
        guidance: 'Decisions are by consensus.',
      },
      {
        id: 'closing',
        title: 'Closing',
        speakers: 'facilitator',
        questions: [],
        guidance: 'The keeper closes the circle and says how it will be followed up.',
      },
    ],
  },
  {
    id: 'family-group-conference',
    name: 'Family group conference',
    processTypes: ['family_group_conference'],
    version: 1,
    phases: [
      {
        id: 'welcome',
        title: 'Welcome and introductions',
        speakers: 'facilitator',
        questions: [],
        guidance: 'The coordinator welcomes the family and explains the three stages.',
      },
      {
        id: 'information',
        title: 'Information sharing',
        speakers: 'professional',
        questions: ['What are your worries, and what is going well?'],
        guidance: 'Professionals share information in plain words, including the bottom lines.',
      },
      {
        id: 'private-time',
        title: 'Private family time',
        speakers: 'family_member',
        questions: [],
        guidance: 'Professionals leave the room. The family makes its plan.',
        timerMinutes: 90,
      },
      {
        id: 'plan',
        title: 'Presenting and checking the family plan',
        speakers: 'everyone',
        questions: [
          'Does the plan meet each bottom line?',
          'Is each action clear about who, what and by when?',
        ],
        guidance: 'Check the plan against the bottom lines and agree a family lead.',
      },
      close,
    ],
  },
  {
    id: 'restorative-conversation',
    name: 'Restorative conversation',
    processTypes: ['restorative_conversation'],
    version: 1,
    phases: [
      {
        id: 'responsible',
        title: 'The person responsible',
        speakers: 'responsible',
        questions: [...questionsForResponsible],
        guidance: '',
      },
      {
        id: 'harmed',
        title: 'The person harmed',
        speakers: 'harmed',
        questions: [...questionsForHarmed],
        guidance: '',
      },
    ],
  },
  {
    id: 'indirect',
    name: 'Indirect / shuttle',
    processTypes: ['indirect'],
    version: 1,
    phases: [
      {
        id: 'messages',
        title: 'Messages carried between people',
        speakers: 'everyone',
        questions: ['What would you like me to pass on?', 'May I pass this on in your words?'],
        guidance: 'Record each message with the consent of its sender to pass it on.',
      },
    ],
  },
];

export function templateFor(processType: ProcessType): ScriptTemplate {
  return builtInTemplates.find((t) => t.processTypes.includes(processType)) ?? builtInTemplates[0]!;
}

export interface ScriptParticipant {
  id: string;
  name: string;
  role: Role;
  /** The role of the person a supporter supports. */
  supportsRole?: Role | null;
}

export interface RunSheetPhase {
  id: string;
  title: string;
  guidance: string;
  timerMinutes?: number;
  speakers: { participantId: string; name: string; questions: string[] }[];
  /** Questions for the whole room (facilitator phases or "everyone" rounds). */
  questions: string[];
}

function inGroup(p: ScriptParticipant, group: SpeakerGroup): boolean {
  switch (group) {
    case 'everyone':
      return true;
    case 'facilitator':
      return false;
    case 'supporters_of_responsible':
      return p.role === 'supporter' && p.supportsRole === 'responsible';
    case 'supporters_of_harmed':
      return p.role === 'supporter' && p.supportsRole === 'harmed';
    default:
      return p.role === group;
  }
}

/**
 * Turns a template into a run sheet: each phase with the participants who speak in it, in the
 * speaking order the facilitator set (people not in the order come after, in list order).
 */
export function expandTemplate(
  template: ScriptTemplate,
  participants: ScriptParticipant[],
  speakingOrder: string[] = [],
): RunSheetPhase[] {
  const rank = (id: string) => {
    const i = speakingOrder.indexOf(id);
    return i === -1 ? speakingOrder.length + participants.findIndex((p) => p.id === id) : i;
  };
  const ordered = [...participants].sort((a, b) => rank(a.id) - rank(b.id));
  return template.phases.map((phase) => {
    const perPerson = phase.speakers !== 'everyone' && phase.speakers !== 'facilitator';
    const sheet: RunSheetPhase = {
      id: phase.id,
      title: phase.title,
      guidance: phase.guidance,
      questions: perPerson ? [] : [...phase.questions],
      speakers: ordered
        .filter((p) => inGroup(p, phase.speakers))
        .map((p) => ({
          participantId: p.id,
          name: p.name,
          questions: perPerson ? [...phase.questions] : [],
        })),
    };
    if (phase.timerMinutes !== undefined) sheet.timerMinutes = phase.timerMinutes;
    return sheet;
  });
}

/** Moves one phase of a run sheet to a new position (drag to reorder). */
export function movePhase<T>(phases: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= phases.length || to < 0 || to >= phases.length) return [...phases];
  const next = [...phases];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved!);
  return next;
}
