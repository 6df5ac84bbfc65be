import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/app/core';
import { importBill } from '../../electron/core/features/finance/importBill';
import { importClaims } from '../../electron/core/features/finance/importClaims';
import { CakapError } from '../../electron/core/platform/errors';
import { newCore } from '../helpers/core';
import { queryDatabase } from '../helpers/db';
import { financeRegency, writeBill, writeClaims } from '../helpers/financeLists';
import { writeXlsx } from '../helpers/spreadsheets';
import { tempDir } from '../helpers/temp';
import { random, withinTimeLimit } from '../helpers/fuzz';

/**
 * The bills and claim lists fuzzed as the worker lists are (fuzz.test.ts): damaged zips and strange
 * cells. Any outcome is fine but a crash, a hang, or a refusal that changed something: on the command
 * line that is exit 0 or 2, never 1.
 */

const NOW = new Date('2026-12-15T02:00:00Z');

const snapshot = (core: Core) =>
  JSON.stringify(['SELECT id, undone_at FROM import_batches', 'SELECT * FROM bills', 'SELECT COUNT(*) AS n FROM bill_rows', 'SELECT COUNT(*) AS n FROM claims'].map((sql) => queryDatabase(core.context.dbPath, sql)));

async function attempt(core: Core, file: string, kind: 'bill' | 'claims', programId: number): Promise<'read' | 'refused'> {
  const before = snapshot(core);
  const options = { file, displayName: path.basename(file), actor: 'fuzz', now: NOW, issueLimit: 5 };
  try {
    await withinTimeLimit<unknown>(kind === 'bill' ? importBill(core.context.store, { ...options, programId, month: '2026-11' }) : importClaims(core.context.store, options), path.basename(file));
    return 'read';
  } catch (error) {
    if (!(error instanceof CakapError)) throw new Error(`${path.basename(file)}: bukan penolakan yang rapi: ${String(error)}`, { cause: error });
    expect(error.message.length).toBeGreaterThan(10);
    expect(snapshot(core)).toBe(before);
    return 'refused';
  }
}

const STRANGE = [
  '', ' ', '\t', '=1+1', '=HYPERLINK("http://x","y")', '+62', '-', '@SUM(A1)', 'x'.repeat(40_000), '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', '\u0000\u0007', '‮gnirts', '9'.repeat(40), '-1', '1e308', 'NaN',
  'Rp -16.800', 'Rp 16.800,-', 'Rp 1,5 M', '31-02-2026', '13/2026', 'Nov 2099', 'JKK JKM', 'beasiswa', "'1311 0101 8000 0001", '<b>x</b>',
];

describe('fuzzing the bill and the claim list', () => {
  it('hundreds of damaged and strange files: read or refused in words, never a fault, nothing changed on refusal', async () => {
    const core = await newCore({ now: () => NOW });
    const dir = tempDir();
    const r = await financeRegency(core, dir);
    const lines = Array.from({ length: 25 }, (_, i) => ({ nik: r.niks[i % 11]!, kpj: i % 5 === 0 ? r.kpj((i % 11) + 1) : null, name: `Pekerja ${(i % 11) + 1}`, amount: 'Rp 16.800,-' }));
    const files = {
      bill: await writeBill(path.join(dir, 'tagihan.xlsx'), 'RINCIAN TAGIHAN IURAN NOVEMBER 2026', lines),
      claims: await writeClaims(
        path.join(dir, 'klaim.xlsx'),
        lines.map((l, i) => ({ ...l, type: ['JKK', 'JKM', 'JHT', 'Beasiswa'][i % 4]!, eventDate: `0${1 + (i % 9)}-0${1 + (i % 9)}-2026`, paidDate: `1${i % 9}-10-2026`, amount: 1_000_000 + i })),
      ),
    };
    const next = random(20261206);
    const outcomes = { read: 0, refused: 0 };
    for (const kind of ['bill', 'claims'] as const) {
      const original = fs.readFileSync(files[kind]);
      for (let i = 0; i < 80; i++) {
        const bytes = Buffer.from(original);
        const flips = 1 + Math.floor(next() * 12);
        for (let f = 0; f < flips; f++) bytes[Math.floor(next() * bytes.length)] = Math.floor(next() * 256);
        const file = path.join(dir, `rusak-${kind}-${i}.xlsx`);
        fs.writeFileSync(file, next() < 0.1 ? bytes.subarray(0, Math.floor(next() * bytes.length)) : bytes);
        outcomes[await attempt(core, file, kind, r.programA.id)]++;
      }
      const header = kind === 'bill' ? ['No', 'NIK', 'No. KPJ', 'Nama Tenaga Kerja', 'Periode', 'Iuran (Rp)'] : ['No', 'NIK', 'KPJ', 'Nama Peserta', 'Jenis Klaim', 'Tgl Kejadian', 'Tgl Bayar', 'Jumlah Dibayar'];
      const body = lines.map((l, i) => (kind === 'bill' ? [i + 1, l.nik, l.kpj, l.name, 'Nov 2026', l.amount] : [i + 1, l.nik, l.kpj, l.name, 'JKK', '01-03-2026', '01-04-2026', 'Rp 2.500.000']));
      for (let i = 0; i < 50; i++) {
        const rows = [['TAGIHAN / KLAIM NOVEMBER 2026'], header, ...body].map((row, k) =>
          k < 2 && next() < 0.9 ? row : row.map((cell) => (next() < 0.3 ? (next() < 0.6 ? STRANGE[Math.floor(next() * STRANGE.length)]! : next() < 0.5 ? next() * 1e17 : null) : cell)),
        );
        const file = await writeXlsx(path.join(dir, `aneh-${kind}-${i}.xlsx`), [{ name: next() < 0.1 ? 'Sheet=1' : 'Data', rows: rows as never }]);
        outcomes[await attempt(core, file, kind, r.programA.id)]++;
      }
    }
    expect(outcomes.read + outcomes.refused).toBe(260);
    expect(outcomes.read).toBeGreaterThan(30);
    expect(outcomes.refused).toBeGreaterThan(80);
    expect(core.context.store.integrityCheck()).toBe('ok');
  }, 600_000);
});
