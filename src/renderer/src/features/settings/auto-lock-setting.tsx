/** How long the workbench waits, unused, before locking itself. 0 is shown as "Never". */
import { autoLockChoices } from '../../../../shared/contract';
import { autoLockLabel } from './auto-lock-label';
import { NumberChoiceSetting } from './number-choice-setting';

export function AutoLockSetting({ initial }: { initial: number }) {
  return (
    <NumberChoiceSetting
      setting="autoLockMinutes"
      initial={initial}
      choices={autoLockChoices}
      title="Automatic lock"
      label="Lock automatically after"
      hint="The workbench locks itself when it has not been used for this long. Anything you have typed is saved first."
      labelFor={autoLockLabel}
    />
  );
}
