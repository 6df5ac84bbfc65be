import os from 'node:os';
import { userDataDir } from '../core/platform/paths';
import { selfTestMain, selfTestRequest } from './selfTest';

/**
 * The self-test under plain Node, bundled as dist/electron/selfTest.cjs beside main.cjs and the
 * threads: `node dist/electron/selfTest.cjs [--self-test-report=FILE] [--self-test-dir=DIR]`.
 * The packaged-layout test runs it from the app as electron-builder packs it; the installed app runs
 * the same checks with `Cakap.exe --self-test` (electron/main/main.ts).
 */
const request = selfTestRequest(['--self-test', ...process.argv.slice(2)], os.tmpdir())!;
selfTestMain(request, { tempDir: os.tmpdir(), dataFolder: userDataDir(), log: (line) => console.log(line) }).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
