/** What a change to one case makes out of date: the case, the list, its timeline, Today. */
import type { ChannelName } from '../../../../shared/contract';

export const afterCaseChange: ChannelName[] = ['case:get', 'case:list', 'case:timeline', 'today:get'];
export const afterMeetingChange: ChannelName[] = [...afterCaseChange, 'meeting:list'];
