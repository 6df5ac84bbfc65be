import { z } from 'zod';
import { EMPLOYER_STATUSES, FUNDING_KINDS, LETTER_STATUSES, PROGRAMS, PROJECT_STATUSES, SCALES } from '../domain/compliance';
import { fileIdSchema, fileRefSchema, jobIdSchema, textBlock, textLine } from './common';
import { importIssueSchema } from './import';
import { method } from './method';

/**
 * Employers and construction projects: the coverage that should cost the regency nothing. Lists of
 * who should be registered with BPJS Ketenagakerjaan (business licences, WLKP reports, construction
 * packages) set beside BPJS's own lists, the cases that follow, the letters, and the rules behind it.
 * Counts are whole numbers, money whole Rupiah, dates "YYYY-MM-DD".
 */

const count = z.number().int();
const money = z.number();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Tanggal harus berformat TTTT-BB-HH.' });

export const EMPLOYER_LIST_KINDS = ['oss', 'wlkp', 'bpjs_employers'] as const;
export const PROJECT_LIST_KINDS = ['packages', 'bpjs_projects'] as const;
export const COMPLIANCE_LIST_KINDS = [...EMPLOYER_LIST_KINDS, ...PROJECT_LIST_KINDS] as const;
export type ComplianceListKind = (typeof COMPLIANCE_LIST_KINDS)[number];

export const listImportResultSchema = z.object({
  file: z.string(),
  kind: z.enum(COMPLIANCE_LIST_KINDS),
  /** The kind in words, e.g. "daftar izin usaha (OSS)". */
  kindLabel: z.string(),
  batchId: z.number().int().nullable(),
  /** Entries new to Cakap / known ones whose data changed / known ones as they were / rows not taken / rows taken with a warning. */
  accepted: count,
  updated: count,
  unchanged: count,
  rejected: count,
  warnings: count,
  issues: z.array(importIssueSchema),
  /** The list's date, from its title or file name; null when it has none (it then counts on any date). */
  asOf: z.string().nullable(),
  duplicateOf: z.object({ batchId: z.number().int(), createdAt: z.string() }).nullable(),
});
export type ListImportResult = z.infer<typeof listImportResultSchema>;

const regulationSchema = z.object({
  /** The regulation's name as it is cited, e.g. "Perpres 109 Tahun 2013 tentang Penahapan Kepesertaan Program Jaminan Sosial". */
  name: textLine().min(5, { error: 'Nama peraturan harus diisi.' }).max(300),
  article: textLine().max(300),
  date: textLine().max(100),
  note: textBlock().max(600),
});
export type Regulation = z.infer<typeof regulationSchema>;

const programList = z.array(z.enum(PROGRAMS)).min(1, { error: 'Paling sedikit satu program wajib.' });

const holidayYearSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  source: textLine().min(5, { error: 'Sebutkan SKB yang menetapkan hari libur tahun ini.' }).max(500),
  days: z.array(z.object({ date: isoDate, name: textLine().min(1).max(120), kind: z.enum(['libur', 'cuti']) })).min(1).max(60),
});

export const complianceRulesSchema = z
  .object({
    jakon: z.object({
      tiers: z
        .array(z.object({ upTo: z.number().int().positive().nullable(), jkkPercent: z.number().min(0).max(5), jkmPercent: z.number().min(0).max(5) }))
        .min(1)
        .max(10),
      regulation: regulationSchema,
    }),
    deadline: z.object({ workingDays: z.number().int().min(1, { error: 'Batas waktu paling sedikit 1 hari kerja.' }).max(90), regulation: regulationSchema }),
    programs: z.object({
      mikro: programList,
      kecil: programList,
      menengah: programList,
      besar: programList,
      /** When the scale is not known: only what every scale must have. */
      unknown: programList,
      regulation: regulationSchema,
      jkp: regulationSchema,
    }),
    scaleByCapital: z.object({ mikroUpTo: z.number().int().positive(), kecilUpTo: z.number().int().positive(), menengahUpTo: z.number().int().positive(), regulation: regulationSchema }),
    arrears: z.object({ regulation: regulationSchema }),
    registration: z.object({ regulation: regulationSchema }),
    /** A registered contract value further than this from the contract's is a mismatch (Cakap's rule, not a regulation). */
    valueTolerancePercent: z.number().min(0).max(50),
    /** When a package list has no worker column (Cakap's estimate, not a regulation). */
    workerEstimate: z.object({
      labourSharePercent: z.number().min(1).max(90),
      monthlyWage: z.number().int().min(100_000).max(100_000_000),
      defaultMonths: z.number().int().min(1).max(36),
    }),
    letters: z.object({
      /** {no} running number of the year, {bulan} month in Roman numerals, {tahun} year. */
      numberFormat: textLine().min(4).max(80).refine((f) => f.includes('{no}'), { error: 'Format nomor surat harus memuat {no}.' }),
      replyDays: z.number().int().min(1).max(90),
    }),
    /** Years of holidays the office added (the built-in years are in the code, with their SKB). */
    holidays: z.array(holidayYearSchema).max(20),
  })
  .refine((r) => r.jakon.tiers.at(-1)!.upTo === null && r.jakon.tiers.slice(0, -1).every((t, i, all) => t.upTo !== null && (i === 0 || t.upTo > all[i - 1]!.upTo!)), {
    error: 'Jenjang nilai kontrak harus naik, dan jenjang terakhir tanpa batas atas.',
  })
  .refine((r) => r.scaleByCapital.mikroUpTo < r.scaleByCapital.kecilUpTo && r.scaleByCapital.kecilUpTo < r.scaleByCapital.menengahUpTo, {
    error: 'Batas modal usaha mikro < kecil < menengah.',
  });
export type ComplianceRules = z.infer<typeof complianceRulesSchema>;

const statusCounts = z.object(Object.fromEntries(EMPLOYER_STATUSES.map((s) => [s, count])) as Record<(typeof EMPLOYER_STATUSES)[number], typeof count>);

/** What is behind the figures: how many lists of a kind, their rows, and the newest list date (null: undated). */
const listInfo = z.object({ batches: count, rows: count, latestAsOf: z.string().nullable() }).nullable();

export const complianceSummarySchema = z.object({
  asOf: z.string(),
  lists: z.object({ oss: listInfo, wlkp: listInfo, bpjs_employers: listInfo, packages: listInfo, bpjs_projects: listInfo }),
  employers: z.object({
    total: count,
    byStatus: statusCounts,
    byScale: z.array(statusCounts.extend({ scale: z.enum([...SCALES, 'unknown']), total: count, uncoveredWorkers: count })),
    reportedWorkers: count,
    registeredWorkers: count,
    /** Wage workers who should be covered and are not (PWBD: whole workforce; PDS tenaga kerja: reported − registered). */
    uncoveredWageWorkers: count,
    /** Registered with BPJS but on no licence or WLKP list. */
    bpjsOnly: count,
    reviewPending: count,
  }),
  projects: z.object({
    total: count,
    registered: count,
    late: count,
    unregistered: count,
    pending: count,
    valueMismatch: count,
    contractValue: money,
    unregisteredValue: money,
    /** JKK + JKM due on unregistered contracts and on the unregistered part of mismatched ones. */
    contributionsDue: money,
    contributionsDueJkk: money,
    contributionsDueJkm: money,
    /** Workers of unregistered projects under way on the date (the list's worker column, else the estimate). */
    unregisteredWorkers: count,
    unregisteredWorkersEstimated: count,
    byOpd: z.array(
      z.object({ opd: z.string(), total: count, registered: count, late: count, unregistered: count, pending: count, value: money, unregisteredValue: money, contributionsDue: money }),
    ),
    byFunding: z.array(z.object({ fundingKind: z.enum([...FUNDING_KINDS, 'unknown']), label: z.string(), total: count, unregistered: count, value: money, unregisteredValue: money })),
    reviewPending: count,
  }),
  /** What full compliance would add to coverage, at no cost to the APBD. */
  gap: z.object({
    uncoveredWageWorkers: count,
    unregisteredProjectWorkers: count,
    workers: count,
    workforce: count.nullable(),
    points: z.number().nullable(),
    apbdCost: money,
  }),
  byDistrict: z.array(
    z.object({
      code: z.string().nullable(),
      name: z.string(),
      uncoveredWageWorkers: count,
      unregisteredProjectWorkers: count,
      employersNonCompliant: count,
      projectsUnregistered: count,
    }),
  ),
  openCases: count,
  /** Sentences about the figures' basis (a year without holidays, an estimate used). */
  notes: z.array(z.string()),
  regulations: z.array(z.object({ rule: z.string(), regulation: z.string() })),
});
export type ComplianceSummary = z.infer<typeof complianceSummarySchema>;

const lastAction = z.object({ action: z.string(), label: z.string(), onDate: z.string() }).nullable();

export const employerRowSchema = z.object({
  key: z.string(),
  name: z.string(),
  districtCode: z.string().nullable(),
  districtName: z.string().nullable(),
  scale: z.enum(SCALES).nullable(),
  status: z.enum(EMPLOYER_STATUSES),
  flags: z.array(z.enum(EMPLOYER_STATUSES)),
  reportedWorkers: count.nullable(),
  registeredWorkers: count.nullable(),
  uncoveredWorkers: count,
  missingPrograms: z.array(z.string()),
  npp: z.string().nullable(),
  nib: z.string().nullable(),
  /** Which lists it appears on. */
  onLists: z.array(z.enum(EMPLOYER_LIST_KINDS)),
  matchedBy: z.string().nullable(),
  caseOpen: z.boolean(),
  lastAction,
});
export type EmployerRow = z.infer<typeof employerRowSchema>;

export const projectRowSchema = z.object({
  key: z.string(),
  package: z.string(),
  opd: z.string().nullable(),
  contractor: z.string().nullable(),
  contractNumber: z.string().nullable(),
  contractDate: z.string().nullable(),
  value: money.nullable(),
  fundingKind: z.enum(FUNDING_KINDS).nullable(),
  funding: z.string().nullable(),
  districtCode: z.string().nullable(),
  districtName: z.string().nullable(),
  status: z.enum(PROJECT_STATUSES),
  deadline: z.string().nullable(),
  registeredDate: z.string().nullable(),
  registrationNumber: z.string().nullable(),
  lateDays: count.nullable(),
  valueMismatch: z.boolean(),
  registeredValue: money.nullable(),
  workers: count,
  workersEstimated: z.boolean(),
  active: z.boolean(),
  contribution: money.nullable(),
  contributionDue: money,
  matchedBy: z.string().nullable(),
  caseOpen: z.boolean(),
  lastAction,
});
export type ProjectRow = z.infer<typeof projectRowSchema>;

const pageInput = {
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(50),
};

const subjectSchema = z.enum(['employer', 'project']);

export const evidenceSchema = z.object({
  subject: subjectSchema,
  key: z.string(),
  name: z.string(),
  /** The facts found, one sentence each, as the letter states them. */
  facts: z.array(z.string()),
  status: z.string(),
  statusLabel: z.string(),
  sources: z.array(
    z.object({
      kind: z.enum(COMPLIANCE_LIST_KINDS),
      listLabel: z.string(),
      batchId: z.number().int(),
      fileName: z.string(),
      asOf: z.string(),
      sheet: z.string(),
      row: z.number().int(),
      cells: z.array(z.tuple([z.string(), z.string()])),
      /** How this row was tied to the others ("NIB sama", "nama dan kecamatan sama", "dikonfirmasi petugas"). */
      matchedBy: z.string().nullable(),
    }),
  ),
  reviews: z.array(z.object({ id: z.number().int(), other: z.string(), score: z.number(), reason: z.string(), decision: z.enum(['confirmed', 'rejected']).nullable() })),
  case: z
    .object({
      id: z.number().int(),
      openedAt: z.string(),
      closedAt: z.string().nullable(),
      closedReason: z.string().nullable(),
      actions: z.array(z.object({ id: z.number().int(), action: z.string(), label: z.string(), onDate: z.string(), actor: z.string(), letterNumber: z.string().nullable(), note: z.string().nullable() })),
    })
    .nullable(),
});
export type Evidence = z.infer<typeof evidenceSchema>;

export const reviewRowSchema = z.object({
  id: z.number().int(),
  domain: z.enum(['business', 'employer', 'project']),
  left: z.object({ key: z.string(), name: z.string(), detail: z.string() }),
  right: z.object({ key: z.string(), name: z.string(), detail: z.string() }),
  score: z.number(),
  reason: z.string(),
  decision: z.enum(['confirmed', 'rejected']).nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  note: z.string().nullable(),
});
export type ReviewRow = z.infer<typeof reviewRowSchema>;

const importInput = z.object({ jobId: jobIdSchema, fileId: fileIdSchema });

/**
 * Which open cases a batch of letters goes to: every one, or those of a kecamatan ("none": without a
 * kecamatan), of one kind of case, or of one business scale ("unknown": scale not known; a scale
 * leaves the projects out). The conditions add up.
 */
export const letterFilterSchema = z
  .object({
    districtCode: z.string().min(1).max(20).optional(),
    status: z.enum(LETTER_STATUSES).optional(),
    scale: z.enum([...SCALES, 'unknown']).optional(),
  })
  .strict();
export type LetterFilter = z.infer<typeof letterFilterSchema>;

export const complianceMethods = {
  'compliance.importEmployers': method({
    summary: 'Impor daftar pemberi kerja: izin usaha (OSS), laporan WLKP, atau pemberi kerja terdaftar BPJS; jenisnya dikenali dari kolomnya.',
    access: 'operate',
    input: importInput,
    output: listImportResultSchema,
  }),
  'compliance.importProjects': method({
    summary: 'Impor daftar paket konstruksi (SiRUP/SPSE/PUPR, pekerjaan APB Nagari) atau daftar proyek terdaftar BPJS; jenisnya dikenali dari kolomnya.',
    access: 'operate',
    input: importInput,
    output: listImportResultSchema,
  }),
  'compliance.summary': method({
    summary: 'Angka kepatuhan pada satu tanggal: pemberi kerja per status dan skala, pekerja penerima upah belum terlindungi, proyek terdaftar atau belum, iuran terutang.',
    access: 'read',
    input: z.object({ asOf: isoDate.optional() }),
    output: complianceSummarySchema,
  }),
  'compliance.employers': method({
    summary: 'Daftar pemberi kerja dengan statusnya, disaring menurut kecamatan, skala, status atau nama.',
    access: 'read',
    input: z.object({
      asOf: isoDate.optional(),
      districtCode: z.string().max(20).optional(),
      scale: z.enum([...SCALES, 'unknown']).optional(),
      status: z.enum(EMPLOYER_STATUSES).optional(),
      nonCompliantOnly: z.boolean().optional(),
      search: z.string().max(100).optional(),
      ...pageInput,
    }),
    output: z.object({ asOf: z.string(), rows: z.array(employerRowSchema), total: count }),
  }),
  'compliance.projects': method({
    summary: 'Daftar paket konstruksi dengan status pendaftarannya, disaring menurut kecamatan, OPD, status, sumber dana atau nama.',
    access: 'read',
    input: z.object({
      asOf: isoDate.optional(),
      districtCode: z.string().max(20).optional(),
      opd: z.string().max(200).optional(),
      status: z.enum(PROJECT_STATUSES).optional(),
      fundingKind: z.enum(FUNDING_KINDS).optional(),
      nonCompliantOnly: z.boolean().optional(),
      search: z.string().max(100).optional(),
      ...pageInput,
    }),
    output: z.object({ asOf: z.string(), rows: z.array(projectRowSchema), total: count }),
  }),
  'compliance.filters': method({
    summary: 'Pilihan penyaring halaman Kepatuhan: OPD yang ada di daftar paket.',
    access: 'read',
    input: z.object({}).strict(),
    output: z.object({ opds: z.array(z.string()) }),
  }),
  'compliance.evidence': method({
    summary: 'Bukti satu pemberi kerja atau proyek: baris-baris sumber tempat ia ditemukan, fakta, pasangan yang ditinjau, dan tindak lanjutnya.',
    access: 'read',
    input: z.object({ subject: subjectSchema, key: z.string().min(1).max(300), asOf: isoDate.optional() }),
    output: evidenceSchema,
  }),
  'compliance.reviews': method({
    summary: 'Pasangan yang hanya mirip: menunggu keputusan petugas, atau sudah diputuskan.',
    access: 'read',
    input: z.object({ state: z.enum(['open', 'decided']).default('open'), domain: z.enum(['business', 'employer', 'project']).optional(), ...pageInput }),
    output: z.object({ rows: z.array(reviewRowSchema), total: count }),
  }),
  'compliance.decide': method({
    summary: 'Konfirmasi atau tolak satu pasangan mirip; keputusan disimpan dan dicatat di log audit.',
    access: 'operate',
    input: z.object({ id: z.number().int(), decision: z.enum(['confirmed', 'rejected']), note: textBlock().max(300).optional() }),
    output: reviewRowSchema,
  }),
  'compliance.followUp': method({
    summary: 'Catat tindak lanjut satu pemberi kerja atau proyek: kunjungan, laporan sudah mendaftar, catatan, tutup atau buka kembali kasus.',
    access: 'operate',
    input: z.object({
      subject: subjectSchema,
      key: z.string().min(1).max(300),
      action: z.enum(['visit', 'reported', 'note', 'closed', 'reopened']),
      onDate: isoDate.optional(),
      note: textBlock().max(500).optional(),
    }),
    output: evidenceSchema,
  }),
  'compliance.letters': method({
    summary: 'Surat untuk pemberi kerja/proyek terpilih (atau semua kasus terbuka), satu PDF untuk dicetak, dan daftar Excel untuk tim tindak lanjut.',
    access: 'operate',
    input: z.object({
      /** Progress events (job.progress, rows = letters written) and jobs.cancel use it; one is made when absent. */
      jobId: jobIdSchema.optional(),
      subjects: z.array(z.object({ subject: subjectSchema, key: z.string().min(1).max(300) })).max(2000).optional(),
      /** Without subjects: the open cases this filter keeps (all of them without one). */
      filter: letterFilterSchema.optional(),
      asOf: isoDate.optional(),
      date: isoDate.optional(),
    }),
    output: z.object({ count, pdf: fileRefSchema, xlsx: fileRefSchema }),
  }),
  'compliance.letterCount': method({
    summary: 'Berapa surat yang akan dicetak untuk kasus terbuka yang sesuai pilihan (kecamatan, jenis kasus, skala usaha).',
    access: 'read',
    input: z.object({ filter: letterFilterSchema.optional(), asOf: isoDate.optional() }),
    output: z.object({ employers: count, projects: count }),
  }),
  'compliance.rules': method({
    summary: 'Aturan kepatuhan yang dipakai (tarif Jakon, batas waktu pendaftaran proyek, program wajib per skala usaha, …) dengan peraturannya.',
    access: 'read',
    input: z.object({}).strict(),
    output: z.object({ rules: complianceRulesSchema, defaults: complianceRulesSchema, changed: z.boolean(), holidayYears: z.array(z.object({ year: count, source: z.string(), days: count, builtIn: z.boolean() })) }),
  }),
  'compliance.setRules': method({
    summary: 'Ubah aturan kepatuhan ketika peraturannya berubah; dicatat di log audit. Tanpa isi: kembali ke bawaan.',
    access: 'admin',
    input: z.object({ rules: complianceRulesSchema.nullable() }),
    output: z.object({ rules: complianceRulesSchema, defaults: complianceRulesSchema, changed: z.boolean(), holidayYears: z.array(z.object({ year: count, source: z.string(), days: count, builtIn: z.boolean() })) }),
  }),
};
