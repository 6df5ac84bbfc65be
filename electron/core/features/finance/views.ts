import type { Bill, BillRow } from '../../../../shared/contract/finance';
import type { BillReason } from '../../../../shared/domain/finance';
import type { BillListRow, BillRowView } from '../../platform/db/queries/finance';

/** A stored bill as the contract gives it. */
export function billDto(row: BillListRow): Bill {
  return {
    batchId: row.batch_id,
    file: row.file_name,
    createdAt: row.created_at,
    actor: row.actor,
    program: row.program_id,
    programName: row.program_name,
    month: row.month,
    premium: row.premium,
    billedWorkers: row.billed_workers,
    billedAmount: row.billed_amount,
    expectedWorkers: row.expected_workers,
    expectedAmount: row.expected_amount,
    exceptions: JSON.parse(row.counts) as Bill['exceptions'],
    exceptionAmounts: JSON.parse(row.amounts) as Bill['exceptionAmounts'],
    exceptionAmount: row.exception_amount,
    payable: row.payable,
    counts: row.replaced_by === null,
    replacedBy: row.replaced_by,
    memberListAsOf: row.member_list_as_of,
    notes: JSON.parse(row.notes) as string[],
    paid: row.paid,
  };
}

export function billRowDto(row: BillRowView): BillRow {
  return {
    sheet: row.sheet,
    row: row.row,
    month: row.month,
    nik: row.nik,
    kpj: row.kpj,
    name: row.name,
    villageName: row.village_name,
    amount: row.amount,
    expected: row.expected,
    reason: row.reason as BillReason | null,
    exceptionAmount: row.exception_amount,
    detail: row.detail,
  };
}
