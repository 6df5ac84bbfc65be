import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';

/**
 * Two checks of the packaged Windows app that need no Windows to read: the fuses in Cakap.exe and
 * the ABI the SQLite addon was built for. The release workflow runs them (scripts/checkPackage.ts);
 * the unit tests prove they fail on a wrong binary.
 */

const root = path.resolve(import.meta.dirname, '../..');

/** The bytes of a fuse in the wire (@electron/fuses keeps its FuseState enum to itself): '1' on, '0' off. */
export const FUSE_ON = 0x31;
export const FUSE_OFF = 0x30;

/** electron-builder.yml's electronFuses keys and the fuse each one sets (as electron-builder maps them). */
const FUSE_KEYS: Record<string, FuseV1Options> = {
  runAsNode: FuseV1Options.RunAsNode,
  enableCookieEncryption: FuseV1Options.EnableCookieEncryption,
  enableNodeOptionsEnvironmentVariable: FuseV1Options.EnableNodeOptionsEnvironmentVariable,
  enableNodeCliInspectArguments: FuseV1Options.EnableNodeCliInspectArguments,
  enableEmbeddedAsarIntegrityValidation: FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
  onlyLoadAppFromAsar: FuseV1Options.OnlyLoadAppFromAsar,
  loadBrowserProcessSpecificV8Snapshot: FuseV1Options.LoadBrowserProcessSpecificV8Snapshot,
  grantFileProtocolExtraPrivileges: FuseV1Options.GrantFileProtocolExtraPrivileges,
};

/** The fuses electron-builder.yml asks for, by fuse name: the one place they are written. */
export function expectedFuses(configFile = path.join(root, 'electron-builder.yml')): Record<string, boolean> {
  const config = parseYaml(fs.readFileSync(configFile, 'utf8')) as { electronFuses?: Record<string, boolean> };
  const expected: Record<string, boolean> = {};
  for (const [key, on] of Object.entries(config.electronFuses ?? {})) {
    const fuse = FUSE_KEYS[key];
    if (fuse === undefined) throw new Error(`electron-builder.yml: unknown fuse ${key}`);
    expected[FuseV1Options[fuse]] = on;
  }
  return expected;
}

/** Reads the fuse wire of an Electron program and names every fuse that is not as expected. */
export async function fuseProblems(program: string, expected = expectedFuses()): Promise<string[]> {
  const wire = await getCurrentFuseWire(program);
  const problems: string[] = [];
  for (const [name, on] of Object.entries(expected)) {
    const state = wire[FuseV1Options[name as keyof typeof FuseV1Options]];
    const want = on ? FUSE_ON : FUSE_OFF;
    if (state !== want) problems.push(`fuse ${name} is ${state === FUSE_ON ? 'on' : state === FUSE_OFF ? 'off' : String(state)}, expected ${on ? 'on' : 'off'}`);
  }
  return problems;
}

/**
 * The NODE_MODULE_VERSIONs a native addon was built for, read without loading it: a context-aware
 * addon (better-sqlite3 uses NODE_MODULE_INIT) exports node_register_module_v<ABI>, and the symbol's
 * name sits in plain ASCII in the export table of a PE (.dll/.node on Windows) or ELF file.
 */
export function addonAbis(bytes: Buffer): string[] {
  return [...new Set([...bytes.toString('latin1').matchAll(/node_register_module_v(\d+)/g)].map((m) => m[1]!))];
}

/** Electron's NODE_MODULE_VERSION, as its own npm package states it (node_modules/electron/abi_version). */
export function electronAbi(projectRoot = root): string {
  return fs.readFileSync(path.join(projectRoot, 'node_modules', 'electron', 'abi_version'), 'utf8').trim();
}

export function abiProblems(addon: string, expected = electronAbi()): string[] {
  const found = addonAbis(fs.readFileSync(addon));
  if (found.length === 1 && found[0] === expected) return [];
  return [`${path.basename(addon)} is built for NODE_MODULE_VERSION ${found.join(', ') || 'none'}, Electron needs ${expected}`];
}
