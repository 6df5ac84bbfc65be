import type { BillReason } from '../../../../shared/domain/finance';
import { formatDate, formatMonth, formatMonthRange, formatRupiah } from '../../../../shared/domain/format';
import { expectedPremium, type ExpectedPremium, type ProgramPremiumInput } from '../../../../shared/domain/premiums';
import type { Beneficiaries } from './beneficiaries';

/**
 * One bill row against Cakap's data, with exactly one reason when it should not be paid, the first
 * that holds in this order:
 * 1. notEnrolled: never a beneficiary of this program;
 * 2. outsideEnrolment: a beneficiary, but the month is outside their enrolment;
 * 3. afterDeath: a JKM claim records their death in a month before this one;
 * 4. doubleBilled: already billed for this month on an earlier row of this bill, or on the bill that
 *    counts for another program, on a row that is paid (no reason, or only a wrong amount);
 * 5. employedElsewhere: active as PU on the newest participant list, so an employer owes it;
 * 6. wrongAmount: the amount differs from the premium expected; only the excess is withheld.
 * A row of reasons 1–5 is withheld whole.
 */

export interface BillCheckContext {
  program: ProgramPremiumInput & { id: number; name: string };
  /** The program's beneficiaries by NIK. */
  beneficiaries: Pick<Beneficiaries, 'get'>;
  /** The earliest death each NIK has a JKM claim for ("YYYY-MM-DD"). */
  deaths: ReadonlyMap<string, string>;
  /** NIKs active as PU on the newest participant list; null when there is none. */
  employed: ReadonlySet<string> | null;
  memberListAsOf: string | null;
  /** Persons the counting bill of another program pays for in a month, with that program's name and the row. */
  billedElsewhere(month: string): ReadonlyMap<string, { program: string; batchId: number; row: number }>;
}

export interface RowVerdict {
  reason: BillReason | null;
  /** The premium the row should carry (null for someone who is no beneficiary). */
  expected: number | null;
  /** The Rupiah withheld: the whole amount for reasons 1–5, the excess for a wrong amount. */
  exceptionAmount: number;
  detail: string | null;
}

export class BillChecker {
  /** Per month, NIK -> the row that pays for it (the first row without reasons 1–5). */
  private readonly paying = new Map<string, Map<string, number>>();
  /** The premium expected per month and occupation, worked out once each (a bill has a few of them). */
  private readonly premiums = new Map<string, Map<string | null, ExpectedPremium>>();

  constructor(private readonly ctx: BillCheckContext) {}

  expected(month: string, occupation: string | null): ExpectedPremium {
    let ofMonth = this.premiums.get(month);
    if (!ofMonth) {
      ofMonth = new Map();
      this.premiums.set(month, ofMonth);
    }
    let premium = ofMonth.get(occupation);
    if (!premium) {
      premium = expectedPremium(this.ctx.program, month, occupation);
      ofMonth.set(occupation, premium);
    }
    return premium;
  }

  check(nik: string | null, month: string, amount: number, rowNumber: number, unidentified: string | null): RowVerdict {
    const { ctx } = this;
    const withheld = (reason: BillReason, detail: string, expected: number | null = null): RowVerdict => ({ reason, expected, exceptionAmount: amount, detail });
    const person = nik === null ? undefined : ctx.beneficiaries.get(nik);
    if (!person) return withheld('notEnrolled', unidentified ?? 'bukan penerima program ini');
    const { amount: expected, relief } = this.expected(month, person.occupation);
    if (month < person.month_from || month > person.month_to) {
      return withheld('outsideEnrolment', `masa kepesertaan ${formatMonthRange(person.month_from, person.month_to)}`, expected);
    }
    const death = ctx.deaths.get(person.nik);
    if (death && death.slice(0, 7) < month) return withheld('afterDeath', `meninggal ${formatDate(death)} (klaim JKM)`, expected);
    let paying = this.paying.get(month);
    if (!paying) {
      paying = new Map();
      this.paying.set(month, paying);
    }
    const earlier = paying.get(person.nik);
    if (earlier !== undefined) return withheld('doubleBilled', `sudah ditagih untuk ${formatMonth(month)} di baris ${earlier}`, expected);
    const elsewhere = ctx.billedElsewhere(month).get(person.nik);
    if (elsewhere) return withheld('doubleBilled', `sudah ditagih untuk ${formatMonth(month)} di tagihan program "${elsewhere.program}" (impor #${elsewhere.batchId} baris ${elsewhere.row})`, expected);
    if (ctx.employed?.has(person.nik)) {
      return withheld('employedElsewhere', `aktif sebagai peserta penerima upah (PU) di daftar peserta BPJS${ctx.memberListAsOf ? ` per ${formatDate(ctx.memberListAsOf)}` : ''}`, expected);
    }
    paying.set(person.nik, rowNumber);
    if (amount !== expected) {
      const excess = Math.max(0, amount - expected);
      const why = relief ? ` (${relief.label})` : '';
      return { reason: 'wrongAmount', expected, exceptionAmount: excess, detail: `ditagih ${formatRupiah(amount)}, seharusnya ${formatRupiah(expected)}${why}` };
    }
    return { reason: null, expected, exceptionAmount: 0, detail: null };
  }
}
