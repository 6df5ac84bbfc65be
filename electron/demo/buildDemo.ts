import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { monthFromIndex, monthIndex } from '../../shared/domain/months';
import type { Input } from '../../shared/contract';
import type { Core } from '../core/app/core';
import { createCore } from '../core/app/core';
import { writeDemoComplianceLists } from './complianceLists';
import { demoFinance } from './financeLists';
import type { DemoBuilder } from '../core/platform/context';
import { DEMO_FILE, DEMO_MARKER, demoAsOf, type DemoMarker } from '../core/app/demo/marker';
import { demoLogoFile } from './logo';
import { makeWorker, writeAgencyCsv, writeDistrictList, writeMemberList, writeRecap, type DemoWorker } from './lists';
import { Random } from './people';

/**
 * `cakap demo`: a realistic synthetic Solok Selatan built through the real doors: messy nagari
 * lists imported by the importer, programs and enrolments with their checks, BPJS recaps for twelve
 * months and a participant list, employer and construction lists set beside BPJS's, then the
 * leadership report in PDF, Excel and JSON.
 * Everything is dated relative to today: the report is as of the end of last month.
 */

const WORKFORCE: Record<string, number> = {
  '13.11.01': 24_000,
  '13.11.02': 19_000,
  '13.11.03': 12_000,
  '13.11.04': 10_000,
  '13.11.05': 9_000,
  '13.11.06': 8_000,
  '13.11.07': 8_000,
};
const HEADLINE_PERCENT = 19.22;
/** How far each kecamatan is ahead of or behind the regency (palm-oil areas with employers lead). */
const DISTRICT_REACH: Record<string, number> = {
  '13.11.01': 1.12,
  '13.11.02': 1.08,
  '13.11.03': 0.92,
  '13.11.04': 0.86,
  '13.11.05': 0.97,
  '13.11.06': 0.9,
  '13.11.07': 0.78,
};

export interface DemoResult {
  dbPath: string;
  asOf: string;
  files: string[];
  workers: number;
  rejected: number;
  programs: number;
}

export interface DemoOptions {
  /** Write the leadership report files too (the CLI does; the app opens the database instead). */
  reports?: boolean;
  /** How far the build is, 0..1, for a progress bar. */
  onProgress?: (fraction: number) => void;
}

export async function buildDemo(outDir: string, log: (line: string) => void, today = new Date(), options: DemoOptions = {}): Promise<DemoResult> {
  const progress = options.onProgress ?? (() => {});
  fs.mkdirSync(outDir, { recursive: true });
  const dbPath = path.join(outDir, DEMO_FILE);
  for (const leftover of [DEMO_FILE, `${DEMO_FILE}-wal`, `${DEMO_FILE}-shm`, 'cadangan', 'daftar-masuk', 'data-bpjs', 'daftar-kepatuhan', 'tagihan-bpjs']) {
    fs.rmSync(path.join(outDir, leftover), { recursive: true, force: true });
  }
  const asOf = demoAsOf(today);
  const year = Number(asOf.slice(0, 4));
  const random = new Random(1311);
  const core = await createCore({ dbPath, defaultRegency: '13.11', actor: 'demo', dailyBackup: false });
  try {
    log(`Membangun data contoh Kabupaten Solok Selatan, keadaan per ${asOf}…`);
    core.context.store.settings.set(DEMO_MARKER, { builtAt: today.toISOString(), asOf } satisfies DemoMarker);
    progress(0.02);
    for (const y of [year - 1, year, year + 1]) {
      const factor = y === year ? 1 : y < year ? 0.985 : 1.015;
      await core.invoke('workforce.save', {
        year: y,
        source: y > year ? 'Proyeksi Bappeda dari Sakernas (angka contoh)' : 'BPS, Sakernas Agustus (angka contoh)',
        entries: Object.entries(WORKFORCE).map(([areaCode, count]) => ({ areaCode, count: Math.round(count * factor) })),
      });
    }
    await core.invoke('office.set', {
      governmentLine: 'PEMERINTAH KABUPATEN SOLOK SELATAN',
      officeName: 'DINAS TENAGA KERJA DAN TRANSMIGRASI',
      address: 'Jl. Raya Padang Aro – Muara Labuh, Komplek Perkantoran Bupati, Padang Aro',
      contact: 'Telp. (0755) 000000 · disnakertrans@contoh.go.id (alamat contoh)',
      signer: {
        place: 'Padang Aro',
        title: 'Kepala Dinas Tenaga Kerja dan Transmigrasi\nKabupaten Solok Selatan',
        name: 'Drs. AFRIZAL CHANIAGO, M.Si (nama contoh)',
        rank: 'Pembina Utama Muda (IV/c)',
        nip: '196805121994031005',
      },
    });
    // The demo's letterhead uses Cakap's own icon as a stand-in for the regency's coat of arms.
    const logo = demoLogoFile();
    if (!fs.existsSync(logo)) throw new Error(`Logo kop surat data contoh tidak ada di ${logo}; paket aplikasi tidak lengkap.`);
    await core.invoke('office.setLogo', { fileId: core.context.files.register(logo).fileId });
    await core.invoke('targets.set', { year: year - 1, percent: 25 });
    await core.invoke('targets.set', { year, percent: 28.3 });
    await core.invoke('targets.set', { year: year + 1, percent: 30.5 });

    // The lists the nagari and an agency sent, written as files and imported as an operator would.
    const tree = await core.invoke('regions.tree', {});
    const inbox = path.join(outDir, 'daftar-masuk');
    const all: DemoWorker[] = [];
    let seq = 1;
    let rejected = 0;
    for (const district of tree.districts) {
      const byVillage = new Map<string, DemoWorker[]>();
      for (const village of district.villages) {
        const count = random.int(90, 200);
        const workers = Array.from({ length: count }, () => makeWorker(random, district.code, district.name, village.name, seq++));
        byVillage.set(village.name, workers);
        all.push(...workers);
      }
      const file = path.join(inbox, `Kec ${district.name} - daftar pekerja rentan.xlsx`);
      await writeDistrictList(file, district.name, byVillage, random, year);
      const result = await importFile(core, file);
      rejected += result.rejected;
      log(`  ${path.basename(file)}: ${result.accepted} pekerja baru, ${result.rejected} baris ditolak.`);
      progress(0.05 + (0.5 * (tree.districts.indexOf(district) + 1)) / tree.districts.length);
    }
    const construction = Array.from({ length: 120 }, () => {
      const district = random.pick(tree.districts);
      const worker = makeWorker(random, district.code, district.name, random.pick(district.villages).name, seq++);
      return { ...worker, occupation: 'Tukang Bangunan' };
    });
    const csv = path.join(inbox, 'Dinas PUPR - pekerja konstruksi.csv');
    writeAgencyCsv(csv, construction);
    const fromAgency = await importFile(core, csv);
    rejected += fromAgency.rejected;
    all.push(...construction);
    log(`  ${path.basename(csv)}: ${fromAgency.accepted} pekerja baru.`);
    progress(0.58);

    // Funding programs and their beneficiaries.
    const districtsByName = new Map(tree.districts.map((d) => [d.name, d]));
    const program = (input: Input<'programs.create'>) => core.invoke('programs.create', input);
    const rentan = await program({
      name: `Perlindungan Pekerja Rentan APBD ${year}`,
      source: 'apbd_kabupaten',
      year,
      budget: 5_000_000_000,
      from: `${year}-01`,
      to: `${year}-12`,
      quota: 4_000,
      agency: 'Dinas Tenaga Kerja dan Transmigrasi',
      minAge: 15,
      maxAge: 65,
    });
    for (const name of ['Sangir', 'Sungai Pagu', 'Koto Parik Gadang Diateh', 'Sangir Jujuan']) {
      for (const occupation of ['Petani', 'Buruh Tani', 'Pedagang', 'Buruh Harian Lepas', 'Tukang Ojek']) {
        await core.invoke('enrollments.add', { programId: rentan.id, filter: { districtCode: districtsByName.get(name)!.code, occupation } });
      }
    }
    const provinsi = await program({
      name: `Pekerja Rentan Provinsi Sumatera Barat ${year}`,
      source: 'apbd_provinsi',
      year,
      budget: 5_000_000_000,
      from: `${year}-01`,
      to: `${year}-12`,
      agency: 'Dinas Tenaga Kerja dan Transmigrasi Provinsi Sumatera Barat',
    });
    for (const name of ['Sangir Batang Hari', 'Pauh Duo', 'Sangir Balai Janggo']) {
      for (const occupation of ['Petani', 'Buruh Tani', 'Pedagang']) {
        await core.invoke('enrollments.add', { programId: provinsi.id, filter: { districtCode: districtsByName.get(name)!.code, occupation } });
      }
    }
    // DBH Sawit pays from March for the independent palm-oil workers; its budget is nearly spent.
    const sawit = await program({
      name: `Jaminan Sosial Pekebun Sawit (DBH Sawit) ${year}`,
      source: 'dbh_sawit',
      year,
      budget: 5_000_000_000,
      from: `${year}-03`,
      to: `${year}-12`,
      occupations: ['Petani Sawit', 'Buruh Kebun Sawit'],
      agency: 'Dinas Pertanian',
    });
    for (const occupation of ['Petani Sawit', 'Buruh Kebun Sawit']) {
      await core.invoke('enrollments.add', { programId: sawit.id, filter: { occupation } });
    }
    const nagariLg = await program({
      name: `Iuran Pekerja Rentan Nagari Lubuk Gadang ${year}`,
      source: 'apb_nagari',
      sourceDetail: 'Lubuk Gadang',
      year,
      budget: 30_000_000,
      from: `${year}-06`,
      to: `${year}-12`,
      agency: 'Pemerintah Nagari Lubuk Gadang',
    });
    const lubukGadang = districtsByName.get('Sangir')!.villages.find((v) => v.name === 'Lubuk Gadang')!.code;
    const nagari = await core.invoke('enrollments.add', { programId: nagariLg.id, filter: { villageCode: lubukGadang, occupation: 'Peternak' } });
    const doubleFunded = await core.invoke('enrollments.add', {
      programId: nagariLg.id,
      filter: { villageCode: lubukGadang, occupation: 'Pedagang' },
      doubleFundingReason: 'APB Nagari menanggung JHT; JKK dan JKM tetap dari APBD Kabupaten',
    });
    log(`  Program dibuat; APB Nagari Lubuk Gadang: ${nagari.enrolled + doubleFunded.enrolled} penerima (${doubleFunded.enrolled} dengan alasan pembiayaan ganda).`);

    // Budgets as offices set them: most of each spent, DBH Sawit nearly exhausted.
    for (const [p, used] of [[rentan, 0.82], [provinsi, 0.88], [sawit, 0.96], [nagariLg, 0.7]] as const) {
      const current = await core.invoke('programs.get', { id: p.id });
      const { id: _id, sourceLabel: _l, beneficiaries: _b, committed, remaining: _r, moreWorkersFundable: _m, usedPercent: _u, status: _s, ...input } = current;
      await core.invoke('programs.update', { id: p.id, program: { ...input, budget: Math.ceil(committed / used / 1_000_000) * 1_000_000 } });
    }

    // Some beneficiaries end early: died, moved, found a job with an employer.
    const ended = await core.invoke('enrollments.list', { programId: rentan.id, limit: 30 });
    for (const [i, e] of ended.rows.entries()) {
      const reason = (['meninggal', 'pindah', 'bekerja'] as const)[i % 3]!;
      await core.invoke('enrollments.end', { enrollmentId: e.id, lastMonth: `${year}-${String(3 + (i % 6)).padStart(2, '0')}`, reason });
    }

    progress(0.72);
    // BPJS: the participant list at the report date and twelve monthly recaps.
    const bpjsDir = path.join(outDir, 'data-bpjs');
    const enrolledNiks = new Set<string>();
    for (const p of [rentan, provinsi, sawit]) {
      for (let offset = 0; ; offset += 200) {
        const page = await core.invoke('enrollments.list', { programId: p.id, offset, limit: 200 });
        for (const r of page.rows) if (!r.endedReason) enrolledNiks.add(r.nik);
        if (offset + 200 >= page.total) break;
      }
    }
    const byNik = new Map(all.map((w) => [w.nik, w]));
    const members = [...enrolledNiks]
      .filter(() => random.next() < 0.93)
      .map((nik, i) => {
        const w = byNik.get(nik)!;
        return { nik, kpj: `25${String(10_000_000 + i).padStart(9, '0')}`, name: i % 97 === 0 ? `${w.name.split(' ')[0]} ${random.pick(['Wati', 'Sari', 'Putra'])}` : w.name, segment: 'BPU', active: true };
      });
    const employees = all.filter((w) => !enrolledNiks.has(w.nik)).slice(0, 25);
    for (const [i, w] of employees.entries()) members.push({ nik: w.nik, kpj: `26${String(20_000_000 + i).padStart(9, '0')}`, name: w.name, segment: 'PU', active: true });
    const memberFile = path.join(bpjsDir, `Peserta BPJS per ${asOf}.xlsx`);
    await writeMemberList(memberFile, asOf, members);
    await core.invoke('bpjs.import', { jobId: crypto.randomUUID(), fileId: core.context.files.register(memberFile).fileId });

    // A CSR program enrols after the participant list: wage-earners among its picks are flagged.
    const csr = await program({
      name: 'Kepedulian Pekerja Kebun PT Sawit Sejahtera Lestari',
      source: 'csr',
      sourceDetail: 'PT Sawit Sejahtera Lestari',
      year,
      budget: 1_000_000,
      from: `${year}-07`,
      to: `${year}-12`,
    });
    await core.invoke('enrollments.add', { programId: csr.id, niks: employees.slice(0, 6).map((w) => w.nik) });

    const endIndex = monthIndex(asOf.slice(0, 7));
    const total = Math.round((HEADLINE_PERCENT / 100) * Object.values(WORKFORCE).reduce((a, b) => a + b, 0));
    for (let k = 11; k >= 0; k--) {
      const month = monthFromIndex(endIndex - k);
      const monthTotal = Math.round(total * (1 - k * 0.0125));
      const rows = tree.districts.map((d) => {
        const share = (WORKFORCE[d.code]! / 90_000) * (DISTRICT_REACH[d.code] ?? 1);
        return { district: d.name, share };
      });
      const norm = rows.reduce((n, r) => n + r.share, 0);
      let assigned = 0;
      const recap = rows.map((r, i) => {
        const districtTotal = i === rows.length - 1 ? monthTotal - assigned : Math.round((monthTotal * r.share) / norm);
        assigned += districtTotal;
        const pu = Math.round(districtTotal * (0.6 - k * 0.004));
        const jakon = Math.round(districtTotal * 0.045);
        const pmi = Math.round(districtTotal * 0.005);
        return { district: r.district, PU: pu, BPU: districtTotal - pu - jakon - pmi, JAKON: jakon, PMI: pmi };
      });
      const file = path.join(bpjsDir, `Rekap peserta aktif ${month}.xlsx`);
      await writeRecap(file, month, recap);
      await core.invoke('bpjs.import', { jobId: crypto.randomUUID(), fileId: core.context.files.register(file).fileId });
      progress(0.8 + (0.15 * (12 - k)) / 12);
    }
    log('  Data BPJS: daftar peserta dan rekap 12 bulan diimpor.');

    // Employers and construction: the licence list, WLKP, the BPJS employer and project lists, the packages.
    const lists = await writeDemoComplianceLists(path.join(outDir, 'daftar-kepatuhan'), tree.districts, random, asOf);
    for (const [file, family] of [
      [lists.oss, 'employers'],
      [lists.wlkp, 'employers'],
      [lists.bpjsEmployers, 'employers'],
      [lists.packages, 'projects'],
      [lists.bpjsProjects, 'projects'],
    ] as const) {
      const fileId = core.context.files.register(file).fileId;
      const result = await core.invoke(family === 'employers' ? 'compliance.importEmployers' : 'compliance.importProjects', { jobId: crypto.randomUUID(), fileId });
      log(`  ${path.basename(file)}: ${result.kindLabel}, ${result.accepted} baris, ${result.rejected} ditolak.`);
    }
    const compliance = await core.invoke('compliance.summary', { asOf });
    log(
      `  Kepatuhan: ${compliance.employers.uncoveredWageWorkers} pekerja penerima upah belum terlindungi, ${compliance.projects.unregistered} proyek belum terdaftar, ${compliance.employers.reviewPending + compliance.projects.reviewPending} pasangan perlu diperiksa.`,
    );

    progress(0.93);

    // The loop with the BPJS branch: claims, a registration file, bills with a few exceptions, payments.
    await demoFinance(core, {
      year,
      asOf,
      dir: path.join(outDir, 'tagihan-bpjs'),
      kpjOf: new Map(members.map((m) => [m.nik, m.kpj])),
      programs: { rentan, provinsi, sawit, csr },
      employees,
      log,
    });
    progress(0.97);

    // Next year's plan, as the budget team would draft it on the Rencana page, marked as chosen.
    const plan = await core.invoke('plans.save', {
      scenario: {
        name: `Rencana APBD ${year + 1}`,
        year: year + 1,
        asOf,
        programs: [
          { source: 'apbd_kabupaten', budget: 1_500_000_000 },
          { source: 'dbh_sawit', budget: 600_000_000 },
          { source: 'apb_nagari', perNagari: { 'Lubuk Gadang': 30_000_000, 'Pasir Talang': 24_000_000, Abai: 18_000_000, 'Pakan Rabaa': 12_000_000 } },
        ],
        employerShare: 0.25,
        constructionShare: 0.5,
        renew: [rentan.id, provinsi.id],
      },
    });
    await core.invoke('plans.choose', { id: plan.id });
    log(`  Rencana ${year + 1}: proyeksi cakupan ${plan.result!.projectedCoverage.toLocaleString('id-ID')} %, ditandai terpilih.`);

    // The leadership report in every format, and the plan as a PDF.
    const files: string[] = [];
    if (options.reports !== false) {
      const planPdf = await core.invoke('plans.export', { id: plan.id, format: 'pdf' });
      files.push(path.join(outDir, planPdf.name));
      fs.copyFileSync(core.context.files.resolve(planPdf.fileId).path, files[0]!);
    }
    for (const format of options.reports === false ? [] : (['pdf', 'xlsx', 'json'] as const)) {
      const ref = await core.invoke('report.export', { format, asOf });
      const target = path.join(outDir, `laporan-ucj-solok-selatan-${asOf}.${format}`);
      fs.copyFileSync(core.context.files.resolve(ref.fileId).path, target);
      files.push(target);
    }
    progress(1);
    const workers = (await core.invoke('workers.list', { limit: 1 })).total;
    return { dbPath, asOf, files, workers, rejected, programs: (await core.invoke('programs.list', {})).length };
  } finally {
    core.close();
  }
}

async function importFile(core: Core, file: string) {
  return core.invoke('import.commit', { jobId: crypto.randomUUID(), fileId: core.context.files.register(file).fileId, issueLimit: 1 });
}

/** The builder as the app uses it (passed to createCore by the doors): the database only, no report files. */
export const demoBuilder: DemoBuilder = async (outDir, today, onProgress) => {
  await buildDemo(outDir, () => {}, today, { reports: false, onProgress });
};
