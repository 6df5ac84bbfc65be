import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

/** The pictures docs/panduan.md shows, as written in it ("panduan/01-persiapan-selamat-datang.png"). */
export function guidePictures(): string[] {
  const guide = fs.readFileSync(path.join(root, 'docs', 'panduan.md'), 'utf8');
  return [...guide.matchAll(/!\[[^\]]*\]\(([^)]+\.png)\)/g)].map((m) => m[1]!);
}
