import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildAll } from './build';

/**
 * `npm run guide:pictures`: retakes the staff guide's pictures (docs/panduan/*.png) from the real
 * screens. It builds the app and runs the guide's end-to-end test with its pictures going to
 * docs/panduan (CAKAP_GUIDE_PICTURES=docs); `npm test` runs the same test into test-results/, so it
 * writes no tracked file. Look at the pictures, then commit them.
 */
await buildAll({ quiet: true });
const root = path.resolve(import.meta.dirname, '..');
const run = spawnSync(process.execPath, [path.join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--project', 'e2e', 'test/e2e/guide.test.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, CAKAP_GUIDE_PICTURES: 'docs' },
});
process.exit(run.status ?? 1);
