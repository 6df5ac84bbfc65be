import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CakapError } from '../../electron/core/platform/errors';
import { importWorkers } from '../../electron/core/features/import/importWorkers';
import { newCore } from '../helpers/core';
import { writeXlsx } from '../helpers/spreadsheets';
import { tempDir } from '../helpers/temp';
import { nik, snapshot } from '../helpers/workerLists';

/** A small seeded random generator: the same mutations every run, so a failure can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

const TIME_LIMIT_MS = 10_000;

/** Imports one file; any outcome is fine except a crash, a hang, or a rejection that changed something. */
async function tryImport(core: Awaited<ReturnType<typeof newCore>>, file: string): Promise<'imported' | 'refused'> {
  const before = snapshot(core);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`lebih dari ${TIME_LIMIT_MS} ms: ${path.basename(file)}`)), TIME_LIMIT_MS);
  });
  try {
    await Promise.race([
      importWorkers(core.context.store, { file, displayName: path.basename(file), mode: 'commit', actor: 'fuzz', now: new Date('2025-10-31T00:00:00Z'), issueLimit: 5 }),
      timeout,
    ]);
    return 'imported';
  } catch (error) {
    // A refusal must be one of ours, in words, and must leave the database exactly as it was.
    if (!(error instanceof CakapError)) throw new Error(`${path.basename(file)}: bukan penolakan yang rapi: ${String(error)}`, { cause: error });
    expect(error.message.length).toBeGreaterThan(10);
    expect(snapshot(core)).toBe(before);
    return 'refused';
  } finally {
    clearTimeout(timer);
  }
}

describe('fuzzing the worker-list import', () => {
  it('hundreds of damaged and strange files: no crash, no hang, no change on refusal', async () => {
    const core = await newCore();
    const dir = tempDir();
    const rows: (string | number | Date | null)[][] = [['No', 'NIK', 'Nama', 'Tgl Lahir', 'L/P', 'Nagari', 'Pekerjaan']];
    for (let i = 0; i < 30; i++) rows.push([i + 1, nik({ day: 1 + (i % 28), month: 1 + (i % 12), year: 1980, seq: i + 1 }), `Pekerja ${i}`, '12-05-1980', 'L', 'Lubuk Gadang', 'Petani']);
    const valid = await writeXlsx(path.join(dir, 'asli.xlsx'), [{ name: 'Data', rows }]);
    const original = fs.readFileSync(valid);
    const next = random(20251125);
    const outcomes = { imported: 0, refused: 0 };

    // Bytes of the zip changed: headers, compressed data, the central directory, anywhere.
    for (let i = 0; i < 200; i++) {
      const bytes = Buffer.from(original);
      const flips = 1 + Math.floor(next() * 12);
      for (let f = 0; f < flips; f++) bytes[Math.floor(next() * bytes.length)] = Math.floor(next() * 256);
      if (next() < 0.1) bytes.subarray(0, Math.floor(next() * bytes.length)).copy(bytes, Math.floor(next() * bytes.length));
      const file = path.join(dir, `rusak-${i}.xlsx`);
      fs.writeFileSync(file, next() < 0.1 ? bytes.subarray(0, Math.floor(next() * bytes.length)) : bytes);
      outcomes[await tryImport(core, file)]++;
    }

    // Cells full of what offices and mischief put in them.
    const strange = [
      '', ' ', '\t', '=1+1', '=HYPERLINK("http://x","y")', '+62', '-', '@SUM(A1)', 'x'.repeat(40_000), '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', '\u0000\u0007', '‮gnirts',
      '9'.repeat(40), '-1', '1e308', 'NaN', '31-02-2020', '00-00-0000', '2099-01-01', 'Lubuk Gadang Lubuk Gadang', 'KPGD', "O'Neil", '"', '<b>x</b>',
    ];
    for (let i = 0; i < 120; i++) {
      const mutated = rows.map((row, r) =>
        r === 0 && next() < 0.9
          ? row
          : row.map((cell) => (next() < 0.3 ? (next() < 0.5 ? strange[Math.floor(next() * strange.length)]! : next() < 0.5 ? next() * 1e17 : null) : cell)),
      );
      const file = await writeXlsx(path.join(dir, `aneh-${i}.xlsx`), [{ name: next() < 0.1 ? 'Sheet=1' : 'Data', rows: mutated }]);
      outcomes[await tryImport(core, file)]++;
    }

    expect(outcomes.imported + outcomes.refused).toBe(320);
    // Both paths were exercised: some damage is harmless, most is refused.
    expect(outcomes.imported).toBeGreaterThan(30);
    expect(outcomes.refused).toBeGreaterThan(100);
    expect(core.context.store.integrityCheck()).toBe('ok');
  }, 600_000);
});
