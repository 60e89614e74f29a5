/** When a quiet case "needs attention" in the case list. */
import { NumberChoiceSetting } from './number-choice-setting';

export const attentionChoices = [7, 14, 21, 28, 42, 60, 90] as const;

export function AttentionSetting({ initial }: { initial: number }) {
  return (
    <NumberChoiceSetting
      setting="attentionDays"
      initial={initial}
      choices={attentionChoices}
      title="Cases that need attention"
      label="Flag an open case with no activity for"
      hint="Such cases show “No activity for N days” and appear under “Needs attention” in the case list."
      labelFor={(days) => `${days} days`}
    />
  );
}
