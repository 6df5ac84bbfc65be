import path from 'node:path';
import { bundleNode } from '../../scripts/build';

/**
 * Builds the core's worker-thread entries and the CLI once per test run, as the desktop app's bundle
 * builds them, and points the run at them (CAKAP_THREAD_BUNDLES): started from source, every job
 * thread would register tsx's loader and compile its modules again (most of a second per import or
 * report), and every CLI process would too (test/helpers/cli.ts). The CLI processes and `cakap serve`
 * started by the tests inherit it. test/integration/newcomer.test.ts runs the README's commands
 * through `npm run cakap` from source, threads included, so that path stays tested.
 */
export const BUNDLE_DIR = path.resolve(import.meta.dirname, '../../node_modules/.cache/cakap-test-bundles');

export default async function setup(): Promise<void> {
  // CAKAP_THREAD_BUNDLES=off runs everything from source, as `npm run cakap` does.
  if (process.env.CAKAP_THREAD_BUNDLES === 'off') {
    delete process.env.CAKAP_THREAD_BUNDLES;
    return;
  }
  await bundleNode({ cli: 'electron/cli/bin.ts' }, BUNDLE_DIR, true);
  process.env.CAKAP_THREAD_BUNDLES = BUNDLE_DIR;
}
