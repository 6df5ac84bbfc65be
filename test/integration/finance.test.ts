import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/app/core';
import { newCore } from '../helpers/core';
import { queryDatabase } from '../helpers/db';
import { financeRegency, novemberLines, readBook, writeBill, writeBranchTemplate, writeClaims } from '../helpers/financeLists';
import { resaveWithSheetJs } from '../helpers/legacyFiles';
import { pdfText } from '../helpers/pdf';
import { writeXlsx } from '../helpers/spreadsheets';
import { tempDir } from '../helpers/temp';

/** The office's clock in these tests: mid-December 2026, while program A still runs. */
const NOW = () => new Date('2026-12-15T09:00:00+07:00');

const bill = (core: Core, file: string, programId: number, month?: string) =>
  core.invoke('finance.importBill', { jobId: crypto.randomUUID(), fileId: core.context.files.register(file).fileId, programId, month });
const claims = (core: Core, file: string) => core.invoke('finance.importClaims', { jobId: crypto.randomUUID(), fileId: core.context.files.register(file).fileId });

/** What the database holds that a refused file must not change. */
const state = (core: Core) =>
  JSON.stringify(['SELECT id, undone_at FROM import_batches', 'SELECT * FROM bills', 'SELECT * FROM bill_rows', 'SELECT * FROM payments', 'SELECT * FROM claims'].map((sql) => queryDatabase(core.context.dbPath, sql)));

/**
 * The November bill of program A, one row per reason, as the branch writes it (amounts as text, a NIK
 * with spaces, one with an apostrophe, one row by KPJ only). Program B billed W10 for November first.
 */
async function novemberBills(core: Core, dir: string) {
  const r = await financeRegency(core, dir);
  const { niks, kpj } = r;
  // W3 died in September (a JKM claim); W1's JKK claim in May happened while program A paid for them.
  await claims(
    core,
    await writeClaims(path.join(dir, 'klaim.xlsx'), [
      { nik: niks[2]!, name: 'Pekerja 3', type: 'JKM', eventDate: '14-09-2026', paidDate: '02-10-2026', amount: 'Rp 42.000.000' },
      { nik: null, kpj: kpj(1), name: 'Pekerja 1', type: 'Jaminan Kecelakaan Kerja', eventDate: '2026-05-03', paidDate: '2026-06-10', amount: '3.500.000' },
    ]),
  );
  const billB = await bill(
    core,
    await writeBill(path.join(dir, 'tagihan-b.xlsx'), 'RINCIAN TAGIHAN IURAN NAGARI LUBUK GADANG BULAN NOVEMBER 2026', [
      { nik: niks[6]!, name: 'Pekerja 7', amount: 'Rp 16.800,-' },
      { nik: niks[9]!, name: 'Pekerja 10', amount: 'Rp 16.800,-' },
    ]),
    r.programB.id,
  );
  const lines = novemberLines(niks, kpj, true);
  const file = await writeBill(path.join(dir, 'Tagihan APBD Nov 2026.xlsx'), 'RINCIAN TAGIHAN IURAN PROGRAM PEKERJA RENTAN APBD BULAN Nov 2026', lines);
  return { ...r, billB, file, lines };
}

describe('checking the branch\'s bill row by row', () => {
  it('gives every row exactly one reason in the issue\'s order, and the figures computed by hand', async () => {
    const core = await newCore({ now: NOW });
    const dir = tempDir();
    const r = await novemberBills(core, dir);
    expect(r.billB).toMatchObject({ month: '2026-11', billedWorkers: 2, payable: 33_600, exceptionAmount: 0 });

    // No month given: "Nov 2026" in the title says it.
    const result = await bill(core, r.file, r.programA.id);
    expect(result).toMatchObject({
      month: '2026-11',
      program: r.programA.id,
      // W1..W8, the stranger, W10: ten persons on eleven rows.
      billedWorkers: 10,
      // ten rows of Rp 16.800 and one of Rp 20.000
      billedAmount: 188_000,
      // W1, W3, W4, W5, W6, W8, W9, W10, W11 are enrolled for November (W2 ended in June).
      expectedWorkers: 9,
      expectedAmount: 9 * 16_800,
      exceptions: { notEnrolled: 2, outsideEnrolment: 1, afterDeath: 1, doubleBilled: 2, employedElsewhere: 1, wrongAmount: 1, notBilled: 2 },
      // seven rows withheld whole, and the Rp 3.200 W6 was billed too much
      exceptionAmount: 7 * 16_800 + 3_200,
      // W1, W4 (first row), W8 at Rp 16.800 and W6 at the Rp 16.800 owed
      payable: 188_000 - 120_800,
      replaces: null,
      duplicateOf: null,
    });
    expect(result.payable).toBe(4 * 16_800);
    expect(result.exceptionAmounts).toEqual({ notEnrolled: 33_600, outsideEnrolment: 16_800, afterDeath: 16_800, doubleBilled: 33_600, employedElsewhere: 16_800, wrongAmount: 3_200 });

    const rows = await core.invoke('finance.billRows', { batchId: result.batchId!, view: 'all', limit: 50 });
    const reasonOf = (row: number) => rows.rows.find((x) => x.row === row)!;
    // Header on row 4: data rows 5..15.
    expect([5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15].map((n) => reasonOf(n).reason)).toEqual([
      null,
      'outsideEnrolment',
      'afterDeath',
      null,
      'doubleBilled',
      'employedElsewhere',
      'wrongAmount',
      'notEnrolled',
      'notEnrolled',
      null,
      'doubleBilled',
    ]);
    expect(reasonOf(5).nik).toBe(r.niks[0]);
    expect(reasonOf(8).nik).toBe(r.niks[3]);
    expect(reasonOf(14)).toMatchObject({ nik: r.niks[7], kpj: r.kpj(8), reason: null });
    expect(reasonOf(6).detail).toBe('masa kepesertaan Januari–Juni 2026');
    expect(reasonOf(7).detail).toBe('meninggal 14 September 2026 (klaim JKM)');
    expect(reasonOf(9).detail).toBe('sudah ditagih untuk November 2026 di baris 8');
    expect(reasonOf(15).detail).toMatch(/^sudah ditagih untuk November 2026 di tagihan program "Iuran Nagari Lubuk Gadang 2026" \(impor #\d+ baris 6\)$/);
    expect(reasonOf(11)).toMatchObject({ expected: 16_800, exceptionAmount: 3_200, detail: 'ditagih Rp 20.000, seharusnya Rp 16.800' });
    expect(reasonOf(12).detail).toBe('penerima program "Iuran Nagari Lubuk Gadang 2026", bukan program ini');
    expect(reasonOf(13).detail).toBe('tidak ada di data pekerja Cakap');
    const unbilled = await core.invoke('finance.billRows', { batchId: result.batchId!, view: 'notBilled' });
    expect(unbilled.rows.map((x) => x.nik).sort()).toEqual([r.niks[8], r.niks[10]].sort());
  });

  it('a correction bill for the same month is kept beside the first, the newer counts, and undo brings the first back', async () => {
    const core = await newCore({ now: NOW });
    const dir = tempDir();
    const r = await novemberBills(core, dir);
    const first = await bill(core, r.file, r.programA.id, '2026-11');
    const corrected = await bill(
      core,
      await writeBill(path.join(dir, 'tagihan-koreksi.xlsx'), 'KOREKSI RINCIAN TAGIHAN IURAN NOVEMBER 2026', [
        { nik: r.niks[0]!, name: 'Pekerja 1', amount: 'Rp 16.800,-' },
        { nik: r.niks[3]!, name: 'Pekerja 4', amount: 'Rp 16.800,-' },
        { nik: r.niks[5]!, name: 'Pekerja 6', amount: 'Rp 16.800,-' },
        { nik: r.niks[7]!, name: 'Pekerja 8', amount: 'Rp 16.800,-' },
        { nik: r.niks[8]!, name: 'Pekerja 9', amount: 'Rp 16.800,-' },
      ]),
      r.programA.id,
      '2026-11',
    );
    expect(corrected).toMatchObject({ replaces: first.batchId, billedAmount: 84_000, exceptionAmount: 0, payable: 84_000, exceptions: { notBilled: 4 } });
    const list = await core.invoke('finance.bills', { programId: r.programA.id });
    expect(list.rows.map((b) => [b.batchId, b.counts, b.replacedBy])).toEqual([
      [corrected.batchId, true, null],
      [first.batchId, false, corrected.batchId],
    ]);
    expect((await core.invoke('finance.bill', { batchId: corrected.batchId! })).notes[0]).toBe(`Tagihan ini koreksi atas tagihan impor #${first.batchId} untuk bulan yang sama; tagihan ini yang berlaku.`);
    let summary = await core.invoke('finance.summary', { year: 2026 });
    expect(summary.programs.find((p) => p.id === r.programA.id)).toMatchObject({ billed: 84_000, exceptionAmount: 0, payable: 84_000, monthsBilled: 1 });

    await core.invoke('import.undo', { batchId: corrected.batchId! });
    summary = await core.invoke('finance.summary', { year: 2026 });
    expect(summary.programs.find((p) => p.id === r.programA.id)).toMatchObject({ billed: 188_000, exceptionAmount: 120_800, payable: 67_200 });
    expect((await core.invoke('finance.bills', { programId: r.programA.id })).rows.map((b) => [b.batchId, b.counts])).toEqual([[first.batchId, true]]);
  });

  it('a JKM claim stops the bills of months after the death, not the month of the death or before it', async () => {
    const core = await newCore({ now: NOW });
    const dir = tempDir();
    const r = await financeRegency(core, dir);
    // W1 died on 20 November 2026.
    await claims(core, await writeClaims(path.join(dir, 'klaim-jkm.xlsx'), [{ nik: r.niks[0]!, name: 'Pekerja 1', type: 'JKM', eventDate: '20 November 2026', paidDate: '1 Desember 2026', amount: 'Rp 42.000.000,-' }]));
    const line = [{ nik: r.niks[0]!, name: 'Pekerja 1', amount: 'Rp 16.800,-' }];
    const october = await bill(core, await writeBill(path.join(dir, 'okt.xlsx'), 'TAGIHAN IURAN OKTOBER 2026', line), r.programA.id);
    const november = await bill(core, await writeBill(path.join(dir, 'nov.xlsx'), 'TAGIHAN IURAN 11/2026', line), r.programA.id);
    const december = await bill(core, await writeBill(path.join(dir, 'des.xlsx'), 'TAGIHAN IURAN Desember 2026', line), r.programA.id);
    expect([october, november, december].map((b) => [b.month, b.exceptions.afterDeath, b.payable])).toEqual([
      ['2026-10', 0, 16_800],
      ['2026-11', 0, 16_800],
      ['2026-12', 1, 0],
    ]);
  });

  it('the same file twice changes nothing and says which import it was; not a bill, an unknown program, a month outside: refused, nothing changed', async () => {
    const core = await newCore({ now: NOW });
    const dir = tempDir();
    const r = await novemberBills(core, dir);
    const first = await bill(core, r.file, r.programA.id, '2026-11');
    const before = state(core);
    const again = await bill(core, r.file, r.programA.id, '2026-11');
    expect(again).toMatchObject({ batchId: null, duplicateOf: { batchId: first.batchId }, payable: first.payable });
    expect(state(core)).toBe(before);

    const workers = await writeXlsx(path.join(dir, 'daftar-pekerja.xlsx'), [{ name: 'Data', rows: [['NIK', 'Nama', 'Nagari'], [r.niks[0]!, 'Pekerja 1', 'Lubuk Gadang']] }]);
    await expect(bill(core, workers, r.programA.id, '2026-11')).rejects.toThrow('bukan rincian tagihan iuran');
    await expect(bill(core, r.file, 999, '2026-11')).rejects.toThrow('Program #999 tidak ada');
    await expect(bill(core, r.file, r.programA.id, '2027-01')).rejects.toThrow('Bulan Januari 2027 di luar masa program "Pekerja Rentan APBD 2026" (Januari–Desember 2026)');
    const claimList = await writeClaims(path.join(dir, 'klaim-lagi.xlsx'), [{ nik: r.niks[0]!, name: 'Pekerja 1', type: 'JKK', eventDate: '01-02-2026', paidDate: '01-03-2026', amount: 1_000_000 }]);
    await expect(bill(core, claimList, r.programA.id, '2026-11')).rejects.toThrow('adalah daftar klaim');
    const otherBill = await writeBill(path.join(dir, 'tagihan-lain.xlsx'), 'TAGIHAN IURAN NOVEMBER 2026', [{ nik: r.niks[0]!, name: 'Pekerja 1', amount: 16_800 }]);
    await expect(claims(core, otherBill)).rejects.toThrow('bukan daftar klaim');
    expect(state(core)).toBe(before);
  });

  it('the minute prints the figures, the amount agreed in words, and the rows not paid with NIK masked', async () => {
    const core = await newCore({ now: NOW });
    const dir = tempDir();
    const r = await novemberBills(core, dir);
    const result = await bill(core, r.file, r.programA.id);
    const ref = await core.invoke('finance.minutes', { batchId: result.batchId!, date: '2026-12-15' });
    const text = pdfText(core.context.files.resolve(ref.fileId).path).replace(/\s+/g, ' ');
    expect(text).toContain('BERITA ACARA REKONSILIASI IURAN');
    expect(text).toContain('Pada hari ini Selasa, tanggal 15 Desember 2026');
    expect(text).toContain('Rp 67.200 (enam puluh tujuh ribu dua ratus rupiah)');
    expect(text).toContain('Sesudah meninggal: 1 baris, Rp 16.800');
    expect(text).toContain('meninggal 14 September 2026 (klaim JKM)');
    expect(text).toContain(`${r.niks[2]!.slice(0, 4)}**********${r.niks[2]!.slice(-2)}`);
    for (const n of r.niks) expect(text).not.toContain(n);
  });
});

describe("the branch's files as Excel 97-2003 (.xls) and OpenDocument (.ods)", () => {
  it('a bill and a claim list saved in either give the rows, reasons and figures their .xlsx gives', async () => {
    const outcome = async (bookType: 'xlsx' | 'biff8' | 'ods') => {
      const core = await newCore({ now: NOW });
      const dir = tempDir();
      const r = await novemberBills(core, dir);
      const resave = (file: string) => (bookType === 'xlsx' ? file : resaveWithSheetJs(file, bookType));
      const checked = await bill(core, resave(r.file), r.programA.id);
      const claimList = await writeClaims(path.join(dir, 'klaim-desember.xlsx'), [
        { nik: r.niks[6]!, name: 'Pekerja 7', type: 'Beasiswa', eventDate: '01-07-2026', paidDate: '01-08-2026', amount: 'Rp 1.500.000' },
        { nik: null, kpj: r.kpj(1), name: 'Pekerja 1', type: 'JKK', eventDate: '2026-10-03', paidDate: '2026-11-10', amount: '2.000.000' },
      ]);
      const claimed = await claims(core, resave(claimList));
      const { file: _file, batchId: _batch, ...figures } = checked;
      const { file: _claimFile, batchId: _claimBatch, ...claimFigures } = claimed;
      return { figures, claimFigures, rows: (await core.invoke('finance.billRows', { batchId: checked.batchId!, view: 'all', limit: 100 })).rows.map(({ row, reason, amount, nik }) => [row, reason, amount, nik]) };
    };
    const xlsx = await outcome('xlsx');
    expect(xlsx.figures.exceptionAmount).toBeGreaterThan(0);
    expect(xlsx.claimFigures).toMatchObject({ accepted: 2, matched: 2 });
    expect(await outcome('biff8')).toEqual(xlsx);
    expect(await outcome('ods')).toEqual(xlsx);
  });
});

describe('payments and realisation', () => {
  it('refuses a zero or negative amount, an unknown program, a month outside it, a reference used twice; warns above the payable amount and over budget', async () => {
    const core = await newCore({ now: NOW });
    const dir = tempDir();
    const r = await novemberBills(core, dir);
    await bill(core, r.file, r.programA.id);
    const pay = (input: Partial<{ programId: number; month: string; amount: number; date: string; reference: string }>) =>
      core.invoke('finance.recordPayment', { programId: r.programA.id, month: '2026-11', amount: 67_200, date: '2026-12-20', reference: 'SP2D 0012/LS/2026', ...input });
    await expect(pay({ amount: 0 })).rejects.toThrow('harus lebih dari Rp 0');
    await expect(pay({ amount: -5 })).rejects.toThrow('harus lebih dari Rp 0');
    await expect(pay({ programId: 999 })).rejects.toThrow('Program #999 tidak ada');
    await expect(pay({ month: '2027-02' })).rejects.toThrow('di luar masa program');
    const first = await pay({});
    expect(first.warnings).toEqual([]);
    await expect(pay({ reference: 'sp2d 0012-ls-2026' })).rejects.toThrow('Nomor SP2D "sp2d 0012-ls-2026" sudah dipakai untuk program "Pekerja Rentan APBD 2026"');
    const more = await pay({ amount: 10_000, reference: 'SP2D 0013/LS/2026' });
    expect(more.warnings).toEqual(['Pembayaran November 2026 menjadi Rp 77.200, melebihi jumlah yang layak dibayar menurut tagihan yang diperiksa (Rp 67.200) sebesar Rp 10.000.']);
    const over = await pay({ month: '2026-10', amount: 2_000_000, reference: 'SP2D 0014/LS/2026' });
    expect(over.warnings).toEqual([
      'Belum ada tagihan Oktober 2026 yang diperiksa untuk program ini: jumlah yang dibayar tidak dapat dibandingkan dengan jumlah yang layak dibayar.',
      'Pembayaran program "Pekerja Rentan APBD 2026" menjadi Rp 2.077.200, melebihi anggarannya (Rp 2.000.000) sebesar Rp 77.200.',
    ]);
    const summary = await core.invoke('finance.summary', { year: 2026 });
    expect(summary.programs.find((p) => p.id === r.programA.id)).toMatchObject({ budget: 2_000_000, billed: 188_000, payable: 67_200, paid: 2_077_200, realisationPercent: 103.86 });
    // A program with payments keeps them: it cannot be deleted, only closed.
    const empty = await core.invoke('programs.create', { name: 'Program Tanpa Penerima 2026', source: 'csr', sourceDetail: 'PT Contoh', year: 2026, budget: 100_000, from: '2026-01', to: '2026-12' });
    await core.invoke('finance.recordPayment', { programId: empty.id, month: '2026-03', amount: 8_400, date: '2026-04-02', reference: 'TRF-1' });
    await expect(core.invoke('programs.delete', { id: empty.id })).rejects.toThrow('sudah punya tagihan, pembayaran atau berkas pendaftaran');
    // A payment recorded by mistake is removed with its reason; the reference may be used again.
    await core.invoke('finance.removePayment', { id: over.payment.id, reason: 'Salah program, SP2D untuk program provinsi' });
    expect((await core.invoke('finance.summary', { year: 2026 })).programs.find((p) => p.id === r.programA.id)!.paid).toBe(77_200);
  });

  it('claims are matched to the worker and to the program that funded them at the event date; benefits stand beside the premiums paid', async () => {
    const core = await newCore({ now: NOW });
    const dir = tempDir();
    const r = await novemberBills(core, dir);
    await core.invoke('finance.recordPayment', { programId: r.programA.id, month: '2026-11', amount: 67_200, date: '2026-12-20', reference: 'SP2D 1' });
    const second = await claims(
      core,
      await writeClaims(path.join(dir, 'klaim-kumulatif.xlsx'), [
        // the two claims of the first list again (a cumulative list), and two new ones
        { nik: r.niks[2]!, name: 'Pekerja 3', type: 'JKM', eventDate: '14-09-2026', paidDate: '02-10-2026', amount: 'Rp 42.000.000' },
        { nik: null, kpj: r.kpj(1), name: 'Pekerja 1', type: 'JKK', eventDate: '2026-05-03', paidDate: '2026-06-10', amount: '3.500.000' },
        { nik: r.niks[6]!, name: 'Pekerja 7', type: 'Beasiswa', eventDate: '2026-07-01', paidDate: '2026-08-01', amount: 'Rp 1.500.000' },
        { nik: '1311019999990001', name: 'Orang Lain', type: 'JHT', eventDate: '2026-03-01', paidDate: '2026-04-01', amount: 'Rp 5.000.000' },
        { nik: r.niks[0]!, name: 'Pekerja 1', type: 'JP', eventDate: '2026-03-01', paidDate: '2026-04-01', amount: 'Rp 5.000.000' },
      ]),
    );
    expect(second).toMatchObject({ accepted: 2, alreadyRecorded: 2, rejected: 1, matched: 1, funded: 1 });
    expect(second.byType.beasiswa).toEqual({ count: 1, amount: 1_500_000 });
    expect(second.issues.find((i) => i.code === 'CLAIM_TYPE_UNKNOWN')!.message).toContain('Jenis klaim "JP" tidak dikenal');
    const summary = await core.invoke('finance.summary', { year: 2026 });
    expect(summary.programs.find((p) => p.id === r.programA.id)!.claims).toEqual({ count: 2, amount: 45_500_000 });
    expect(summary.programs.find((p) => p.id === r.programB.id)!.claims).toEqual({ count: 1, amount: 1_500_000 });
    expect(summary.benefits).toMatchObject({
      byType: { JKK: { count: 1, amount: 3_500_000 }, JKM: { count: 1, amount: 42_000_000 }, JHT: { count: 0, amount: 0 }, JKP: { count: 0, amount: 0 }, beasiswa: { count: 1, amount: 1_500_000 } },
      premiumsPaid: 67_200,
      ratio: Math.round((47_000_000 / 67_200) * 100) / 100,
    });
    const list = await core.invoke('finance.claims', { type: 'JKM' });
    expect(list.rows[0]).toMatchObject({ nik: r.niks[2], programName: 'Pekerja Rentan APBD 2026', workerName: 'Pekerja 3' });
  });
});

describe('the registration file for the branch', () => {
  const download = (core: Core, ref: { fileId: string }) => core.context.files.resolve(ref.fileId).path;

  it("Cakap's own layout lists who is not yet registered nor sent, NIK and telephone as Text, and the next file does not repeat them", async () => {
    const core = await newCore({ now: NOW });
    const dir = tempDir();
    const r = await financeRegency(core, dir);
    const first = await core.invoke('finance.registration', { programId: r.programA.id, sentOn: '2026-11-01' });
    // W1, W5, W8 are active on the participant list; W11 has no birth date; W2's enrolment ended in June.
    expect(first).toMatchObject({ rows: 5, skipped: { alreadySent: 0, registered: 3, missingData: 1 }, sheet: null });
    expect(first.warnings).toContain('1 penerima tidak dimuat karena tanggal lahir atau alamatnya (nagari) belum tercatat; lengkapi datanya lewat daftar pekerja.');
    const book = await readBook(download(core, first.file));
    const sheet = book.getWorksheet('Pendaftaran')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      'No', 'NIK', 'Nama', 'Tempat lahir', 'Tanggal lahir', 'Jenis kelamin (L/P)', 'Alamat', 'Kecamatan', 'Nagari', 'No. HP', 'Pekerjaan', 'Penghasilan dilaporkan (Rp)', 'Program', 'Periode', 'Sumber dana',
    ]);
    const niks = [2, 3, 4, 5, 6].map((n) => sheet.getRow(n).getCell(2).value);
    expect(niks.sort()).toEqual([r.niks[2], r.niks[3], r.niks[5], r.niks[8], r.niks[9]].sort());
    const row = sheet.getRow(2);
    expect(row.getCell(2).numFmt).toBe('@');
    expect(row.getCell(10).numFmt).toBe('@');
    expect(typeof row.getCell(10).value).toBe('string');
    expect([row.getCell(8).value, row.getCell(9).value, row.getCell(12).value, row.getCell(13).value, row.getCell(14).value, row.getCell(15).value]).toEqual([
      'Sangir', 'Lubuk Gadang', 1_000_000, 'JKK, JKM', 'Januari–Desember 2026', 'APBD Kabupaten',
    ]);

    const second = await core.invoke('finance.registration', { programId: r.programA.id, sentOn: '2026-12-20' });
    expect(second).toMatchObject({ rows: 0, skipped: { alreadySent: 5, registered: 3, missingData: 1 } });
    expect(second.warnings[0]).toContain('Tidak ada penerima yang perlu didaftarkan');
    // Sent more than 30 days ago and still not on the branch's list: "diajukan, belum terdaftar".
    const waiting = await core.invoke('bpjs.reconciliation', { view: 'submitted' });
    expect(waiting).toMatchObject({ waitDays: 30, counts: { submitted: 5 } });
    expect(waiting.rows.map((w) => [w.nik, w.sentOn, w.program])).toContainEqual([r.niks[2], '2026-11-01', 'Pekerja Rentan APBD 2026']);
    await core.invoke('finance.setSettings', { registrationWaitDays: 60, branchName: 'BPJS Ketenagakerjaan Kantor Cabang Solok' });
    expect((await core.invoke('bpjs.reconciliation', { view: 'submitted' })).counts.submitted).toBe(0);

    // Asked for all: the five are sent again today, and wait again.
    expect((await core.invoke('finance.registration', { programId: r.programA.id, all: true })).rows).toBe(5);
    const history = await core.invoke('finance.registrations', { programId: r.programA.id });
    expect(history.rows.map((h) => [h.sentOn, h.rows, h.stillUnregistered])).toEqual([
      ['2026-12-15', 5, 5],
      ['2026-11-01', 5, 5],
    ]);
  });

  it("the branch's own template, its columns in its own order and names, is filled under its header and keeps its formatting", async () => {
    const core = await newCore({ now: NOW });
    const dir = tempDir();
    const r = await financeRegency(core, dir);
    const template = await writeBranchTemplate(path.join(dir, 'Formulir BPU Cabang Solok.xlsx'));
    const result = await core.invoke('finance.registration', { programId: r.programA.id, templateFileId: core.context.files.register(template).fileId });
    expect(result).toMatchObject({ rows: 5, sheet: 'FORM BPU', columns: { mapped: ['NO', 'NAMA LENGKAP', 'NO. KTP', 'TGL LAHIR', 'JENIS KEL', 'ALAMAT DOMISILI', 'NO HP', 'UPAH/PENGHASILAN'], unmapped: ['NAMA IBU KANDUNG', 'EMAIL'] } });
    expect(result.warnings[0]).toBe('Kolom templat yang tidak dapat diisi Cakap (dibiarkan kosong): NAMA IBU KANDUNG, EMAIL.');
    const sheet = (await readBook(download(core, result.file))).getWorksheet('FORM BPU')!;
    // The title, the header and its look are the branch's own.
    expect(sheet.getCell('A1').value).toBe('FORMULIR PENDAFTARAN KOLEKTIF PESERTA BUKAN PENERIMA UPAH');
    expect(sheet.getCell('A1').isMerged && sheet.getCell('J1').isMerged).toBe(true);
    expect(sheet.getCell('B4').value).toBe('NAMA LENGKAP');
    expect((sheet.getCell('B4').fill as { fgColor: { argb: string } }).fgColor.argb).toBe('FF1F4E79');
    expect(sheet.getColumn(6).width).toBe(32);
    // Rows 5 to 9, in the template's columns, each cell with the first data row's look.
    const fifth = sheet.getRow(5);
    expect(fifth.getCell(1).value).toBe(1);
    expect(typeof fifth.getCell(3).value).toBe('string');
    expect(fifth.getCell(3).numFmt).toBe('@');
    expect(fifth.getCell(4).value).toBeInstanceOf(Date);
    expect(fifth.getCell(4).numFmt).toBe('dd/mm/yyyy');
    expect(fifth.getCell(5).value).toBe('L');
    expect(fifth.getCell(9).value).toBe(1_000_000);
    expect(fifth.getCell(9).numFmt).toBe('"Rp"#,##0');
    expect(fifth.getCell(8).value).toBeNull();
    const ninth = sheet.getRow(9);
    expect(ninth.getCell(1).value).toBe(5);
    expect(ninth.getCell(6).border?.bottom?.style).toBe('thin');
    expect(ninth.getCell(2).font?.name).toBe('Arial');
    expect(sheet.getRow(10).getCell(2).value).toBeNull();

    const before = JSON.stringify(queryDatabase(core.context.dbPath, 'SELECT * FROM registration_sent'));
    const withoutNik = await writeBranchTemplate(path.join(dir, 'Formulir tanpa NIK.xlsx'), { withoutNik: true });
    await expect(core.invoke('finance.registration', { programId: r.programA.id, templateFileId: core.context.files.register(withoutNik).fileId })).rejects.toThrow(
      'Templat "Formulir tanpa NIK.xlsx" tidak punya kolom NIK dan kolom nama yang dikenali Cakap',
    );
    await expect(core.invoke('finance.registration', { programId: 999 })).rejects.toThrow('Program #999 tidak ada');
    expect(JSON.stringify(queryDatabase(core.context.dbPath, 'SELECT * FROM registration_sent'))).toBe(before);
  });
});

describe('the leadership report and the Dasbor', () => {
  it('get a section with the realisation, the payments prevented and the benefits, in the PDF, the workbook and the JSON, with a finding on each', async () => {
    const core = await newCore({ now: NOW });
    const dir = tempDir();
    const r = await novemberBills(core, dir);
    await bill(core, r.file, r.programA.id);
    await core.invoke('finance.recordPayment', { programId: r.programA.id, month: '2026-11', amount: 67_200, date: '2026-12-20', reference: 'SP2D 0012/LS/2026' });
    const report = await core.invoke('report.coverage', { asOf: '2026-12-15' });
    expect(report.finance).toMatchObject({ year: 2026, totals: { billed: 188_000 + 33_600, exceptionAmount: 120_800, paid: 67_200 } });
    expect(report.findings).toEqual(
      expect.arrayContaining([
        'Realisasi pembayaran iuran 2026 Rp 67.200 dari anggaran Rp 3.000.000 (2,24 %); 2 tagihan bulanan yang diperiksa berjumlah Rp 221.600, yang layak dibayar Rp 100.800.',
        'Pemeriksaan tagihan mencegah pembayaran Rp 120.800 yang tidak semestinya (8 baris), terbesar karena bukan penerima program (Rp 33.600).',
        'BPJS Ketenagakerjaan membayar manfaat Rp 45.500.000 kepada penerima program (2 klaim, di antaranya 1 santunan kematian Rp 42.000.000), 677,08 kali iuran Rp 67.200 yang dibayar untuk mereka.',
      ]),
    );

    const pdf = core.context.files.resolve((await core.invoke('report.export', { format: 'pdf', asOf: '2026-12-15' })).fileId).path;
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    expect(text).toContain('4. Iuran, realisasi dan manfaat');
    expect(text).toContain('Realisasi iuran per program, 2026');
    expect(text).toContain('Manfaat yang diterima penerima program, 2026');
    const xlsx = core.context.files.resolve((await core.invoke('report.export', { format: 'xlsx', asOf: '2026-12-15' })).fileId).path;
    const book = await readBook(xlsx);
    expect(['Realisasi iuran', 'Pengecualian tagihan', 'Manfaat klaim'].every((name) => book.getWorksheet(name))).toBe(true);
    const realisation = book.getWorksheet('Realisasi iuran')!;
    expect((realisation.getRow(1).values as unknown[]).slice(1, 9)).toEqual(['No', 'Program', 'Sumber dana', 'Anggaran', 'Ditagih', 'Dicegah', 'Layak dibayar', 'Dibayar']);
    const jsonFile = core.context.files.resolve((await core.invoke('report.export', { format: 'json', asOf: '2026-12-15' })).fileId).path;
    const json = JSON.parse(fs.readFileSync(jsonFile, 'utf8')) as { finance: { benefits: { premiumsPaid: number } } };
    expect(json.finance.benefits.premiumsPaid).toBe(67_200);
  });
});

describe('personal data', () => {
  it("a worker erased on request (UU 27/2022) is gone from the bills' rows and the claims too; the figures stay", async () => {
    const core = await newCore({ now: NOW });
    const dir = tempDir();
    const r = await novemberBills(core, dir);
    const checked = await bill(core, r.file, r.programA.id);
    const w3 = (await core.invoke('workers.list', { search: r.niks[2]! })).rows[0]!;
    await core.invoke('workers.erase', { id: w3.id, reason: 'Permintaan ahli waris, surat tanggal 10 Desember 2026' });
    const everything = JSON.stringify(['SELECT * FROM bill_parts', 'SELECT * FROM bill_rows', 'SELECT paying FROM bills', 'SELECT * FROM claims'].map((sql) => queryDatabase(core.context.dbPath, sql)));
    expect(everything).not.toContain(r.niks[2]);
    expect(everything).not.toContain('Pekerja 3"');
    expect(everything).toContain(`DIHAPUS-${w3.id}`);
    expect((await core.invoke('finance.bill', { batchId: checked.batchId! })).exceptions.afterDeath).toBe(1);
    expect((await core.invoke('finance.summary', { year: 2026 })).benefits.byType.JKM).toEqual({ count: 1, amount: 42_000_000 });
  });
});
