import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  electronBinary,
  electronNativeBinding,
  electronVersion,
} from '../../../scripts/electron-presence.mjs';
import { nativeBindingFor } from '../../../src/main/native-binding';

const root = join(__dirname, '../../..');

describe('npm start and the two native builds', () => {
  if (!electronBinary()) {
    it('without the Electron binary, npm start fails with one plain line and no stack', () => {
      const result = spawnSync(process.execPath, [join(root, 'scripts/start.mjs')], { encoding: 'utf8' });
      expect(result.status).toBe(1);
      const lines = result.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^Cannot start Restorative Workbench: the Electron binary is not installed/);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    });
  } else {
    it('with the Electron binary, postinstall left an Electron build of SQLite beside the Node one', () => {
      expect(existsSync(electronNativeBinding(electronVersion()!))).toBe(true);
    });
  }

  it('plain Node uses the package build; Electron asks for its own file and names what is missing', () => {
    expect(nativeBindingFor(root, process.versions)).toBeUndefined();
    const asElectron = { ...process.versions, electron: '0.0.0-test' } as NodeJS.ProcessVersions;
    expect(() => nativeBindingFor(root, asElectron)).toThrow(
      /no build for Electron 0\.0\.0-test.*npm install/,
    );
  });
});
