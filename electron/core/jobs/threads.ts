import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type ResourceLimits, type TransferListItem } from 'node:worker_threads';

/**
 * Starts one of the core's thread entry points. From source (tsx: tests, the CLI, the bridge) the
 * thread registers tsx's loader first, since worker threads do not inherit it; in the bundled app
 * the entry is a .cjs file beside main.cjs.
 */
export type ThreadEntry = 'jobThread' | 'readerThread';

export function startThread(
  entry: ThreadEntry,
  workerData: unknown,
  options: { transferList?: TransferListItem[]; resourceLimits?: ResourceLimits } = {},
): Worker {
  const here = fileURLToPath(import.meta.url);
  const common = { workerData, transferList: options.transferList, resourceLimits: options.resourceLimits };
  if (!here.endsWith('.ts')) return new Worker(path.join(path.dirname(here), `${entry}.cjs`), common);
  const tsx = import.meta.resolve('tsx/esm/api');
  const file = pathToFileURL(path.join(path.dirname(here), `${entry}.ts`)).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(file)}); });`;
  return new Worker(bootstrap, { ...common, eval: true });
}
