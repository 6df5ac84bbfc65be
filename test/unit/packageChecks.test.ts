import { FuseV1Options } from '@electron/fuses';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { abiProblems, addonAbis, electronAbi, expectedFuses, FUSE_OFF, FUSE_ON, fuseProblems } from '../../scripts/package/native';
import { projectRoot } from '../helpers/source';
import { tempDir } from '../helpers/temp';

/**
 * The release workflow checks the packaged Cakap.exe's fuses and that the SQLite addon was rebuilt
 * for Electron (scripts/checkPackage.ts). Neither can be built here, so the checks are proven on
 * what this machine has: a binary carrying Electron's fuse wire, and the addon built for this Node.
 */

/** A file carrying Electron's fuse sentinel and a version-1 wire, as the Electron program does. */
function programWithFuses(states: Partial<Record<keyof typeof FuseV1Options, boolean>>): string {
  const wire = Buffer.alloc(8, FUSE_OFF);
  for (const [name, on] of Object.entries(states)) wire[FuseV1Options[name as keyof typeof FuseV1Options] as number] = on ? FUSE_ON : FUSE_OFF;
  const file = path.join(tempDir(), 'Cakap.exe');
  fs.writeFileSync(file, Buffer.concat([Buffer.from('MZ not really a program '), Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'), Buffer.from([1, 8]), wire, Buffer.alloc(64)]));
  return file;
}

describe('the fuses of the packaged program', () => {
  it('are read from electron-builder.yml, the one place they are written', () => {
    expect(expectedFuses()).toEqual({
      RunAsNode: false,
      EnableCookieEncryption: true,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      GrantFileProtocolExtraPrivileges: false,
    });
  });

  it('pass when the program is fused as configured, and name each fuse that is not', async () => {
    const configured = { EnableCookieEncryption: true, EnableEmbeddedAsarIntegrityValidation: true, OnlyLoadAppFromAsar: true };
    expect(await fuseProblems(programWithFuses(configured))).toEqual([]);
    expect(await fuseProblems(programWithFuses({ ...configured, RunAsNode: true, OnlyLoadAppFromAsar: false }))).toEqual([
      'fuse RunAsNode is on, expected off',
      'fuse OnlyLoadAppFromAsar is off, expected on',
    ]);
  });
});

describe('the SQLite addon in the package', () => {
  const addon = path.join(projectRoot, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node');

  it('is read for the ABI it was built for without loading it: here, this Node\'s', () => {
    expect(addonAbis(fs.readFileSync(addon))).toEqual([process.versions.modules]);
    expect(abiProblems(addon, process.versions.modules)).toEqual([]);
  });

  it('fails the check when not rebuilt for Electron (what an unrebuilt package would ship)', () => {
    expect(electronAbi()).toMatch(/^\d+$/);
    expect(electronAbi()).not.toBe(process.versions.modules);
    expect(abiProblems(addon)).toEqual([`better_sqlite3.node is built for NODE_MODULE_VERSION ${process.versions.modules}, Electron needs ${electronAbi()}`]);
  });
});
