/** One line per process on the continuum, informal first, to help choose between them. */
import type { ProcessType } from '../../../../shared/domain/case-model';

export const processHints: Record<ProcessType, string> = {
  restorative_conversation: 'Informal: affective statements and questions, in the moment',
  impromptu_conference: 'A few people, a few minutes, on the spot',
  circle: 'A group with a keeper, a talking piece and rounds',
  restorative_conference: 'Formal: full preparation, a script and an agreement',
  family_group_conference: 'The wider family makes a plan, with private family time',
  indirect: 'Letters or shuttle mediation when people will not meet',
  workplace_mediation: 'Between colleagues at work',
};
