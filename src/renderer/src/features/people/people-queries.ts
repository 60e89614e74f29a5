/**
 * What a change to people makes out of date. A rename or a consent shows in the case list,
 * the case page, the timeline and search too, and a consent reaches the conference plan (the
 * gate, seating, speaking order, run sheet) and the agreement's signers, so those are
 * refreshed with the people lists.
 */
import type { ChannelName } from '../../../../shared/contract';

export const peopleChanged: ChannelName[] = [
  'participant:list',
  'person:get',
  'person:search',
  'case:get',
  'case:list',
  'case:timeline',
  'search:query',
  'conference:get',
  'prep:list',
  'agreement:get',
  'agreement:document',
  // A new name finds other passages.
  'person:exportReview',
];

export const risksChanged: ChannelName[] = [
  'risk:list',
  'case:get',
  'case:list',
  'case:timeline',
  'conference:get',
];

/** After an erasure nothing about the person may stay cached anywhere. */
export const everythingAboutPeople: ChannelName[] = [
  ...peopleChanged,
  ...risksChanged,
  'note:list',
  'note:get',
  'note:revisions',
  'today:get',
  'person:exportDraft',
];
