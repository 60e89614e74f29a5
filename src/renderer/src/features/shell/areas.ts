/** The shell's top-level areas, in navigation order. Menu commands use the same names. */
export const areas = [
  { id: 'cases', label: 'Cases' },
  { id: 'today', label: 'Today' },
  { id: 'reports', label: 'Reports' },
  { id: 'settings', label: 'Settings' },
] as const;

export type Area = (typeof areas)[number]['id'];
