import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../../electron/cli/main';
import { runCakap } from '../helpers/cli';
import { ossSheets, packageSheets, writeBpjsEmployers, writeBpjsProjects, writeOssList, writePackages } from '../helpers/complianceLists';
import { dumpDatabase, queryDatabase } from '../helpers/db';
import { writeWithSheetJs } from '../helpers/legacyFiles';
import { pdfText } from '../helpers/pdf';
import { writeRawXlsx } from '../helpers/rawXlsx';
import { writeCsv } from '../helpers/spreadsheets';
import { tempDir } from '../helpers/temp';

describe('the employers, projects and compliance commands, as scripts use them', () => {
  it('imports each list with --json as the import command does, refuses a list of the wrong kind with exit 2, and prints every figure', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'kantor.sqlite');
    expect((await runCakap(['init', '--db', db])).code).toBe(0);

    const oss = await runCakap(['employers', '--db', db, await writeOssList(dir), '--json']);
    expect(oss.code).toBe(0);
    const ossJson = JSON.parse(oss.stdout) as Record<string, unknown>;
    expect(Object.keys(ossJson)).toEqual(['file', 'kind', 'batchId', 'accepted', 'updated', 'unchanged', 'rejected', 'warnings', 'issues']);
    expect(ossJson).toMatchObject({ file: 'Data NIB OSS per 30 November 2026.xlsx', kind: 'oss', batchId: 1, accepted: 10, updated: 0, unchanged: 0, rejected: 1, warnings: 2 });
    const ossIssues = ossJson.issues as { severity: string; row: number; column: string | null; code: string }[];
    expect(ossIssues).toContainEqual(expect.objectContaining({ severity: 'warning', row: 6, column: 'B', code: 'SAME_BUSINESS' }));
    expect(ossIssues).toContainEqual(expect.objectContaining({ severity: 'warning', row: 18, column: null, code: 'ENDING_SKIPPED' }));

    const bpjs = await runCakap(['employers', '--db', db, writeBpjsEmployers(dir), '--json']);
    expect(JSON.parse(bpjs.stdout)).toMatchObject({ kind: 'bpjs_employers', accepted: 7 });
    const packages = await runCakap(['projects', '--db', db, await writePackages(dir)]);
    expect(packages.code).toBe(0);
    expect(packages.stdout).toMatch(/^Impor #3 "Paket konstruksi TA 2026 \(SPSE \+ APB Nagari\).xlsx" \(daftar paket pekerjaan konstruksi, tanpa tanggal\): 7 baru/);
    expect(packages.stdout).toContain('Ditolak: Sheet "PUPR" baris 10 kolom H (Tgl Kontrak): Tanggal "31-02-2026" tidak ada di kalender.');
    expect(JSON.parse((await runCakap(['projects', '--db', db, writeBpjsProjects(dir), '--json'])).stdout)).toMatchObject({ kind: 'bpjs_projects', accepted: 4 });

    // A worker list given to `employers`, an employer list given to `projects`: one line, exit 2, nothing written.
    const before = dumpDatabase(db, ['audit_log']);
    const workers = writeCsv(path.join(dir, 'pekerja.csv'), ['NIK;Nama;Pekerjaan', '1311015205800003;Siti Aminah;Petani']);
    const wrong = await runCakap(['employers', '--db', db, workers, '--json']);
    expect(wrong.code).toBe(2);
    expect(wrong.stdout).toBe('');
    expect(wrong.stderr.trim().split('\n')).toHaveLength(1);
    expect(wrong.stderr).toMatch(/^Berkas "pekerja.csv" bukan daftar pemberi kerja/);
    const crossed = await runCakap(['projects', '--db', db, writeBpjsEmployers(dir, 'pk lagi.xlsx')]);
    expect(crossed.code).toBe(2);
    expect(crossed.stderr).toMatch(/tampaknya daftar pemberi kerja terdaftar \(BPJS Ketenagakerjaan\): impor dengan perintah employers/);
    expect(dumpDatabase(db, ['audit_log'])).toEqual(before);

    const summary = await runCakap(['compliance', '--db', db, '--as-of', '2026-11-30', '--json']);
    expect(summary.code).toBe(0);
    const figures = JSON.parse(summary.stdout) as {
      asOf: string;
      employers: { total: number; byStatus: Record<string, number>; uncoveredWageWorkers: number };
      projects: { unregistered: number; unregisteredValue: number; contributionsDue: number; byOpd: { opd: string }[] };
      gap: { workers: number; apbdCost: number; points: number | null };
    };
    expect(figures.asOf).toBe('2026-11-30');
    expect(figures.employers.byStatus).toEqual({ pwbd: 3, pdsWorkers: 1, pdsProgram: 1, arrears: 1, compliant: 4, noWorkers: 1 });
    // PWBD: the restaurant (6), CV Tiga Saudara (9), Sawit Jaya Lestari (40, awaiting review); PDS: 150 reported, 95 registered.
    expect(figures.employers.uncoveredWageWorkers).toBe(6 + 9 + 40 + 55);
    expect(figures.projects).toMatchObject({ unregistered: 4, unregisteredValue: 1_475_000_000, contributionsDue: 3_500_000 });
    expect(figures.gap).toMatchObject({ apbdCost: 0, points: null });
    expect(typeof figures.gap.workers).toBe('number');

    const text = await runCakap(['compliance', '--db', db, '--as-of', '2026-11-30']);
    expect(text.stdout).toContain('PWBD (wajib belum daftar): 3');
    expect(text.stdout).toContain('nilai kontrak belum terdaftar Rp 1.475.000.000; iuran JKK+JKM terutang Rp 3.500.000');

    // Letters for one kind of case in one kecamatan: the PWBD employers of Sungai Pagu (the restaurant).
    const letters = path.join(dir, 'surat-pwbd.pdf');
    const printed = await runCakap(['compliance', '--db', db, '--as-of', '2026-11-30', '--json', '--letters', letters, '--kecamatan', 'sungai pagu', '--status', 'pwbd']);
    expect(printed.code).toBe(0);
    expect(JSON.parse(printed.stdout).letters).toEqual({ count: 1, pdf: letters, xlsx: letters.replace(/\.pdf$/, '.xlsx') });
    expect(pdfText(letters)).toContain('Rumah Makan Sederhana Minang');
    const micro = await runCakap(['compliance', '--db', db, '--as-of', '2026-11-30', '--letters', path.join(dir, 'surat-mikro.pdf'), '--scale', 'mikro']);
    expect(micro.stdout).toMatch(/^[1-9]\d* surat ditulis ke .*surat-mikro\.pdf/m);
    for (const [args, message] of [
      [['--letters', letters, '--status', 'pds'], 'Status "pds" tidak dikenal; pilih salah satu: pwbd, pdsWorkers, pdsProgram, arrears, unregistered, underRegistered.'],
      [['--letters', letters, '--kecamatan', 'Padang'], /^Kecamatan "Padang" tidak ada di kabupaten ini; pilih salah satu: .*Sangir/],
      [['--scale', 'kecil'], '--scale memilih surat; pakai bersama --letters SURAT.pdf.'],
    ] as const) {
      const refused = await runCakap(['compliance', '--db', db, ...args]);
      expect(refused.code).toBe(2);
      expect(refused.stderr.trim()).toMatch(typeof message === 'string' ? new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : message);
    }

    const badDate = await runCakap(['compliance', '--db', db, '--as-of', '30-11-2026']);
    expect(badDate).toMatchObject({ code: 2, stdout: '' });
    expect(badDate.stderr.trim()).toBe('Tanggal "30-11-2026" tidak valid; tulis TTTT-BB-HH, misalnya 2026-11-30.');
    const help = await runCakap(['--help']);
    expect(help.stdout).toMatch(/employers +Mengimpor daftar pemberi kerja/);
    expect(help.stdout).toMatch(/compliance +Kepatuhan pemberi kerja/);
  }, 300_000);

  it('a damaged row reference and figures no column can hold end as exit 0 with the rows rejected in words, also from an .xls; every import command names the formats', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'kantor.sqlite');
    expect((await runCakap(['init', '--db', db])).code).toBe(0);

    // The licence list as a damaged export writes it: row 7's reference is "x7", two workforces no business has.
    const oss = ossSheets();
    oss[0]!.rows[4]![8] = 1e20;
    oss[0]!.rows[5]![8] = '10000000000000000';
    const damaged = writeRawXlsx(path.join(dir, 'oss rusak.xlsx'), oss, { rowRef: (row) => (row === 6 ? 'x7' : undefined) });
    const employers = await runCakap(['employers', '--db', db, damaged, '--json']);
    expect(employers).toMatchObject({ code: 0, stderr: '' });
    const issues = (JSON.parse(employers.stdout) as { issues: { row: number; column: string; code: string; message: string }[] }).issues;
    expect(issues.filter((i) => i.code === 'NUMBER_TOO_LARGE').map((i) => [i.row, i.column, i.message])).toEqual([
      [5, 'I', 'Sheet "Data NIB" baris 5 kolom I (Jumlah TKI): Jumlah tenaga kerja "100000000000000000000": angka terlalu besar (lebih dari 5 juta orang, lebih banyak daripada penduduk bekerja kabupaten/kota mana pun di Indonesia). Periksa angkanya.'],
      [6, 'I', 'Sheet "Data NIB" baris 6 kolom I (Jumlah TKI): Jumlah tenaga kerja "10000000000000000": angka terlalu besar (lebih dari 5 juta orang, lebih banyak daripada penduduk bekerja kabupaten/kota mana pun di Indonesia). Periksa angkanya.'],
    ]);
    expect(queryDatabase(db, 'SELECT row, name FROM employer_records WHERE row = 7')).toEqual([{ row: 7, name: 'CV Karya Bersama' }]);

    // A contract of 10^20 Rupiah in the package list.
    const packages = packageSheets();
    packages[0]!.rows[3]![8] = 1e20;
    const projects = await runCakap(['projects', '--db', db, writeWithSheetJs(path.join(dir, 'paket.xls'), packages, 'biff8'), '--json']);
    expect(projects.code).toBe(0);
    expect(JSON.parse(projects.stdout)).toMatchObject({
      kind: 'packages',
      issues: expect.arrayContaining([expect.objectContaining({ row: 4, column: 'I', code: 'NUMBER_TOO_LARGE', message: expect.stringContaining('angka terlalu besar (lebih dari Rp 10 triliun') })]),
    });

    // The formats every import command names.
    const printed: string[] = [];
    const spy = vi.spyOn(console, 'log').mockImplementation((text: unknown) => void printed.push(String(text)));
    try {
      for (const command of ['import', 'bpjs', 'employers', 'projects', 'workforce']) {
        printed.length = 0;
        expect(await runCli([command, '--help'])).toBe(0);
        expect({ command, help: printed.join('\n') }).toEqual({ command, help: expect.stringContaining('Berkas: .xlsx, .xls (Excel 97–2003), .ods (LibreOffice/OpenDocument) atau .csv') });
      }
    } finally {
      spy.mockRestore();
    }
  }, 300_000);
});
