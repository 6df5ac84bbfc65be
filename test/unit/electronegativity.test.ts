import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan, stageSources } from '../../scripts/electronegativity';
import { tempDir } from '../helpers/temp';

/** `npm run lint` runs Electronegativity over the real sources; these prove that run can fail. */
describe('the Electronegativity scan in npm test', () => {
  function project(mainSource: string): string {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'electron', 'main'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'electron', 'main', 'window.ts'), mainSource);
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ devDependencies: { electron: '^45.5.0' } }));
    const staged = tempDir();
    stageSources(staged, dir);
    return staged;
  }

  it('fails a window that gives the page Node and no isolation', async () => {
    const result = await scan(
      project(`import { BrowserWindow } from 'electron';
export const w = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });
`),
    );
    expect(result.blocking.map((f) => f.id)).toEqual(expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK']));
  });

  it('a finding is accepted only with a reason written beside it', async () => {
    const bare = await scan(
      project(`import { shell } from 'electron';
export const open = (u: string) => shell.openExternal(u); // eng-disable OPEN_EXTERNAL_JS_CHECK
`),
    );
    expect(bare.problems.join('\n')).toContain('eng-disable tanpa alasan');

    const reasoned = await scan(
      project(`import { shell } from 'electron';
export const open = (u: string) => shell.openExternal(u); // eng-disable OPEN_EXTERNAL_JS_CHECK: only URLs that passed the allow-list arrive here
`),
    );
    expect(reasoned.problems).toEqual([]);
    expect(reasoned.blocking.map((f) => f.id)).not.toContain('OPEN_EXTERNAL_JS_CHECK');
    expect(reasoned.accepted).toMatchObject([{ checks: ['OPEN_EXTERNAL_JS_CHECK'], file: path.join('electron', 'main', 'window.ts') }]);
  });
});
