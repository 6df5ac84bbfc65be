import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/app/core';
import { runCakap } from '../helpers/cli';
import { dumpDatabase } from '../helpers/db';
import { financeRegency, writeBill, writeBranchTemplate, writeClaims } from '../helpers/financeLists';
import { pdfInfo, pdfText } from '../helpers/pdf';
import { writeXlsx } from '../helpers/spreadsheets';

/** The commands as the issue spells them, on one database built once through the core (programs of this year: the CLI's clock is the real one). */
const year = new Date().getFullYear();

describe('registration, bill, payment, claims and finance on the command line', () => {
  let dir: string;
  let db: string;
  let programA: number;
  let niks: string[];

  beforeAll(async () => {
    // One folder for the whole sequence (the helper's folders go after each test).
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cakap-finance-cli-'));
    db = path.join(dir, 'kantor.sqlite');
    const core = await createCore({ dbPath: db, defaultRegency: '13.11', actor: 'penguji', dailyBackup: false });
    const r = await financeRegency(core, dir, year);
    programA = r.programA.id;
    niks = r.niks;
    core.close();
  }, 120_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const unchanged = async (args: string[], message: RegExp) => {
    const before = dumpDatabase(db, ['audit_log']);
    const result = await runCakap(args);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
    expect(dumpDatabase(db, ['audit_log'])).toEqual(before);
  };

  it('bill prints every figure as plain numbers, writes the minute, and refuses what is not a bill, an unknown program or a month outside it', async () => {
    const file = await writeBill(path.join(dir, `Tagihan Nov ${year}.xlsx`), `RINCIAN TAGIHAN IURAN BULAN 11/${year}`, [
      { nik: niks[0]!, name: 'Pekerja 1', amount: 'Rp 16.800,-' },
      { nik: niks[0]!, name: 'Pekerja 1', amount: 'Rp 16.800,-' },
      { nik: niks[6]!, name: 'Pekerja 7', amount: 'Rp 16.800,-' },
      { nik: niks[3]!, name: 'Pekerja 4', amount: 'Rp 17.000,-' },
    ]);
    const minutes = path.join(dir, 'berita-acara.pdf');
    const run = await runCakap(['bill', '--db', db, file, '--program', String(programA), '--month', `${year}-11`, '--minutes', minutes, '--json']);
    expect(run.code, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual([
      'file', 'batchId', 'program', 'month', 'billedWorkers', 'billedAmount', 'expectedWorkers', 'expectedAmount', 'exceptions', 'exceptionAmount', 'payable', 'warnings', 'issues', 'duplicateOf', 'replaces', 'minutes',
    ]);
    expect(json).toMatchObject({
      program: programA,
      month: `${year}-11`,
      billedWorkers: 3,
      billedAmount: 67_400,
      expectedWorkers: 9,
      expectedAmount: 151_200,
      exceptions: { notEnrolled: 1, outsideEnrolment: 0, afterDeath: 0, doubleBilled: 1, employedElsewhere: 0, wrongAmount: 1, notBilled: 7 },
      exceptionAmount: 16_800 + 16_800 + 200,
      payable: 33_600,
      minutes,
    });
    expect(pdfInfo(minutes).pages).toBeGreaterThanOrEqual(2);
    expect(pdfText(minutes).replace(/\s+/g, ' ')).toContain('Jumlah yang disepakati untuk dibayar: Rp 33.600 (tiga puluh tiga ribu enam ratus rupiah).');

    // The same file again: the worker importer's sentence, nothing changed.
    const again = await runCakap(['bill', '--db', db, file, '--program', String(programA), '--month', `${year}-11`]);
    expect(again.code).toBe(0);
    expect(again.stderr.trim()).toMatch(new RegExp(`^Berkas "Tagihan Nov ${year}\\.xlsx" sama persis dengan impor #${String(json.batchId)} \\(.+\\); tidak ada yang diubah\\.$`));

    const workers = await writeXlsx(path.join(dir, 'daftar.xlsx'), [{ name: 'Data', rows: [['NIK', 'Nama'], [niks[0]!, 'Pekerja 1']] }]);
    await unchanged(['bill', '--db', db, workers, '--program', String(programA), '--month', `${year}-11`], /bukan rincian tagihan iuran/);
    await unchanged(['bill', '--db', db, file, '--program', '99', '--month', `${year}-11`], /Program #99 tidak ada/);
    const other = await writeBill(path.join(dir, `Tagihan Jan ${year + 1}.xlsx`), `RINCIAN TAGIHAN IURAN JANUARI ${year + 1}`, [{ nik: niks[0]!, name: 'Pekerja 1', amount: 16_800 }]);
    await unchanged(['bill', '--db', db, other, '--program', String(programA)], new RegExp(`Bulan Januari ${year + 1} di luar masa program`));
  }, 120_000);

  it('payment records an SP2D, warns above the payable amount, and refuses a zero amount or a reference used twice', async () => {
    const run = await runCakap(['payment', '--db', db, '--program', String(programA), '--month', `${year}-11`, '--amount', 'Rp 40.000', '--date', `${year}-12-20`, '--ref', 'SP2D 77/LS/2026', '--json']);
    expect(run.code, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as { payment: { amount: number; reference: string }; warnings: string[] };
    expect(json.payment).toMatchObject({ amount: 40_000, reference: 'SP2D 77/LS/2026' });
    expect(json.warnings).toEqual([`Pembayaran November ${year} menjadi Rp 40.000, melebihi jumlah yang layak dibayar menurut tagihan yang diperiksa (Rp 33.600) sebesar Rp 6.400.`]);
    await unchanged(['payment', '--db', db, '--program', String(programA), '--month', `${year}-11`, '--amount', '0', '--date', `${year}-12-20`, '--ref', 'SP2D 78'], /harus lebih dari Rp 0/);
    await unchanged(['payment', '--db', db, '--program', String(programA), '--month', `${year}-11`, '--amount', '100', '--date', `${year}-12-20`, '--ref', 'sp2d 77-ls-2026'], /sudah dipakai untuk program/);
  }, 60_000);

  it('claims and finance: the benefits of the year beside the premiums paid, as JSON and as a PDF', async () => {
    const list = await writeClaims(path.join(dir, 'klaim.xlsx'), [{ nik: niks[2]!, name: 'Pekerja 3', type: 'JKM', eventDate: `14-09-${year}`, paidDate: `02-10-${year}`, amount: 'Rp 42.000.000' }]);
    const claims = await runCakap(['claims', '--db', db, list, '--json']);
    expect(claims.code, claims.stderr).toBe(0);
    const c = JSON.parse(claims.stdout) as Record<string, unknown>;
    expect(Object.keys(c).slice(0, 8)).toEqual(['file', 'batchId', 'accepted', 'rejected', 'matched', 'byType', 'warnings', 'issues']);
    expect(c).toMatchObject({ accepted: 1, rejected: 0, matched: 1, byType: { JKM: { count: 1, amount: 42_000_000 }, JKK: { count: 0, amount: 0 } } });

    const pdf = path.join(dir, 'realisasi.pdf');
    const finance = await runCakap(['finance', '--db', db, '--year', String(year), '--json', '--out', pdf]);
    expect(finance.code, finance.stderr).toBe(0);
    const f = JSON.parse(finance.stdout) as { programs: Record<string, unknown>[]; totals: Record<string, unknown>; benefits: Record<string, unknown> };
    expect(Object.keys(f.programs[0]!).slice(0, 10)).toEqual(['id', 'name', 'source', 'sourceLabel', 'budget', 'billed', 'exceptionAmount', 'payable', 'paid', 'realisationPercent']);
    expect(f.programs.find((p) => p.id === programA)).toMatchObject({ budget: 2_000_000, billed: 67_400, payable: 33_600, paid: 40_000, realisationPercent: 2, claims: { count: 1, amount: 42_000_000 } });
    expect(f.benefits).toMatchObject({ premiumsPaid: 40_000, ratio: 1050 });
    expect(pdfText(pdf).replace(/\s+/g, ' ')).toContain('Realisasi Iuran dan Manfaat Jaminan Sosial Ketenagakerjaan');
  }, 60_000);

  it('registration writes the branch template and refuses one without NIK or name columns', async () => {
    const out = path.join(dir, 'pendaftaran.xlsx');
    const template = await writeBranchTemplate(path.join(dir, 'Formulir Cabang.xlsx'));
    const run = await runCakap(['registration', '--db', db, '--program', String(programA), '--out', out, '--template', template, '--json']);
    expect(run.code, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(json).toMatchObject({ program: programA, file: out, rows: 5, skipped: { alreadySent: 0, registered: 3, missingData: 1 }, columns: { unmapped: ['NAMA IBU KANDUNG', 'EMAIL'] } });
    expect(fs.existsSync(out)).toBe(true);
    const withoutNik = await writeBranchTemplate(path.join(dir, 'Formulir tanpa NIK.xlsx'), { withoutNik: true });
    await unchanged(['registration', '--db', db, '--program', String(programA), '--out', path.join(dir, 'x.xlsx'), '--template', withoutNik], /tidak punya kolom NIK dan kolom nama/);
  }, 60_000);
});
