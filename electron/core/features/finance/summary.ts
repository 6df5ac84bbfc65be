import type { FinanceSummary } from '../../../../shared/contract/finance';
import { BILL_REASONS, CLAIM_TYPES, type BillReason, type ClaimType } from '../../../../shared/domain/finance';
import { FUNDING_SOURCE_LABELS, type FundingSource } from '../../../../shared/domain/programs';
import type { Store } from '../../platform/db/store';

/**
 * Realisation and benefits of one budget year: the programs of that year, each with its budget, what
 * the branch billed (the bills that count, one per month), what the check withheld, what remains
 * payable, what was paid, paid as a share of the budget, and the claims of its beneficiaries (a claim
 * belongs to the program that paid the worker's contributions in the month of the event). The
 * benefits set beside the premiums: every such claim by type against everything the year's programs paid.
 */
export function financeSummary(store: Store, year: number): FinanceSummary {
  const programs = store.programs.all().filter((p) => p.year === year);
  const ids = new Set(programs.map((p) => p.id));
  const billed = new Map(store.finance.countingByProgram().map((r) => [r.program_id, r]));
  const paid = new Map(store.finance.paidByProgram().map((r) => [r.program_id, r]));

  const countAmount = () => ({ count: 0, amount: 0 });
  const byType = Object.fromEntries(CLAIM_TYPES.map((t) => [t, countAmount()])) as Record<ClaimType, { count: number; amount: number }>;
  const claimsOf = new Map<number, { count: number; amount: number }>();
  const unfunded = countAmount();
  for (const c of store.finance.fundedClaims()) {
    if (c.program_id === null) {
      if (c.day?.slice(0, 4) !== String(year)) continue;
      unfunded.count++;
      unfunded.amount += c.amount;
      continue;
    }
    if (!ids.has(c.program_id)) continue;
    const own = claimsOf.get(c.program_id) ?? countAmount();
    own.count++;
    own.amount += c.amount;
    claimsOf.set(c.program_id, own);
    byType[c.type as ClaimType].count++;
    byType[c.type as ClaimType].amount += c.amount;
  }

  const exceptionsByReason = Object.fromEntries(BILL_REASONS.map((r) => [r, countAmount()])) as Record<BillReason, { count: number; amount: number }>;
  for (const bill of store.finance.countingFigures()) {
    if (!ids.has(bill.program_id)) continue;
    const counts = JSON.parse(bill.counts) as Record<BillReason, number>;
    const amounts = JSON.parse(bill.amounts) as Record<BillReason, number>;
    for (const reason of BILL_REASONS) {
      exceptionsByReason[reason].count += counts[reason];
      exceptionsByReason[reason].amount += amounts[reason];
    }
  }

  const percent = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10_000) / 100 : null);
  const rows = programs.map((p) => {
    const b = billed.get(p.id);
    const pay = paid.get(p.id);
    return {
      id: p.id,
      name: p.name,
      source: p.source as FundingSource,
      sourceLabel: FUNDING_SOURCE_LABELS[p.source as FundingSource],
      budget: p.budget,
      billed: b?.billed ?? 0,
      exceptionAmount: b?.exceptions ?? 0,
      payable: b?.payable ?? 0,
      paid: pay?.paid ?? 0,
      realisationPercent: percent(pay?.paid ?? 0, p.budget),
      claims: claimsOf.get(p.id) ?? countAmount(),
      monthsBilled: b?.months ?? 0,
      monthsPaid: pay?.months ?? 0,
    };
  });
  const sum = (pick: (r: (typeof rows)[number]) => number) => rows.reduce((n, r) => n + pick(r), 0);
  const totals = {
    budget: sum((r) => r.budget),
    billed: sum((r) => r.billed),
    exceptionAmount: sum((r) => r.exceptionAmount),
    payable: sum((r) => r.payable),
    paid: sum((r) => r.paid),
    realisationPercent: percent(sum((r) => r.paid), sum((r) => r.budget)),
    claims: { count: sum((r) => r.claims.count), amount: sum((r) => r.claims.amount) },
  };
  const lists = store.finance.listCounts();
  return {
    year,
    programs: rows,
    totals,
    exceptionsByReason,
    benefits: {
      byType,
      premiumsPaid: totals.paid,
      ratio: totals.paid > 0 ? Math.round((totals.claims.amount / totals.paid) * 100) / 100 : null,
      unfunded,
    },
    bills: lists.bill ?? 0,
    payments: [...paid.entries()].filter(([id]) => ids.has(id)).reduce((n, [, r]) => n + r.payments, 0),
    claimLists: lists.claims ?? 0,
  };
}

/** Whether the year has anything of the loop to show (a bill, a payment or a claim list). */
export function hasFinanceData(summary: FinanceSummary): boolean {
  return summary.bills > 0 || summary.payments > 0 || summary.claimLists > 0;
}
