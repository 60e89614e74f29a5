/**
 * The recovery key, shown exactly once, right after the vault is created. It lives only in
 * this component's props: never stored, never logged, gone when the facilitator continues
 * (or when the vault locks). Copy and Print help them keep it; the checkbox makes sure they
 * have before moving on.
 */
import { useEffect, useRef, useState } from 'react';
import { copyText, type CopyOutcome } from '../../lib/copy-text';
import { isMac } from '../../lib/platform';
import { VaultFrame } from './vault-frame';

export function RecoveryKeyScreen({ recoveryKey, onDone }: { recoveryKey: string; onDone(): void }) {
  const [saved, setSaved] = useState(false);
  const [copied, setCopied] = useState<CopyOutcome | null>(null);
  const [today] = useState(() => new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(new Date()));
  const headingRef = useRef<HTMLHeadingElement>(null);
  const keyRef = useRef<HTMLDivElement>(null);
  const groups = recoveryKey.split('-');

  useEffect(() => headingRef.current?.focus(), []);

  async function copy() {
    setCopied(await copyText(recoveryKey, keyRef.current));
  }

  return (
    <VaultFrame wide>
      <div className="print-area">
        <h1 className="page-title" ref={headingRef} tabIndex={-1}>
          Your recovery key
        </h1>
        <p className="lead no-print">
          If you ever forget your passphrase, this key is the only way back into your cases. Write it down or
          print it, and keep it somewhere safe, away from this computer. It will not be shown again.
        </p>
        <p className="print-only">
          Restorative Workbench recovery key, created on {today}. If the passphrase is forgotten, choose
          “Forgot your passphrase? Use your recovery key” on the unlock screen and type this key. Keep this
          page somewhere safe and private: anyone with this key and this computer can open the cases.
        </p>
        <div className="recovery-key" ref={keyRef} role="group" aria-label="Recovery key">
          {groups.map((group, i) => (
            <span key={i} className="recovery-key-group">
              {group}
              {i < groups.length - 1 ? <span className="visually-hidden">-</span> : null}
            </span>
          ))}
        </div>
      </div>
      <div className="no-print">
        <div className="actions actions-start">
          <button type="button" className="button button-secondary" onClick={() => void copy()}>
            Copy
          </button>
          <button type="button" className="button button-secondary" onClick={() => window.print()}>
            Print
          </button>
          <p className="inline-status" role="status">
            {copied === 'copied'
              ? 'Copied.'
              : copied === 'selected'
                ? `The key is selected: press ${isMac() ? '⌘C' : 'Ctrl+C'} to copy it.`
                : ''}
          </p>
        </div>
        <label className="checkbox checkbox-strong">
          <input type="checkbox" checked={saved} onChange={(e) => setSaved(e.target.checked)} />
          <span>I have saved my recovery key</span>
        </label>
        <div className="actions">
          <button type="button" className="button button-primary" disabled={!saved} onClick={onDone}>
            Continue
          </button>
        </div>
      </div>
    </VaultFrame>
  );
}
