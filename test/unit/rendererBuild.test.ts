import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rendererState } from '../../electron/cli/rendererBuild';
import { tempDir } from '../helpers/temp';

/** A source checkout in miniature: renderer sources, shared code, and perhaps a build. */
function checkout(): string {
  const root = tempDir();
  fs.mkdirSync(path.join(root, 'renderer', 'src'), { recursive: true });
  fs.mkdirSync(path.join(root, 'shared', 'domain'), { recursive: true });
  fs.writeFileSync(path.join(root, 'renderer', 'index.html'), '<!doctype html>');
  fs.writeFileSync(path.join(root, 'renderer', 'src', 'App.tsx'), 'export {}');
  fs.writeFileSync(path.join(root, 'shared', 'domain', 'format.ts'), 'export {}');
  return root;
}

function build(root: string, at: Date): void {
  const index = path.join(root, 'dist', 'renderer', 'index.html');
  fs.mkdirSync(path.dirname(index), { recursive: true });
  fs.writeFileSync(index, '<!doctype html>');
  fs.utimesSync(index, at, at);
}

describe('serve right after npm ci builds the screens it is about to serve', () => {
  const past = new Date(Date.now() - 60_000);
  const future = new Date(Date.now() + 60_000);

  it('a fresh clone has no build: missing, so serve builds it', () => {
    expect(rendererState(checkout())).toBe('missing');
  });

  it('a build newer than every source is used as it is', () => {
    const root = checkout();
    build(root, future);
    expect(rendererState(root)).toBe('built');
  });

  it('a source changed after the build (a pull, an edit) makes it stale, deep in a folder too', () => {
    const root = checkout();
    build(root, past);
    for (const file of ['renderer/index.html', 'renderer/src/App.tsx', 'shared/domain/format.ts']) {
      fs.utimesSync(path.join(root, file), past, past);
    }
    fs.utimesSync(path.join(root, 'renderer/src'), past, past);
    fs.utimesSync(path.join(root, 'renderer'), past, past);
    fs.utimesSync(path.join(root, 'shared/domain'), past, past);
    fs.utimesSync(path.join(root, 'shared'), past, past);
    expect(rendererState(root)).toBe('built');
    fs.writeFileSync(path.join(root, 'shared', 'domain', 'format.ts'), 'export const changed = 1;');
    expect(rendererState(root)).toBe('stale');
  });

  it('an installed app (no renderer sources beside it) never builds', () => {
    expect(rendererState(tempDir())).toBe('no-sources');
  });
});
