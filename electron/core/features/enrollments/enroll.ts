import type { EnrollSummary } from '../../../../shared/contract/enrollments';
import type { ParsedInput } from '../../../../shared/contract';
import { formatMonthRange, formatRupiah } from '../../../../shared/domain/format';
import { monthsBetween, overlapMonths } from '../../../../shared/domain/months';
import { ageOn, birthDateFromNik } from '../../../../shared/domain/age';
import { ktpOccupationByName, ktpOccupationLabel } from '../../../../shared/domain/ktpOccupations';
import { otherSchemeOf } from '../../../../shared/domain/otherSchemes';
import { FUNDING_SOURCE_LABELS, type FundingSource } from '../../../../shared/domain/programs';
import type { CoreContext } from '../../platform/context';
import type { WorkerRow } from '../../platform/db/queries/workers';
import { conflict, invalidInput } from '../../platform/errors';
import { requireRegency } from '../settings/settings';
import { describeProgram, requireProgram } from '../programs/programs';

type Input = ParsedInput<'enrollments.add'>;

/**
 * Bulk enrolment: every selected worker is checked (double funding, an active wage-worker at BPJS,
 * the program's eligibility rules), then quota and budget are checked for the whole group, and
 * everything is written in one transaction with a summary — never one dialog per row.
 */
export function enrollWorkers(ctx: CoreContext, input: Input): EnrollSummary {
  const { store } = ctx;
  const program = requireProgram(store, input.programId);
  if (program.status === 'closed') throw conflict(`Program "${program.name}" sudah ditutup; buka kembali untuk mendaftarkan pekerja.`);
  const from = input.from ?? program.period_from;
  const to = input.to ?? program.period_to;
  if (from > to) throw invalidInput('Bulan pertama kepesertaan harus sebelum bulan terakhir.');
  if (from < program.period_from || to > program.period_to) {
    throw invalidInput(`Kepesertaan harus di dalam periode program (${formatMonthRange(program.period_from, program.period_to)}).`);
  }
  const workers = selectWorkers(ctx, input);

  const regency = requireRegency(store).code;
  const already = store.programs.enrolledWorkerIds(program.id);
  const membersBatch = store.bpjs.latestMembersBatch();
  const occupations = program.occupations ? occupationRule(JSON.parse(program.occupations) as string[]) : null;
  const startAt = new Date(`${from}-01T00:00:00Z`);

  const summary: EnrollSummary = { enrolled: 0, alreadyEnrolled: 0, refused: 0, warned: 0, byCode: {}, problems: [], committedAfter: 0, remainingAfter: 0 };
  const note = (worker: WorkerRow, code: string, message: string) => {
    summary.byCode[code] = (summary.byCode[code] ?? 0) + 1;
    if (summary.problems.length < input.problemLimit) summary.problems.push({ workerId: worker.id, nik: worker.nik, name: worker.name, code, message });
  };

  // Who is enrolled, as ids and flags (a million workers fit in a few megabytes; their rows do not).
  const accepted: number[] = [];
  const flags: number[] = [];
  let selected = 0;
  for (const worker of workers) {
    selected++;
    if (already.has(worker.id)) {
      summary.alreadyEnrolled++;
      continue;
    }
    const refusal = eligibility(worker, program, occupations, regency, startAt);
    if (refusal) {
      note(worker, refusal.code, refusal.message);
      summary.refused++;
      continue;
    }
    const overlaps = store.programs
      .enrollmentsOfWorker(worker.id)
      .filter((e) => e.program_id !== program.id && overlapMonths(e.month_from, e.month_to, from, to) > 0);
    if (overlaps.length > 0 && !input.doubleFundingReason) {
      const other = overlaps[0]!;
      const source = FUNDING_SOURCE_LABELS[other.program_source as FundingSource];
      note(
        worker,
        'DOUBLE_FUNDING',
        `Sudah dibiayai program "${other.program_name}" (${source}${other.program_detail ? `, ${other.program_detail}` : ''}) untuk ${formatMonthRange(other.month_from, other.month_to)}; pembiayaan ganda ditolak kecuali alasannya dicatat.`,
      );
      summary.refused++;
      continue;
    }
    let pu = false;
    if (membersBatch !== null) {
      const member = store.bpjs.memberByNik(membersBatch, worker.nik);
      if (member && member.active === 1 && member.segment === 'PU') {
        pu = true;
        note(worker, 'PU_ACTIVE', 'Sudah peserta aktif Penerima Upah (PU) di data BPJS: iurannya seharusnya dibayar pemberi kerja.');
        summary.warned++;
      }
    }
    accepted.push(worker.id);
    flags.push((overlaps.length > 0 ? DOUBLE_FUNDED : 0) | (pu ? PU_ACTIVE : 0));
  }
  if (selected === 0) throw invalidInput('Tidak ada pekerja yang dipilih.');

  const described = describeProgram(store, program, ctx.now());
  const months = monthsBetween(from, to);
  const cost = accepted.length * months * program.premium;
  if (program.quota !== null && described.beneficiaries + accepted.length > program.quota) {
    throw conflict(
      `Kuota program "${program.name}" tinggal ${Math.max(0, program.quota - described.beneficiaries)} pekerja; yang akan didaftarkan ${accepted.length}. Tidak ada yang didaftarkan.`,
    );
  }
  if (described.committed + cost > program.budget) {
    throw conflict(
      `Anggaran program "${program.name}" tidak cukup: sisa ${formatRupiah(described.remaining)}, diperlukan ${formatRupiah(cost)} untuk ${accepted.length} pekerja × ${months} bulan. Tidak ada yang didaftarkan.`,
    );
  }

  summary.enrolled = accepted.length;
  summary.committedAfter = described.committed + cost;
  summary.remainingAfter = program.budget - summary.committedAfter;
  if (input.dryRun || accepted.length === 0) return summary;

  const now = ctx.now().toISOString();
  store.transaction(() => {
    accepted.forEach((workerId, i) =>
      store.programs.insertEnrollment(workerId, program.id, from, to, flags[i]! & DOUBLE_FUNDED ? input.doubleFundingReason! : null, (flags[i]! & PU_ACTIVE) !== 0, ctx.actor, now),
    );
    ctx.audit('enrollments.add', {
      programId: program.id,
      enrolled: accepted.length,
      from,
      to,
      doubleFundingReason: input.doubleFundingReason ?? null,
      refused: summary.refused,
    });
  });
  return summary;
}

const DOUBLE_FUNDED = 1;
const PU_ACTIVE = 2;

function selectWorkers(ctx: CoreContext, input: Input): Iterable<WorkerRow> {
  const { store } = ctx;
  if (input.workerIds) return store.workers.byIds(input.workerIds);
  if (input.niks) return store.workers.byNiks(input.niks);
  if (input.batchId !== undefined) return store.workers.iterate({ batchId: input.batchId });
  if (input.filter) return store.workers.iterate(input.filter);
  throw invalidInput('Pilih pekerja yang didaftarkan: dari impor, dari saringan halaman Pekerja, atau daftar NIK.');
}

/** Birth date from the record, or from the NIK (whose century is the one that makes sense). */
export function birthDateOf(worker: WorkerRow, today: Date): Date | null {
  if (worker.birth_date) return new Date(`${worker.birth_date}T00:00:00Z`);
  return birthDateFromNik(worker.nik, today, 10);
}

/**
 * A program's occupations as it matches them: by Cakap's occupation group ("Petani"), or by the KTP
 * occupation an entry names ("Pekebun" and "PETANI/PEKEBUN" both mean code 9).
 */
function occupationRule(entries: readonly string[]): { names: Set<string>; codes: Set<number>; shown: string } {
  return {
    names: new Set(entries.map((o) => o.toLowerCase())),
    codes: new Set(entries.map((o) => ktpOccupationByName(o)?.code).filter((c): c is number => c !== undefined)),
    shown: entries.join(', '),
  };
}

function eligibility(
  worker: WorkerRow,
  program: { min_age: number | null; max_age: number | null; domicile_required: number; exclude_other_schemes: number },
  occupations: ReturnType<typeof occupationRule> | null,
  regency: string,
  startAt: Date,
): { code: string; message: string } | null {
  if (program.min_age !== null || program.max_age !== null) {
    const birth = birthDateOf(worker, startAt);
    if (birth) {
      const age = ageOn(birth, startAt);
      if ((program.min_age !== null && age < program.min_age) || (program.max_age !== null && age > program.max_age)) {
        return {
          code: 'NOT_ELIGIBLE_AGE',
          message: `Umur ${age} tahun saat kepesertaan mulai; program ini untuk umur ${program.min_age ?? 0}–${program.max_age ?? '…'} tahun.`,
        };
      }
    }
  }
  if (program.domicile_required === 1 && !worker.district_code && !worker.village_code && !worker.nik.startsWith(regency.replace('.', ''))) {
    return { code: 'NOT_ELIGIBLE_DOMICILE', message: 'Tidak berdomisili di kabupaten ini (tidak ada kecamatan/nagari, dan NIK terdaftar di luar kabupaten).' };
  }
  const scheme = program.exclude_other_schemes === 1 ? otherSchemeOf(worker.ktp_occupation) : null;
  if (scheme) {
    return {
      code: 'NOT_ELIGIBLE_OTHER_SCHEME',
      message: `Pekerjaan di KTP ${ktpOccupationLabel(worker.ktp_occupation)}: ${scheme.who} dilindungi ${scheme.scheme} (${scheme.regulation.name.split(' tentang ')[0]}); program ini tidak membiayainya kecuali aturannya dimatikan di program.`,
    };
  }
  const matches = (rule: ReturnType<typeof occupationRule>) =>
    (worker.occupation !== null && rule.names.has(worker.occupation.toLowerCase())) || (worker.ktp_occupation !== null && rule.codes.has(worker.ktp_occupation));
  if (occupations && !matches(occupations)) {
    return {
      code: 'NOT_ELIGIBLE_OCCUPATION',
      message: `Pekerjaan "${worker.occupation ?? 'tidak diisi'}" tidak termasuk sasaran program (${occupations.shown}).`,
    };
  }
  return null;
}
