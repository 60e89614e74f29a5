/**
 * The words of the practice (../shared/DOMAIN.md), as data: every list the forms, the
 * services and the reports share. Labels are the default English wording; role labels can be
 * changed in Settings (some services must say "victim" / "offender").
 */

export const processTypes = {
  restorative_conversation: 'Restorative conversation',
  impromptu_conference: 'Impromptu conference',
  circle: 'Circle',
  restorative_conference: 'Restorative conference',
  family_group_conference: 'Family group conference',
  indirect: 'Indirect / shuttle',
  workplace_mediation: 'Workplace mediation',
} as const;
export type ProcessType = keyof typeof processTypes;

export const caseSettings = {
  school: 'School',
  care_home: 'Care home',
  youth_justice: 'Youth justice',
  family: 'Family',
  workplace: 'Workplace',
  community: 'Community',
  other: 'Other',
} as const;
export type CaseSetting = keyof typeof caseSettings;

/** The status pipeline, in order. */
export const caseStatuses = {
  referral: 'Referral',
  assessment: 'Assessment',
  preparation: 'Preparation',
  conference: 'Conference',
  follow_up: 'Follow-up',
  closed: 'Closed',
} as const;
export type CaseStatus = keyof typeof caseStatuses;

export const closureReasons = {
  completed: 'Completed',
  declined: 'Declined',
  not_appropriate: 'Not appropriate',
  risk: 'Risk',
  consent_withdrawn: 'Consent withdrawn',
  unable_to_contact: 'Unable to contact',
  other: 'Other',
} as const;
export type ClosureReason = keyof typeof closureReasons;

export const referralSources = {
  phone: 'Phone call',
  email: 'Email',
  referral_form: 'Referral form',
  in_person: 'In person',
  self_referral: 'Self-referral',
  other: 'Other',
} as const;
export type ReferralSource = keyof typeof referralSources;

export const acknowledgements = {
  yes: 'Yes, acknowledges it',
  partly: 'Partly',
  no: 'No',
  unknown: 'Not known yet',
} as const;
export type Acknowledgement = keyof typeof acknowledgements;

export const roles = {
  harmed: 'Person harmed',
  responsible: 'Person responsible',
  supporter: 'Supporter',
  family_member: 'Family member',
  professional: 'Professional',
  community_member: 'Community member',
  referrer: 'Referrer',
  co_facilitator: 'Co-facilitator',
} as const;
export type Role = keyof typeof roles;
export type RoleLabels = Record<Role, string>;
/**
 * Roles in the order they are listed everywhere; a person with several roles on a map takes
 * their colour from the first.
 */
export const roleOrder = Object.keys(roles) as Role[];

export const ageBands = {
  under_11: 'Under 11',
  '11_to_15': '11 to 15',
  '16_to_17': '16 to 17',
  adult: 'Adult (18+)',
} as const;
export type AgeBand = keyof typeof ageBands;

export const contactMethods = {
  phone: 'Phone',
  text: 'Text message',
  email: 'Email',
  letter: 'Letter',
  in_person: 'In person',
  via_someone: 'Through someone else',
} as const;
export type ContactMethod = keyof typeof contactMethods;

export const consentKinds = {
  take_part: 'Consent to take part',
  share_information: 'Consent to share information',
} as const;
export type ConsentKind = keyof typeof consentKinds;

export const consentMethods = {
  written: 'Written',
  verbal: 'Verbal',
  on_behalf: 'On behalf of a child',
} as const;
export type ConsentMethod = keyof typeof consentMethods;

export const riskCategories = {
  domestic_abuse: 'Domestic abuse',
  sexual_harm: 'Sexual harm',
  child_sexual_exploitation: 'Child sexual exploitation',
  stalking: 'Stalking',
  self_harm: 'Self-harm',
  power_imbalance: 'Power imbalance',
  violence: 'Violence or threats',
  mental_health: 'Mental health',
  substance_use: 'Substance use',
  other: 'Other',
} as const;
export type RiskCategory = keyof typeof riskCategories;

export const riskLevels = { low: 'Low', medium: 'Medium', high: 'High' } as const;
export type RiskLevel = keyof typeof riskLevels;

export const meetingKinds = {
  preparation: 'Preparation meeting',
  conference: 'Conference',
  circle: 'Circle',
  review: 'Review',
  conversation: 'Conversation',
  other: 'Meeting',
} as const;
export type MeetingKind = keyof typeof meetingKinds;

export function keysOf<T extends Record<string, string>>(
  labels: T,
): [keyof T & string, ...(keyof T & string)[]] {
  return Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]];
}
