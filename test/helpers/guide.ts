import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

/** The pictures docs/panduan.md shows, as written in it ("panduan/01-persiapan-selamat-datang.png"). */
export function guidePictures(): string[] {
  const guide = fs.readFileSync(path.join(root, 'docs', 'panduan.md'), 'utf8');
  return [...guide.matchAll(/!\[[^\]]*\]\(([^)]+\.png)\)/g)].map((m) => m[1]!);
}

/** The e2e tests that take the guide's pictures; `npm run guide:pictures` runs them. */
export const GUIDE_TESTS = ['test/e2e/guide.test.ts', 'test/e2e/sharing.test.ts', 'test/e2e/province.test.ts'];

/**
 * The pictures an e2e test file takes for the guide, as the guide names them: guideShot(page, 'NAME'),
 * and the PDF pages it renders into GUIDE_PICTURES with pdftoppm (path.join(GUIDE_PICTURES, 'NAME')).
 */
export function guideShotsIn(testFile: string): string[] {
  const source = fs.readFileSync(path.join(root, testFile), 'utf8');
  return [...source.matchAll(/(?:guideShot\(\s*[\w.]+,\s*|GUIDE_PICTURES,\s*)'([^']+)'/g)].map((m) => `panduan/${m[1]!}.png`);
}
