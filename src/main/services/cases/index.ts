/** Cases: the referral, status pipeline, process type, archive, the list, the timeline, quick capture. */
export { changeProcessType, createCase, setArchived, setCaseStatus, updateCase } from './cases';
export { listCases } from './case-list';
export { quickCapture } from './quick-capture';
export { timeline } from './timeline';
export { getCase } from '../core';
