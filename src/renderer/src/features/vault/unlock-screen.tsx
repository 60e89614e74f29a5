/** Every start after the first: unlock with the passphrase, or recover with the key. */
import { useState } from 'react';
import type { VaultState } from '../../../../shared/contract';
import { Notice } from '../../components/notice';
import { useRetryGate } from '../../lib/use-retry-gate';
import { RecoverForm } from './recover-form';
import { UnlockForm } from './unlock-form';
import { VaultFrame } from './vault-frame';

export function UnlockScreen({
  status,
  onUnlocked,
}: {
  status: VaultState;
  onUnlocked(state: VaultState): void;
}) {
  const [mode, setMode] = useState<'unlock' | 'recover'>('unlock');
  const gate = useRetryGate(status.retryAfterMs);
  const storageUpdate = status.storageUpdate === true;
  return (
    <VaultFrame>
      {status.problem ? (
        <Notice
          tone="warning"
          title={status.problem.code === 'newer_schema' ? 'A newer version is needed' : 'About your cases'}
        >
          <p>{status.problem.message}</p>
        </Notice>
      ) : null}
      {status.backupOwed ? (
        <Notice tone="info" title="A backup is waiting">
          <p>
            The last backup could not finish before the vault locked or the app closed. It is made when you
            unlock.
          </p>
        </Notice>
      ) : null}
      {mode === 'unlock' ? (
        <>
          <h1 className="page-title">Unlock</h1>
          <p className="lead">Your cases are locked. Enter your passphrase to open them.</p>
          <UnlockForm
            gate={gate}
            storageUpdate={storageUpdate}
            onUnlocked={onUnlocked}
            onForgot={() => setMode('recover')}
          />
        </>
      ) : (
        <>
          <h1 className="page-title">Use your recovery key</h1>
          <p className="lead">
            Type the recovery key you saved when you set up the workbench, then choose a new passphrase. Your
            cases stay exactly as they are.
          </p>
          <RecoverForm
            gate={gate}
            storageUpdate={storageUpdate}
            onUnlocked={onUnlocked}
            onBack={() => setMode('unlock')}
          />
        </>
      )}
    </VaultFrame>
  );
}
