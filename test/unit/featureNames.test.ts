import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { api } from '../../shared/contract';
import { handlerRegistry } from '../../electron/core/app/registry';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CONTRACT = path.join(ROOT, 'shared/contract');
const CORE = path.join(ROOT, 'electron/core');
/** Contract files that hold shared schemas, not a feature's methods. */
const CONTRACT_PLUMBING = ['common', 'desktop', 'errors', 'events', 'index', 'method'];
/** CLI commands that are doors, not features: the database file itself, browser mode. */
const DOOR_COMMANDS = ['init', 'serve'];
/** Renderer pages that show no feature's data: the staff guide. */
const UI_ONLY_PAGES = ['guide'];

const baseNames = (dir: string, ext: RegExp) => fs.readdirSync(dir).filter((f) => ext.test(f)).map((f) => f.replace(ext, ''));
const coreFolderOf = (feature: string) => ['platform', 'features', 'app'].map((layer) => path.join(CORE, layer, feature)).find((dir) => fs.existsSync(path.join(dir, 'handlers.ts')));

async function contractFeatures(): Promise<Map<string, string[]>> {
  const features = new Map<string, string[]>();
  for (const name of baseNames(CONTRACT, /\.ts$/).filter((n) => !CONTRACT_PLUMBING.includes(n))) {
    const module = (await import(path.join(CONTRACT, `${name}.ts`))) as Record<string, unknown>;
    const methods = Object.values(module).flatMap((value) => (value && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value).filter((k) => k in api) : []));
    features.set(name, methods);
  }
  return features;
}

describe('one name per feature', () => {
  it('each contract file holds the methods of one feature, named after it, and every method is in one file', async () => {
    const features = await contractFeatures();
    const all = [...features.values()].flat();
    expect(all.toSorted()).toEqual(Object.keys(api).toSorted());
    for (const [feature, methods] of features) {
      expect(methods.length, `shared/contract/${feature}.ts declares no method`).toBeGreaterThan(0);
      for (const method of methods) expect(method.split('.')[0], `${method} in shared/contract/${feature}.ts`).toBe(feature);
    }
  });

  it('each feature has a core folder of the same name whose handlers answer exactly its methods', async () => {
    for (const [feature, methods] of await contractFeatures()) {
      const folder = coreFolderOf(feature);
      expect(folder, `electron/core/{platform,features,app}/${feature}/`).toBeDefined();
      const module = (await import(path.join(folder!, 'handlers.ts'))) as Record<string, object>;
      const answered = Object.values(module).flatMap((group) => Object.keys(group));
      expect(answered.toSorted(), `${path.relative(ROOT, folder!)}/handlers.ts`).toEqual(methods.toSorted());
    }
  });

  it('each CLI command file and renderer page folder is named after a feature', async () => {
    const features = new Set((await contractFeatures()).keys());
    for (const file of baseNames(path.join(ROOT, 'electron/cli/commands'), /\.ts$/)) {
      expect(features.has(file) || DOOR_COMMANDS.includes(file), `electron/cli/commands/${file}.ts`).toBe(true);
    }
    const pages = fs.readdirSync(path.join(ROOT, 'renderer/src/pages'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    for (const page of pages) expect(features.has(page) || UI_ONLY_PAGES.includes(page), `renderer/src/pages/${page}/`).toBe(true);
  });

  it('the handler registry refuses a method answered twice, and a method nobody answers, at start-up', () => {
    const settings = { 'settings.get': () => null };
    expect(() => handlerRegistry([settings, { 'settings.get': () => null }])).toThrow('Method "settings.get" has two handlers');
    expect(() => handlerRegistry([settings])).toThrow(/No handler for .*settings\.setRegency/);
  });
});
