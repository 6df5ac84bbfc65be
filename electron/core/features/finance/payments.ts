import type { ParsedInput } from '../../../../shared/contract';
import type { Payment } from '../../../../shared/contract/finance';
import { referenceKey } from '../../../../shared/domain/finance';
import { formatDate, formatMonth, formatMonthRange, formatRupiah } from '../../../../shared/domain/format';
import type { CoreContext } from '../../platform/context';
import type { PaymentRow } from '../../platform/db/queries/finance';
import { conflict, invalidInput, notFound } from '../../platform/errors';

/**
 * Payments (SP2D) per program and contribution month. Refused: a zero or negative amount, an unknown
 * program, a month outside the program, a reference already used for that program. Accepted with a
 * warning: a payment above the month's payable amount (or before any bill of that month was checked),
 * and one that takes the program's payments over its budget.
 */

export function paymentDto(row: PaymentRow): Payment {
  return {
    id: row.id,
    program: row.program_id,
    programName: row.program_name,
    month: row.month,
    amount: row.amount,
    date: row.paid_on,
    reference: row.reference,
    actor: row.actor,
    createdAt: row.created_at,
    removedAt: row.removed_at,
    removedReason: row.removed_reason,
  };
}

export function recordPayment(ctx: CoreContext, input: ParsedInput<'finance.recordPayment'>): { payment: Payment; warnings: string[] } {
  const { store } = ctx;
  const program = store.programs.byId(input.programId);
  if (!program) throw notFound(`Program #${input.programId} tidak ada; pembayaran tidak dicatat.`);
  if (input.amount <= 0) throw invalidInput(`Jumlah pembayaran harus lebih dari Rp 0; terbaca ${formatRupiah(input.amount)}. Pembayaran tidak dicatat.`);
  if (input.month < program.period_from || input.month > program.period_to) {
    throw invalidInput(`Bulan ${formatMonth(input.month)} di luar masa program "${program.name}" (${formatMonthRange(program.period_from, program.period_to)}); pembayaran tidak dicatat.`);
  }
  if (Number.isNaN(Date.parse(`${input.date}T00:00:00Z`))) throw invalidInput(`Tanggal "${input.date}" tidak ada di kalender.`);
  const key = referenceKey(input.reference);
  const used = store.finance.paymentByReference(program.id, key);
  if (used) {
    throw conflict(
      `Nomor SP2D "${input.reference}" sudah dipakai untuk program "${program.name}" (pembayaran ${formatMonth(used.month)}, ${formatRupiah(used.amount)}, ${formatDate(used.paid_on)}); pembayaran tidak dicatat.`,
    );
  }

  const warnings: string[] = [];
  const bill = store.finance.countingBill(program.id, input.month);
  const paidMonth = store.finance.paidFor(program.id, input.month) + input.amount;
  if (!bill) warnings.push(`Belum ada tagihan ${formatMonth(input.month)} yang diperiksa untuk program ini: jumlah yang dibayar tidak dapat dibandingkan dengan jumlah yang layak dibayar.`);
  else if (paidMonth > bill.payable) {
    warnings.push(
      `Pembayaran ${formatMonth(input.month)} menjadi ${formatRupiah(paidMonth)}, melebihi jumlah yang layak dibayar menurut tagihan yang diperiksa (${formatRupiah(bill.payable)}) sebesar ${formatRupiah(paidMonth - bill.payable)}.`,
    );
  }
  const paidTotal = store.finance.paidTotal(program.id) + input.amount;
  if (paidTotal > program.budget) {
    warnings.push(`Pembayaran program "${program.name}" menjadi ${formatRupiah(paidTotal)}, melebihi anggarannya (${formatRupiah(program.budget)}) sebesar ${formatRupiah(paidTotal - program.budget)}.`);
  }

  const id = store.transaction(() => {
    const newId = store.finance.insertPayment({
      program_id: program.id,
      month: input.month,
      amount: input.amount,
      paid_on: input.date,
      reference: input.reference,
      reference_key: key,
      actor: ctx.actor,
      created_at: ctx.now().toISOString(),
    });
    ctx.audit('finance.payment', { id: newId, programId: program.id, program: program.name, month: input.month, amount: input.amount, date: input.date, reference: input.reference, warnings: warnings.length });
    return newId;
  });
  return { payment: paymentDto(store.finance.payment(id)!), warnings };
}

export function removePayment(ctx: CoreContext, id: number, reason: string): Payment {
  const payment = ctx.store.finance.payment(id);
  if (!payment) throw notFound(`Pembayaran #${id} tidak ditemukan.`);
  if (payment.removed_at) throw conflict(`Pembayaran #${id} sudah dihapus pada ${formatDate(payment.removed_at)}.`);
  ctx.store.transaction(() => {
    ctx.store.finance.removePayment(id, ctx.now().toISOString(), ctx.actor, reason);
    ctx.audit('finance.removePayment', { id, programId: payment.program_id, month: payment.month, amount: payment.amount, reference: payment.reference, reason });
  });
  return paymentDto(ctx.store.finance.payment(id)!);
}
