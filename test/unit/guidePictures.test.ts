import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUIDE_TESTS, guidePictures, guideShotsIn } from '../helpers/guide';

/**
 * The staff guide's pictures are taken from the real screens by `npm run guide:pictures` and kept in
 * docs/panduan; a test run only checks them, so it never changes a tracked file.
 */
describe('the staff guide (docs/panduan.md)', () => {
  it('every picture it shows is in docs/panduan, and no picture there is left unused', () => {
    const shown = guidePictures();
    expect(shown.length).toBeGreaterThanOrEqual(22);
    for (const picture of shown) {
      expect(picture, 'a picture of the guide lives in docs/panduan').toMatch(/^panduan\/[^/]+\.png$/);
      expect(fs.existsSync(path.resolve('docs', picture)), `${picture} is missing: npm run guide:pictures takes it`).toBe(true);
    }
    const kept = fs.readdirSync(path.resolve('docs/panduan')).filter((f) => f.endsWith('.png'));
    expect(kept.filter((f) => !shown.includes(`panduan/${f}`))).toEqual([]);
  });

  it('every picture it shows is taken by one of the e2e tests npm run guide:pictures runs', () => {
    const taken = new Set(GUIDE_TESTS.flatMap(guideShotsIn));
    expect(guidePictures().filter((picture) => !taken.has(picture))).toEqual([]);
  });
});
