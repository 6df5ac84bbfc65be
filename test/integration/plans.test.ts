import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { writeRecap } from '../../electron/demo/lists';
import { planInputs } from '../../electron/core/features/plans/inputs';
import { complianceGap } from '../../electron/core/features/compliance/gap';
import { writeBpjsEmployers, writeBpjsProjects, writeOssList, writePackages, writeWlkpCsv } from '../helpers/complianceLists';
import type { PlanScenarioInput } from '../../shared/contract/plans';
import { runCakap } from '../helpers/cli';
import { fileId, newCore } from '../helpers/core';
import { pdfInfo, pdfText } from '../helpers/pdf';
import { writeXlsx } from '../helpers/spreadsheets';
import { tempDir } from '../helpers/temp';
import { importList, nik } from '../helpers/workerLists';
import { queryDatabase } from '../helpers/db';

/**
 * A small Solok Selatan: 6.000 workers in Sangir and 4.000 in Sungai Pagu for 2027 with a 30 % target,
 * twelve beneficiaries in Lubuk Gadang (Sangir) on an APBD programme for 2026, eight in Pasir Talang
 * (Sungai Pagu) on the province's, two of the Lubuk Gadang ones also on a DBH Sawit programme that
 * runs into June 2027, and (unless asked otherwise) BPJS's November 2026 recap: 1.500 + 500 active.
 */
async function smallRegency(options: { recap?: boolean; dir?: string } = {}) {
  const dir = options.dir ?? tempDir();
  const core = await newCore({ dir });
  await core.invoke('workforce.save', {
    year: 2027,
    source: 'BPS, Sakernas',
    entries: [
      { areaCode: '13.11.01', count: 6_000 },
      { areaCode: '13.11.02', count: 4_000 },
    ],
  });
  await core.invoke('targets.set', { year: 2027, percent: 30 });
  const rows: unknown[][] = [['NIK', 'Nama', 'Nagari', 'Pekerjaan']];
  for (let i = 1; i <= 20; i++) rows.push([nik({ day: i, month: 5, year: 1980, seq: i }), `Pekerja ${i}`, i <= 12 ? 'Lubuk Gadang' : 'Pasir Talang', 'Petani']);
  await importList(core, await writeXlsx(path.join(dir, 'daftar.xlsx'), [{ name: 'Data', rows: rows as never }]));
  const niks = rows.slice(1).map((r) => r[0] as string);
  const program = (name: string, source: 'apbd_kabupaten' | 'apbd_provinsi' | 'dbh_sawit', from: string, to: string) =>
    core.invoke('programs.create', { name, source, year: 2026, budget: 100_000_000, from, to });
  const apbd = await program('Rentan APBD 2026', 'apbd_kabupaten', '2026-01', '2026-12');
  const provinsi = await program('Rentan Provinsi 2026', 'apbd_provinsi', '2026-01', '2026-12');
  const sawit = await program('Sawit Juli 2026 - Juni 2027', 'dbh_sawit', '2026-07', '2027-06');
  await core.invoke('enrollments.add', { programId: apbd.id, niks: niks.slice(0, 12) });
  await core.invoke('enrollments.add', { programId: provinsi.id, niks: niks.slice(12) });
  await core.invoke('enrollments.add', { programId: sawit.id, niks: niks.slice(0, 2), doubleFundingReason: 'JHT dari DBH Sawit' });
  if (options.recap !== false) {
    const recap = path.join(dir, 'rekap-2026-11.xlsx');
    await writeRecap(recap, '2026-11', [
      { district: 'Sangir', PU: 1_000, BPU: 450, JAKON: 40, PMI: 10 },
      { district: 'Sungai Pagu', PU: 300, BPU: 180, JAKON: 15, PMI: 5 },
    ]);
    await core.invoke('bpjs.import', { jobId: crypto.randomUUID(), fileId: fileId(core, recap) });
  }
  return { core, dir, apbd, provinsi, sawit, dbPath: path.join(dir, 'cakap.sqlite') };
}

const scenario = (overrides: Partial<PlanScenarioInput> = {}): PlanScenarioInput => ({
  name: 'Rencana 2027',
  year: 2027,
  asOf: '2026-11-30',
  programs: [],
  ...overrides,
});

describe('a plan for next year, from the database', () => {
  it('starts from November’s BPJS recap; the beneficiaries whose programs end in December leave unless renewed, and renewing costs their source', async () => {
    const { core, provinsi } = await smallRegency();
    const plan = await core.invoke('plans.compute', { scenario: scenario() });
    expect(plan).toMatchObject({ baseline: 2_000, baselineBasis: 'bpjs_recap', recapMonth: '2026-11', workforce: 10_000, targetPercent: 30, targetWorkers: 3_000 });
    // 12 + 8 end in December 2026; the two also paid by DBH Sawit until June 2027 stay.
    expect(plan).toMatchObject({ ending: 18, renewed: 0, leavers: 18, projectedActive: 1_982, remainingGapWorkers: 1_018 });
    expect(plan.perKecamatan.map((d) => [d.name, d.baseline, d.leavers])).toEqual([
      ['Sangir', 1_500, 10],
      ['Sungai Pagu', 500, 8],
      ...plan.perKecamatan.slice(2).map((d) => [d.name, 0, 0]),
    ]);
    expect(plan.perNagari.map((n) => [n.name, n.leavers])).toEqual([
      ['Lubuk Gadang', 10],
      ['Pasir Talang', 8],
    ]);

    const renewed = await core.invoke('plans.compute', { scenario: scenario({ renew: [provinsi.id] }) });
    expect(renewed).toMatchObject({ ending: 18, renewed: 8, leavers: 10, projectedActive: 1_990 });
    // 8 × Rp 16.800 × 12 = Rp 1.612.800 from the province.
    expect(renewed.lines).toEqual([expect.objectContaining({ kind: 'renewal', programId: provinsi.id, source: 'apbd_provinsi', workers: 8, cost: 1_612_800 })]);
    expect(renewed.perNagari.find((n) => n.name === 'Pasir Talang')).toMatchObject({ leavers: 0, renewed: 8 });
  });

  it('funds two nagari from their own budget and APBD for the rest: nagari workers land in their kecamatan, the rest where the uncovered are', async () => {
    const { core } = await smallRegency();
    const plan = await core.invoke('plans.compute', {
      scenario: scenario({
        programs: [
          { source: 'APBD Kabupaten', budget: 100_000_000 },
          { source: 'apb_nagari', perNagari: { 'Lubuk Gadang': 5_000_000, 'PASIR TALANG': 3_000_000 } },
        ],
      }),
    });
    // 100.000.000 / 201.600 = 496; 5.000.000 / 201.600 = 24; 3.000.000 / 201.600 = 14.
    expect(plan.lines.map((l) => [l.label, l.workers, l.cost])).toEqual([
      ['APBD Kabupaten', 496, 99_993_600],
      ['APB Nagari', 38, 7_660_800],
    ]);
    const [sangir, pagu] = plan.perKecamatan;
    expect(sangir!.bySource.apb_nagari).toBe(24);
    expect(pagu!.bySource.apb_nagari).toBe(14);
    // Uncovered: Sangir 1.800 − (1.500 − 10 + 24) = 286, Sungai Pagu 1.200 − (500 − 8 + 14) = 694; others have no workforce.
    // 496 × 286/980 = 144,75 and 496 × 694/980 = 351,25 -> 144 + 351, the last one to Sangir.
    expect(sangir!.bySource.apbd_kabupaten).toBe(145);
    expect(pagu!.bySource.apbd_kabupaten).toBe(351);
    expect(plan.projectedActive).toBe(2_000 - 18 + 496 + 38);
    expect(plan.perNagari.find((n) => n.name === 'Lubuk Gadang')!.lines).toEqual([
      { source: 'apb_nagari', label: 'APB Nagari', budget: 5_000_000, workers: 24, cost: 4_838_400 },
    ]);
  });

  it('without a BPJS recap the baseline is the worker data, and the plan says so', async () => {
    const { core } = await smallRegency({ recap: false });
    const plan = await core.invoke('plans.compute', { scenario: scenario() });
    expect(plan).toMatchObject({ baseline: 20, baselineBasis: 'worker_data', recapMonth: null, leavers: 18 });
    expect(plan.notes[0]).toContain('Belum ada rekap BPJS sampai November 2026');
  });

  it('follows the data: a recap imported after a first computation changes the next one', async () => {
    const { core, dir } = await smallRegency({ recap: false });
    expect((await core.invoke('plans.compute', { scenario: scenario() })).baseline).toBe(20);
    // Saving or exporting a plan changes no figure: what was loaded is kept (the page stays fast after a save).
    const loaded = planInputs(core.context.store, '2026-11-30', 2027);
    await core.invoke('plans.save', { scenario: scenario() });
    await core.invoke('plans.export', { scenario: scenario(), format: 'json' });
    expect(planInputs(core.context.store, '2026-11-30', 2027)).toBe(loaded);
    const recap = path.join(dir, 'rekap.xlsx');
    await writeRecap(recap, '2026-10', [{ district: 'Sangir', PU: 10, BPU: 20, JAKON: 0, PMI: 0 }]);
    await core.invoke('bpjs.import', { jobId: crypto.randomUUID(), fileId: fileId(core, recap) });
    expect((await core.invoke('plans.compute', { scenario: scenario() })).baseline).toBe(30);
  });

  it('employers and construction come in from the compliance lists imported through their own doors, at no cost, landing where the compliance figures put them', async () => {
    const { core, dir } = await smallRegency();
    const before = await core.invoke('plans.compute', { scenario: scenario({ employerShare: 0.5, constructionShare: 0.5 }) });
    expect(before.compliance).toBeNull();
    const importEmployers = async (file: string) => core.invoke('compliance.importEmployers', { jobId: crypto.randomUUID(), fileId: fileId(core, file) });
    const importProjects = async (file: string) => core.invoke('compliance.importProjects', { jobId: crypto.randomUUID(), fileId: fileId(core, file) });
    await importEmployers(await writeOssList(dir));
    await importEmployers(writeWlkpCsv(dir));
    await importEmployers(writeBpjsEmployers(dir));
    await importProjects(await writePackages(dir));
    await importProjects(writeBpjsProjects(dir));

    const gap = complianceGap(core.context.store, '2026-11-30');
    expect(gap.uncoveredWageWorkers).toBeGreaterThan(0);
    const plan = await core.invoke('plans.compute', { scenario: scenario({ employerShare: 0.5, constructionShare: 0.5 }) });
    expect(plan.compliance).toEqual({ asOf: '2026-11-30', uncoveredWageWorkers: gap.uncoveredWageWorkers, unregisteredProjectWorkers: gap.unregisteredProjectWorkers });
    const employer = plan.lines.find((l) => l.kind === 'employer')!;
    const construction = plan.lines.find((l) => l.kind === 'construction')!;
    expect(employer).toMatchObject({ shareOf: gap.uncoveredWageWorkers, workers: Math.round(0.5 * gap.uncoveredWageWorkers), cost: 0 });
    expect(construction).toMatchObject({ shareOf: gap.unregisteredProjectWorkers, workers: Math.round(0.5 * gap.unregisteredProjectWorkers), cost: 0 });
    expect(plan.projectedActive).toBe(2_000 - 18 + employer.workers + construction.workers);
    // Per kecamatan, the employer line follows the compliance figures: a kecamatan with no uncovered wage workers gets none.
    const landed = new Map(plan.perKecamatan.map((d) => [d.code, d.bySource.employer ?? 0]));
    expect([...landed.values()].reduce((a, b) => a + b, 0)).toBe(employer.workers);
    for (const d of gap.byDistrict) if (d.uncoveredWageWorkers === 0) expect(landed.get(d.code) ?? 0).toBe(0);
    const most = [...gap.byDistrict].sort((a, b) => b.uncoveredWageWorkers - a.uncoveredWageWorkers)[0]!;
    expect(landed.get(most.code)).toBe(Math.max(...landed.values()));
    expect(plan.costBySource.find((s) => s.source === 'employer')).toMatchObject({ cost: 0, workers: employer.workers });

    // The cheapest mix takes them first, at the largest share the officer expects.
    const mix = await core.invoke('plans.cheapest', { scenario: scenario(), limits: [{ source: 'apbd_kabupaten', maxBudget: 1_000_000_000 }], employerShareMax: 1, constructionShareMax: 1 });
    const free = gap.uncoveredWageWorkers + gap.unregisteredProjectWorkers;
    expect(mix.scenario).toMatchObject({ employerShare: 1, constructionShare: 1 });
    expect(mix.scenario.programs).toEqual([{ source: 'apbd_kabupaten', budget: (1_018 - free) * 201_600 }]);
    expect(mix.result.remainingGapWorkers).toBe(0);
  });

  it('proposes the cheapest mix within the limits, reaching the target, or says plainly that the limits are not enough', async () => {
    const { core } = await smallRegency();
    const mix = await core.invoke('plans.cheapest', {
      scenario: scenario(),
      limits: [
        { source: 'apbd_kabupaten', maxBudget: 1_000_000_000 },
        { source: 'csr', maxBudget: 20_160_000 },
      ],
    });
    // 3.000 − 1.982 = 1.018 needed: CSR first (same cost, not the regency's money): 100; APBD the other 918.
    expect(mix.reachable).toBe(true);
    expect(mix.scenario.programs).toEqual([
      { source: 'csr', budget: 20_160_000 },
      { source: 'apbd_kabupaten', budget: 918 * 201_600 },
    ]);
    expect(mix.result).toMatchObject({ projectedActive: 3_000, remainingGapWorkers: 0, targetReached: true, totalCost: 1_018 * 201_600 });

    const short = await core.invoke('plans.cheapest', { scenario: scenario(), limits: [{ source: 'csr', maxBudget: 20_160_000 }] });
    expect(short.reachable).toBe(false);
    expect(short.result.remainingGapWorkers).toBe(918);
    expect(short.explanation.at(-1)).toContain('Target tidak tercapai dengan batas yang diberikan: masih kurang 918 pekerja');
  });

  it('saves, marks one as chosen, refuses a second plan of the same name, deletes, and keeps each step in the audit log', async () => {
    const { core } = await smallRegency();
    const first = await core.invoke('plans.save', { scenario: scenario({ programs: [{ source: 'apbd_kabupaten', budget: 50_000_000 }] }) });
    const second = await core.invoke('plans.save', { scenario: scenario({ name: 'Rencana hemat 2027' }) });
    expect(first.result!.lines[0]!.workers).toBe(248);
    await expect(core.invoke('plans.save', { scenario: scenario({ name: 'RENCANA 2027' }) })).rejects.toThrow(`Nama rencana "RENCANA 2027" sudah dipakai rencana #${first.id}`);
    await core.invoke('plans.choose', { id: first.id });
    await core.invoke('plans.choose', { id: second.id });
    const list = await core.invoke('plans.list', {});
    expect(list.map((p) => [p.name, p.chosen])).toEqual(
      expect.arrayContaining([
        ['Rencana 2027', false],
        ['Rencana hemat 2027', true],
      ]),
    );
    const updated = await core.invoke('plans.save', { id: first.id, scenario: scenario({ programs: [{ source: 'apbd_kabupaten', workers: 300 }] }) });
    expect(updated.result!.lines[0]).toMatchObject({ workers: 300, cost: 300 * 201_600 });
    await core.invoke('plans.delete', { id: first.id });
    await expect(core.invoke('plans.get', { id: first.id })).rejects.toThrow('tidak ditemukan');
    const audit = (await core.invoke('audit.list', { pageSize: 20 })).entries.map((r) => r.description);
    expect(audit).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Menyimpan rencana baru #\d+ "Rencana 2027" tahun 2027 \(proyeksi cakupan 22,30 %\)$/),
        `Menandai rencana #${second.id} "Rencana hemat 2027" sebagai rencana terpilih`,
        `Mengubah rencana #${first.id} "Rencana 2027" tahun 2027 (proyeksi cakupan 22,82 %)`,
        `Menghapus rencana #${first.id} "Rencana 2027"`,
      ]),
    );
  });

  it('exports the plan as a PDF on the letterhead with its arithmetic and a Perbup lampiran, as Excel with the same tables, and as JSON', async () => {
    const { core, dir, provinsi } = await smallRegency();
    const saved = await core.invoke('plans.save', {
      scenario: scenario({ renew: [provinsi.id], programs: [{ source: 'apbd_kabupaten', budget: 100_000_000 }, { source: 'apb_nagari', perNagari: { 'Lubuk Gadang': 5_000_000 } }] }),
    });
    const pdf = await core.invoke('plans.export', { id: saved.id, format: 'pdf' });
    const pdfFile = core.context.files.resolve(pdf.fileId).path;
    const text = pdfText(pdfFile);
    expect(pdf.name).toBe('rencana-ucj-solok-selatan-2027-rencana-2027.pdf');
    expect(pdfInfo(pdfFile).title).toContain('Rencana Perluasan Cakupan Jaminan Sosial Ketenagakerjaan Kabupaten Solok Selatan 2027');
    expect(text).toContain('Rencana Perluasan Cakupan Jaminan Sosial Ketenagakerjaan Tahun 2027');
    expect(text).toMatch(/APBD Kabupaten\s+Rp 100.000.000 ÷ \(Rp 16.800 × 12 bulan\) = 496,03,\s+\+496/);
    expect(text).toMatch(/Proyeksi peserta aktif\s+2.000 − 10 \+ 496 \+ 24\s+2.510/);
    expect(text).toContain('PERATURAN BUPATI SOLOK SELATAN');
    expect(text).toContain('Lampiran I. Alokasi per sumber dana dan kecamatan');
    expect(text).toMatch(/Lubuk Gadang\s+Sangir\s+APB Nagari\s+Rp 5.000.000\s+24\s+Rp 4.838.400\s+10\s+0/);
    expect(text).toContain(`Halaman 1 dari ${pdfInfo(pdfFile).pages}`);

    const xlsx = await core.invoke('plans.export', { id: saved.id, format: 'xlsx' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(core.context.files.resolve(xlsx.fileId).path);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Ringkasan',
      'Perhitungan',
      'Baris rencana',
      'Per sumber dana',
      'Per kecamatan',
      'Lampiran per sumber',
      'Lampiran per nagari',
    ]);
    for (const sheet of workbook.worksheets) {
      expect(sheet.pageSetup, sheet.name).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
      expect(sheet.headerFooter.oddFooter).toContain('Halaman &P dari &N');
    }
    const lines = workbook.getWorksheet('Baris rencana')!;
    expect(lines.getRow(2).values).toEqual(expect.arrayContaining(['APBD Kabupaten', 100_000_000, 496, 99_993_600]));

    const json = await core.invoke('plans.export', { id: saved.id, format: 'json' });
    const data = JSON.parse(fs.readFileSync(core.context.files.resolve(json.fileId).path, 'utf8'));
    expect(data).toMatchObject({ id: saved.id, baseline: 2_000, leavers: 10, projectedActive: 2_510, remainingGapWorkers: 490 });
    expect(dir).toBeTruthy();
    const audit = (await core.invoke('audit.list', { pageSize: 5 })).entries.map((r) => r.description);
    expect(audit[0]).toBe(`Mengekspor rencana #${saved.id} "Rencana 2027" tahun 2027 sebagai JSON`);

    // Marked as chosen, it is the leadership report's last section, in the PDF, the workbook and the JSON.
    await core.invoke('plans.choose', { id: saved.id });
    const report = await core.invoke('report.export', { format: 'pdf', asOf: '2026-11-30' });
    const reportText = pdfText(core.context.files.resolve(report.fileId).path);
    expect(reportText).toContain('7. Rencana terpilih 2027: Rencana 2027');
    expect(reportText).toMatch(/Proyeksi peserta aktif 2027\s+2.510\s+Rp 106.444.800/);
    expect(reportText.indexOf('7. Rencana terpilih')).toBeGreaterThan(reportText.indexOf('6. Kualitas data'));
    const reportJson = await core.invoke('report.export', { format: 'json', asOf: '2026-11-30' });
    expect(JSON.parse(fs.readFileSync(core.context.files.resolve(reportJson.fileId).path, 'utf8')).chosenPlan).toMatchObject({
      id: saved.id,
      name: 'Rencana 2027',
      result: { projectedActive: 2_510, totalCost: 106_444_800 },
    });
    const reportXlsx = await core.invoke('report.export', { format: 'xlsx', asOf: '2026-11-30' });
    const reportBook = new ExcelJS.Workbook();
    await reportBook.xlsx.readFile(core.context.files.resolve(reportXlsx.fileId).path);
    expect(reportBook.worksheets.at(-1)!.name).toBe('Rencana terpilih');
    await core.invoke('plans.choose', { id: saved.id, chosen: false });
    expect((await core.invoke('report.coverage', { asOf: '2026-11-30' })).chosenPlan).toBeNull();
  });

  it('a name pasted with a NUL, a right-to-left override and an emoji is saved and printed as it reads', async () => {
    const { core } = await smallRegency();
    // The override would print "Rencana 7202" as "Rencana 2027" while the data says 7202.
    const saved = await core.invoke('plans.save', { scenario: scenario({ name: 'Rencana\u0000 \u202E7202\u202C APBD \u{1F3AF}\uFE0F' }) });
    expect(saved.name).toBe('Rencana 7202 APBD');
    const office = await core.invoke('office.set', {
      governmentLine: 'PEMERINTAH \u2067KABUPATEN\u2069 SOLOK SELATAN',
      officeName: 'DINAS TENAGA KERJA\u200F',
      address: 'Jl. Raya Padang Aro\u0007\nTelp. (0755) 123',
      contact: '',
      signer: { place: 'Padang Aro', title: 'Kepala Dinas', name: 'H. Budi\u202D Santoso 😀', rank: '', nip: '' },
    });
    expect([office.governmentLine, office.officeName, office.address, office.signer.name]).toEqual(['PEMERINTAH KABUPATEN SOLOK SELATAN', 'DINAS TENAGA KERJA', 'Jl. Raya Padang Aro\nTelp. (0755) 123', 'H. Budi Santoso']);
    const pdf = core.context.files.resolve((await core.invoke('plans.export', { id: saved.id, format: 'pdf' })).fileId).path;
    // pdftotext separates pages with a form feed; any other control character would be the document's.
    const text = pdfText(pdf);
    expect(text).toContain('Rencana 7202 APBD');
    expect(text).toContain('PEMERINTAH KABUPATEN SOLOK SELATAN');
    expect(text).toContain('H. Budi Santoso');
    // eslint-disable-next-line no-control-regex -- control characters are what this looks for
    expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000E-\u001F\u200E\u200F\u202A-\u202E\u2066-\u2069]|\p{Extended_Pictographic}/u);
    expect(pdfInfo(pdf).title).toContain('Rencana 7202 APBD');
  });

  it('reads each nagari’s amount from a sheet with title rows and explains every row it cannot take', async () => {
    const { core, dir } = await smallRegency();
    const file = await writeXlsx(path.join(dir, 'apb-nagari.xlsx'), [
      {
        name: 'Anggaran',
        rows: [
          ['ALOKASI IURAN BPJS KETENAGAKERJAAN DARI APB NAGARI 2027'],
          [],
          ['No', 'Nama Nagari', 'Kecamatan', 'Anggaran (Rp)'],
          [1, 'Lubuk Gadang', 'Sangir', 'Rp 12.000.000,-'],
          [2, 'Pasir Talang', 'Sungai Pagu', 8_400_000],
          [3, 'Nagari Entah', 'Sangir', 5_000_000],
          [4, 'Koto Baru', 'Sungai Pagu', 'dua juta'],
          [5, 'Lubuk Gadang', 'Sangir', 1_000_000],
          [6, 'Lb. Gadang Timur', 'Sangir', '2.500.000'],
          ['', 'Jumlah', '', 28_900_000],
        ],
      },
    ]);
    const read = await core.invoke('plans.readNagariSheet', { fileId: fileId(core, file) });
    expect(read.entries.map((e) => [e.name, e.districtName, e.budget, e.row])).toEqual([
      ['Lubuk Gadang', 'Sangir', 12_000_000, 4],
      ['Pasir Talang', 'Sungai Pagu', 8_400_000, 5],
      ['Lubuk Gadang Timur', 'Sangir', 2_500_000, 9],
    ]);
    expect(read.rejected).toEqual([
      { row: 6, message: expect.stringContaining('Baris 6: nagari "Nagari Entah" tidak dikenal.') },
      { row: 7, message: 'Baris 7: Anggaran Koto Baru "dua juta" tidak terbaca sebagai rupiah; tulis seperti 1.250.000.000, Rp 750 juta atau 1,25 M.' },
      { row: 8, message: 'Baris 8: Nagari Lubuk Gadang sudah ada di baris 4.' },
    ]);
    expect(read.notes).toContain('Baris 9: "Lb. Gadang Timur" dibaca sebagai Nagari Lubuk Gadang Timur.');
    await expect(
      core.invoke('plans.readNagariSheet', { fileId: fileId(core, await writeXlsx(path.join(dir, 'lain.xlsx'), [{ name: 'x', rows: [['NIK', 'Nama'], ['1', 'A']] }])) }),
    ).rejects.toThrow('tidak berisi daftar anggaran per nagari');
  });
});

describe('cakap plan', () => {
  it('computes and saves a scenario file, prints every figure as plain numbers with --json, and writes the PDF', async () => {
    const { core, dbPath, dir, provinsi } = await smallRegency();
    const file = path.join(dir, 'skenario.json');
    fs.writeFileSync(
      file,
      JSON.stringify({
        name: 'Perbup 2027',
        year: 2027,
        asOf: '2026-11-30',
        targetPercent: 25,
        months: 12,
        programs: [{ source: 'apbd_kabupaten', budget: 100_000_000 }, { source: 'apb_nagari', perNagari: { 'Lubuk Gadang': 5_000_000 } }, { source: 'csr', workers: 10, premium: 20_000 }],
        employerShare: 0.2,
        constructionShare: 0.1,
        renew: [provinsi.id],
      }),
    );
    const out = path.join(dir, 'perbup.pdf');
    const run = await runCakap(['plan', '--db', dbPath, file, '--json', '--out', out]);
    expect(run.stderr).toContain('Rencana ditulis:');
    expect(run.code).toBe(0);
    const data = JSON.parse(run.stdout);
    expect(data).toMatchObject({
      name: 'Perbup 2027',
      baseline: 2_000,
      leavers: 10,
      projectedActive: 2_000 - 10 + 496 + 24 + 10,
      targetPercent: 25,
      targetWorkers: 2_500,
      remainingGapWorkers: 0,
      remainingGapRupiah: 0,
    });
    expect(data.projectedCoverage).toBe(25.2);
    expect(data.lines.map((l: { label: string; workers: number; cost: number }) => [l.label, l.workers, l.cost])).toEqual([
      ['APBD Kabupaten', 496, 99_993_600],
      ['APB Nagari', 24, 4_838_400],
      ['CSR', 10, 2_400_000],
      // No compliance figures in this database yet: the shares give 0, and the plan says why.
      ['Pemberi kerja (penerima upah)', 0, 0],
      ['Proyek jasa konstruksi', 0, 0],
      ['Perpanjangan: Rentan Provinsi 2026', 8, 1_612_800],
    ]);
    expect(data.notes).toContain('Belum ada data kepatuhan pemberi kerja dan proyek konstruksi, sehingga baris pemberi kerja dan konstruksi bernilai 0. Impor daftarnya di halaman Kepatuhan.');
    expect(data.perKecamatan[0]).toMatchObject({ name: 'Sangir', baseline: 1_500, leavers: 10 });
    expect(data.perNagari[0]).toMatchObject({ name: 'Lubuk Gadang', workers: 24, cost: 4_838_400 });
    expect(fs.existsSync(out)).toBe(true);
    expect(pdfText(out)).toContain('Perbup 2027');
    expect((await core.invoke('plans.list', {})).map((p) => p.name)).toEqual(['Perbup 2027']);

    // Run again with another budget: the same plan is updated, not duplicated.
    fs.writeFileSync(file, JSON.stringify({ name: 'Perbup 2027', year: 2027, asOf: '2026-11-30', programs: [{ source: 'apbd_kabupaten', budget: 1_000_000 }] }));
    const again = await runCakap(['plan', '--db', dbPath, file]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`Rencana #${data.id} "Perbup 2027" tahun 2027 diperbarui.`);
    expect((await core.invoke('plans.list', {})).length).toBe(1);
  });

  it('bad input: one Indonesian sentence, exit 2, nothing saved', async () => {
    const { core, dbPath, dir } = await smallRegency();
    await core.invoke('workforce.save', { year: 2028, entries: [{ areaCode: '13.11.01', count: 6_100 }] });
    const base = { name: 'Salah', year: 2027, asOf: '2026-11-30', programs: [] as unknown[] };
    const count = () => queryDatabase(core.context.dbPath, 'SELECT (SELECT COUNT(*) FROM plans) AS plans, (SELECT COUNT(*) FROM audit_log) AS audit')[0];
    const before = count();
    // Every door refuses the same way; the core's answer is the sentence the CLI prints.
    const cases: [unknown, string][] = [
      [{ ...base, year: 2029 }, 'Penduduk bekerja tahun 2029 belum ada'],
      [{ ...base, year: 2028 }, 'Target UCJ tahun 2028 belum ditetapkan'],
      [{ ...base, programs: [{ source: 'apbd_kabupaten', budget: -5 }] }, 'Anggaran tidak boleh negatif.'],
      [{ ...base, programs: [{ source: 'apbd_kabupaten', budget: 50_000_000_000_000 }] }, 'Anggaran tidak masuk akal (lebih dari Rp 10 triliun).'],
      [{ ...base, programs: [{ source: 'apbd_kabupaten', budget: 9_000_000_000 }] }, 'melebihi seluruh penduduk bekerja tahun 2027 (10.000)'],
      [{ ...base, premium: 0 }, 'Iuran per pekerja per bulan harus lebih dari 0.'],
      [{ ...base, programs: [{ source: 'apbn', budget: 1 }] }, 'Sumber dana "apbn" tidak dikenal; pilih salah satu: apbd_kabupaten, apbd_provinsi, dbh_sawit, apb_nagari, csr, other.'],
      [{ ...base, programs: [{ source: 'apb_nagari', perNagari: { 'Nagari Entah': 1_000_000 } }] }, 'Nagari "Nagari Entah" tidak dikenal di Kabupaten Solok Selatan'],
      [{ ...base, months: 13 }, 'Jumlah bulan harus antara 1 dan 12.'],
      [{ ...base, programs: [{ source: 'csr', workers: 5, months: 0 }] }, 'Jumlah bulan harus antara 1 dan 12.'],
      [{ ...base, employerShare: 30 }, 'employerShare harus antara 0 dan 1 (tulis 0,3 untuk 30 %).'],
      [{ ...base, renew: [999] }, 'Program #999 pada renew tidak ada'],
      [{ ...base, programs: [{ source: 'csr', budget: 1, workers: 1 }] }, 'diisi dengan salah satu saja'],
      [{ ...base, asOf: '2026-02-30' }, 'Tanggal keadaan (asOf) bukan tanggal yang ada.'],
      [{ ...base, asOf: '2028-01-31' }, 'Tanggal keadaan (asOf) tidak boleh sesudah tahun rencana.'],
    ];
    for (const [content, message] of cases) {
      await expect(core.invoke('plans.save', { scenario: content as PlanScenarioInput }), message).rejects.toThrow(message);
    }
    expect(count()).toEqual(before);

    // Through the command line: exit 2, one line on stderr, nothing on stdout, no file written.
    const cli: [unknown, string][] = [cases[0]!, cases[6]!, cases[7]!, [{ ...base, budjet: 1 }, 'budjet']];
    for (const [content, message] of cli) {
      const file = path.join(dir, 'salah.json');
      fs.writeFileSync(file, JSON.stringify(content));
      const run = await runCakap(['plan', '--db', dbPath, file, '--out', path.join(dir, 'salah.pdf')]);
      expect(run.code, message).toBe(2);
      expect(run.stderr.trim().split('\n'), message).toHaveLength(1);
      expect(run.stderr, JSON.stringify(content)).toContain(message);
      expect(run.stdout).toBe('');
    }
    fs.writeFileSync(path.join(dir, 'rusak.json'), '{"name": "x",');
    const broken = await runCakap(['plan', '--db', dbPath, path.join(dir, 'rusak.json')]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('bukan JSON yang sah');
    expect(count()).toEqual(before);
    expect(fs.existsSync(path.join(dir, 'salah.pdf'))).toBe(false);
  }, 180_000);
});
