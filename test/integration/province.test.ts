import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../electron/core/app/core';
import { runCakap } from '../helpers/cli';
import { queryDatabase } from '../helpers/db';
import { writeXlsx } from '../helpers/spreadsheets';
import { tempDir } from '../helpers/temp';
import { importList, nik } from '../helpers/workerLists';

/** A regency office with its working population, a target and `funded` workers paid by a program in November 2026. */
async function regency(dir: string, code: string, figures: { workforce: number; target: number; funded: number }, now = new Date('2026-12-05T08:00:00Z')): Promise<Core> {
  const core = await createCore({ dbPath: path.join(dir, `${code}.sqlite`), defaultRegency: code, actor: `operator-${code}`, now: () => now, dailyBackup: false });
  await core.invoke('workforce.save', { year: 2026, source: 'BPS', entries: [{ areaCode: code, count: figures.workforce }] });
  await core.invoke('targets.set', { year: 2026, percent: figures.target });
  const rows = Array.from({ length: figures.funded }, (_, i) => [nik({ regency: code, district: '01', day: 1 + (i % 28), month: 1 + (i % 12), year: 1970 + (i % 30), seq: i + 1 }), `Siti Pekerja ${i + 1}`]);
  await importList(core, await writeXlsx(path.join(dir, `${code}.xlsx`), [{ name: 'Data', rows: [['NIK', 'Nama'], ...rows] }]));
  const program = await core.invoke('programs.create', { name: 'Pekerja Rentan APBD', source: 'apbd_kabupaten', year: 2026, budget: 500_000_000, from: '2026-01', to: '2026-12' });
  await core.invoke('enrollments.add', { programId: program.id, filter: {} });
  return core;
}

async function packageOf(core: Core, dir: string, asOf = '2026-11-30'): Promise<string> {
  const written = await core.invoke('package.write', { asOf });
  const out = path.join(dir, written.file.name);
  fs.copyFileSync(core.context.files.resolve(written.file.fileId).path, out);
  return out;
}

describe('a province that sums its regencies', () => {
  it('a regency writes a checksummed package with figures only: no NIK, no name of a worker', async () => {
    const dir = tempDir();
    const solok = await regency(dir, '13.11', { workforce: 2_000, target: 28.3, funded: 40 });
    const file = await packageOf(solok, dir);
    const text = fs.readFileSync(file, 'utf8');
    const [magic, hash] = text.split('\n');
    expect(magic).toBe('CAKAP-PAKET-KABUPATEN 1');
    expect(hash).toMatch(/^sha256 [0-9a-f]{64}$/);
    expect(text).not.toMatch(/\d{16}/);
    expect(text).not.toContain('Siti Pekerja');
    expect(JSON.parse(text.split('\n')[2]!)).toMatchObject({ regency: { code: '13.11', provinceCode: '13' }, asOf: '2026-11-30', exportedBy: { actor: 'operator-13.11' }, report: { coverage: { covered: 40 } } });
    expect(queryDatabase(solok.context.dbPath, "SELECT action FROM audit_log WHERE action = 'package.write'")).toHaveLength(1);
    solok.close();
  });

  it('imports its regencies’ packages, refuses a changed byte, another province, a future date and a file that is no package, and a newer package replaces an older one, both kept', async () => {
    const dir = tempDir();
    const solok = await regency(dir, '13.11', { workforce: 2_000, target: 28.3, funded: 40 });
    const padang = await regency(dir, '13.71', { workforce: 5_000, target: 45, funded: 300 });
    const riau = await regency(dir, '14.71', { workforce: 5_000, target: 30, funded: 10 });
    const solokNov = await packageOf(solok, dir);
    const padangNov = await packageOf(padang, dir);
    const riauNov = await packageOf(riau, dir);
    const future = await packageOf(solok, dir, '2099-01-31');
    const changed = path.join(dir, 'diubah.cakap');
    fs.writeFileSync(changed, fs.readFileSync(padangNov, 'utf8').replace('"covered":300', '"covered":900'));
    const notPackage = path.join(dir, 'laporan.cakap');
    fs.writeFileSync(notPackage, '%PDF-1.7 bukan paket');

    const db = path.join(dir, 'provinsi.sqlite');
    expect(await runCakap(['init', '--db', db, '--province', '13'])).toMatchObject({ code: 0, stdout: expect.stringContaining('Provinsi Sumatera Barat (13), 19 kabupaten/kota') });
    const imported = await runCakap(['province', '--db', db, solokNov, padangNov, riauNov, future, changed, notPackage, '--json']);
    expect(imported.code).toBe(0);
    const result = JSON.parse(imported.stdout) as { imported: number; replaced: number; refused: { file: string; reason: string }[] };
    expect(result).toMatchObject({ imported: 2, replaced: 0 });
    expect(result.refused.map((r) => r.file)).toEqual([path.basename(riauNov), path.basename(future), 'diubah.cakap', 'laporan.cakap']);
    expect(result.refused[0]!.reason).toContain('bukan dari kabupaten/kota di Provinsi Sumatera Barat');
    expect(result.refused[1]!.reason).toContain('ada di masa depan');
    expect(result.refused[2]!.reason).toContain('checksum tidak cocok');
    expect(result.refused[3]!.reason).toContain('bukan paket kabupaten Cakap');

    // Nothing imported: exit 2, and the database is as it was.
    const before = queryDatabase(db, 'SELECT COUNT(*) AS n FROM province_packages');
    const none = await runCakap(['province', '--db', db, changed, solokNov]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('sudah diimpor');
    expect(queryDatabase(db, 'SELECT COUNT(*) AS n FROM province_packages')).toEqual(before);

    // Solok Selatan funds 60 more and sends November again: the newer package counts, the older stays in the history.
    await importList(solok, await writeXlsx(path.join(dir, 'tambahan.xlsx'), [{ name: 'Data', rows: [['NIK', 'Nama'], ...Array.from({ length: 60 }, (_, i) => [nik({ regency: '13.11', district: '02', day: 1 + (i % 28), month: 3, year: 1990, seq: 500 + i }), `Pekerja Baru ${i}`])] }]));
    const program = (await solok.invoke('programs.list', {}))[0]!;
    await solok.invoke('enrollments.add', { programId: program.id, filter: {} });
    const later = new Date('2026-12-05T20:00:00Z');
    const solokAgain = await createCore({ dbPath: solok.context.dbPath, actor: 'operator-13.11', now: () => later, dailyBackup: false });
    const solokNov2 = await packageOf(solokAgain, dir);
    expect(JSON.parse(fs.readFileSync(solokNov2, 'utf8').split('\n')[2]!).report.coverage.covered).toBe(100);
    expect(JSON.parse((await runCakap(['province', '--db', db, solokNov2, '--json'])).stdout)).toEqual({ imported: 1, replaced: 1, refused: [] });
    expect(queryDatabase(db, "SELECT month, replaced_at IS NULL AS current FROM province_packages WHERE regency_code = '13.11' ORDER BY id")).toEqual([
      { month: '2026-11', current: 0 },
      { month: '2026-11', current: 1 },
    ]);

    const json = path.join(dir, 'provinsi.json');
    expect(await runCakap(['province-report', '--db', db, '--out', json, '--as-of', '2026-11-30'])).toMatchObject({ code: 0 });
    const report = JSON.parse(fs.readFileSync(json, 'utf8'));
    expect(Object.keys(report)).toEqual(['province', 'asOf', 'month', 'regencies', 'total', 'trend', 'missing']);
    expect(Object.keys(report.regencies[0])).toEqual(expect.arrayContaining(['code', 'name', 'workforce', 'active', 'coveragePercent', 'targetPercent', 'gapWorkers', 'gapRupiah', 'sources', 'compliance', 'planned', 'received']));
    const solokRow = report.regencies.find((r: { code: string }) => r.code === '13.11');
    expect(solokRow).toMatchObject({ workforce: 2_000, active: 100, coveragePercent: 5, targetPercent: 28.3, received: true });
    // Weighted: (100 + 300) ÷ (2.000 + 5.000) = 5,71 %.
    expect(report.total).toMatchObject({ reporting: 2, regencies: 19, workforce: 7_000, active: 400, coveragePercent: 5.71 });
    expect(report.missing).toHaveLength(17);

    const pdf = path.join(dir, 'provinsi.pdf');
    expect(await runCakap(['province-report', '--db', db, '--out', pdf, '--as-of', '2026-11-30'])).toMatchObject({ code: 0 });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('PEMERINTAH PROVINSI SUMATERA BARAT');
    expect(text).toContain('Laporan Capaian Universal Coverage Jamsostek');
    expect(text).toMatch(/Kabupaten Solok Selatan\s+2\.000\s+100\s+5,00 %\s+28,30 %/);
    expect(text).toContain('2 dari 19 kabupaten/kota mengirim paket untuk November 2026');
    const xlsx = path.join(dir, 'provinsi.xlsx');
    expect(await runCakap(['province-report', '--db', db, '--out', xlsx])).toMatchObject({ code: 0 });
    expect(fs.statSync(xlsx).size).toBeGreaterThan(5_000);
    for (const core of [solok, padang, riau, solokAgain]) core.close();
  });

  it('a regency database writes no province report, and a province database takes no worker list', async () => {
    const dir = tempDir();
    const solok = await regency(dir, '13.11', { workforce: 1_000, target: 28.3, funded: 1 });
    await expect(solok.invoke('province.report', {})).rejects.toThrow('laporan provinsi dibuat di basis data provinsi');
    // A regency's database with figures never becomes the province's; a new one (the default regency loaded, nothing else) does.
    await expect(solok.invoke('province.setup', { code: '13' })).rejects.toThrow('buat basis data baru untuk provinsi');
    solok.close();
    const fresh = await createCore({ dbPath: path.join(dir, 'baru.sqlite'), defaultRegency: '13.11', dailyBackup: false });
    expect(await fresh.invoke('province.setup', { code: '13' })).toEqual({ code: '13', name: 'Sumatera Barat' });
    expect(await fresh.invoke('settings.get', {})).toMatchObject({ mode: 'province', regencyCode: null, provinceCode: '13' });
    expect((await fresh.invoke('province.status', {})).regencies).toHaveLength(19);
    fresh.close();
    const db = path.join(dir, 'provinsi.sqlite');
    await runCakap(['init', '--db', db, '--province', '13']);
    const list = await writeXlsx(path.join(dir, 'daftar.xlsx'), [{ name: 'Data', rows: [['NIK', 'Nama'], [nik({ day: 1, month: 1, year: 1980, seq: 1 }), 'Budi']] }]);
    const imported = await runCakap(['import', '--db', db, list]);
    expect(imported.code).toBe(2);
    expect(await runCakap(['init', '--db', db, '--regency', '13.11'])).toMatchObject({ code: 2, stderr: expect.stringContaining('milik Sumatera Barat') });
    expect((await runCakap(['init', '--db', path.join(dir, 'x.sqlite'), '--province', '99'])).stderr).toContain('Kode provinsi "99" tidak dikenal');
  });
});
