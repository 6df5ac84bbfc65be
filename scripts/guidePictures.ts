import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { GUIDE_TESTS } from '../test/helpers/guide';
import { buildAll } from './build';

/**
 * `npm run guide:pictures`: retakes the staff guide's pictures (docs/panduan/*.png) from the real
 * screens. It builds the app and runs the end-to-end tests that take them (GUIDE_TESTS: the guide's,
 * Kantor bersama's, the province's) with the pictures going to docs/panduan (CAKAP_GUIDE_PICTURES=docs);
 * `npm test` runs the same tests into test-results/, so it writes no tracked file. Look at the pictures, then commit them.
 */
await buildAll({ quiet: true });
const root = path.resolve(import.meta.dirname, '..');
const run = spawnSync(process.execPath, [path.join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--project', 'e2e', ...GUIDE_TESTS], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, CAKAP_GUIDE_PICTURES: 'docs' },
});
process.exit(run.status ?? 1);
