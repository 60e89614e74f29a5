/** PLACEHOLDER (being built): the words used for each role (e.g. "victim" / "offender"). */
export function RoleLabelsSetting(_props: { initial: Record<string, string> }) {
  return null;
}
