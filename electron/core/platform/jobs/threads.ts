import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type ResourceLimits, type TransferListItem } from 'node:worker_threads';

/**
 * A worker thread's entry point: its name (the bundle writes it as <name>.cjs beside main.cjs) and
 * its source file, named by the module that owns it.
 */
export interface ThreadEntry {
  name: string;
  source: URL;
}

/**
 * Starts a thread. In the bundled app the entry is a .cjs file beside this bundle. From source (tsx:
 * the CLI, the bridge) the thread registers tsx's loader first, since worker threads do not inherit
 * it; that costs each thread most of a second, so the test run builds the thread entries once
 * (test/setup/bundles.ts) and names their folder in CAKAP_THREAD_BUNDLES.
 */
export function startThread(
  entry: ThreadEntry,
  workerData: unknown,
  options: { transferList?: TransferListItem[]; resourceLimits?: ResourceLimits } = {},
): Worker {
  const here = fileURLToPath(import.meta.url);
  const common = { workerData, transferList: options.transferList, resourceLimits: options.resourceLimits };
  if (!here.endsWith('.ts')) return new Worker(path.join(path.dirname(here), `${entry.name}.cjs`), common);
  const bundles = process.env.CAKAP_THREAD_BUNDLES;
  if (bundles) return new Worker(path.join(bundles, `${entry.name}.cjs`), common);
  const tsx = import.meta.resolve('tsx/esm/api');
  const file = pathToFileURL(fileURLToPath(entry.source)).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(file)}); });`;
  return new Worker(bootstrap, { ...common, eval: true });
}
