import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * How a test starts `cakap`: the CLI bundled once for the run (test/setup/bundles.ts) when there is
 * one, else from source through tsx, as `npm run cakap` does. `fromSource` forces the latter.
 */
export function cakapCommand(options: { fromSource?: boolean } = {}): { command: string; args: string[]; env: NodeJS.ProcessEnv } {
  const bundles = process.env.CAKAP_THREAD_BUNDLES;
  if (!options.fromSource && bundles && fs.existsSync(path.join(bundles, 'cli.cjs'))) {
    return { command: process.execPath, args: [path.join(bundles, 'cli.cjs')], env: { ...process.env, NO_COLOR: '1' } };
  }
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  if (options.fromSource) delete env.CAKAP_THREAD_BUNDLES;
  return { command: process.execPath, args: [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(root, 'electron/cli/bin.ts')], env };
}

/** Runs `cakap ...` as a real process and collects its output. */
export function runCakap(args: string[], options: { cwd?: string; fromSource?: boolean } = {}): Promise<CliResult> {
  const cakap = cakapCommand(options);
  return new Promise((resolve, reject) => {
    const child = spawn(cakap.command, [...cakap.args, ...args], { cwd: options.cwd ?? root, env: cakap.env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}
