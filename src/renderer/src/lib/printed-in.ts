/**
 * The words beside a field that say where its text goes, so a facilitator never writes a
 * safety measure into something a participant will read. One list, used by every form.
 */
export const printedIn = {
  invitations: 'Printed in the invitation letters.',
  ownInvitation: (name: string) => `Printed in ${name}’s invitation letter only.`,
  agreement: 'Printed in the agreement everyone receives.',
  completionLetter: 'Printed in the letter.',
  contact: 'Printed in the letters as who to contact.',
  forYouOnly: 'For you only: never printed in any letter or agreement.',
} as const;
