import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../electron/cli/main';
import { prepareDataFolder } from '../electron/core/app/dataFolder';
import { currentActor } from '../electron/core/platform/context';
import { buildAll } from './build';

/**
 * `npm start`: build, then open the desktop app. Electron 45+ fetches its binary on first start;
 * where that cannot happen (no binary, no network) Cakap says so in one line and serves the same
 * database in browser mode instead.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

await buildAll({ quiet: true });

const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
  cwd: root,
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'pipe'],
});

if (probe.status === 0 && probe.stdout) {
  const child = spawn(probe.stdout, [root], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  // The same folder as the desktop app's, moved out of Roaming AppData the same way.
  const folder = prepareDataFolder({ now: new Date(), actor: currentActor() });
  const dbPath = folder.dbPath;
  console.log(`Program Electron tidak tersedia di komputer ini; Cakap dibuka dalam mode peramban dengan basis data ${dbPath}.`);
  process.exitCode = await runCli(['serve', '--db', dbPath]);
}
