import { Badge, Button, Field, Input, makeStyles, MessageBar, MessageBarBody, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { Money20Regular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import type { FinanceSummary, Payment, Program } from '../../../../shared/contract';
import { formatDate, formatMonth, formatRupiah } from '../../../../shared/domain/format';
import { localIsoDate } from '../../../../shared/domain/months';
import { parseRupiah } from '../../../../shared/domain/numbers';
import { call } from '../../api/client';
import { useApi } from '../../api/useApi';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DateField, MonthField } from '../../components/DateField';
import { ErrorBar, Section } from '../../components/Page';
import { Pager } from '../../components/Pager';
import { ProgramPicker } from './ProgramPicker';
import { RealisationTable } from './RealisationTable';
import { useCan } from '../../components/Session';

const useStyles = makeStyles({
  form: { display: 'flex', gap: '12px', alignItems: 'flex-end', flexWrap: 'wrap', marginBottom: '12px' },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  numberHeader: { '& > *': { justifyContent: 'flex-end', textAlign: 'right' } },
});

const PAGE = 20;

/** SP2D per program and month, with the warnings that go with them, and the realisation per program. */
export function PaymentsTab({ programs, summary, version, onChanged }: { programs: readonly Program[]; summary: FinanceSummary | undefined; version: number; onChanged: () => void }) {
  const can = useCan();
  const styles = useStyles();
  const [programId, setProgramId] = useState<number | null>(programs[0]?.id ?? null);
  const [month, setMonth] = useState('');
  const [amount, setAmount] = useState('');
  const [date, setDate] = useState(() => localIsoDate(new Date()));
  const [reference, setReference] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<{ payment: Payment; warnings: string[] } | null>(null);
  const [offset, setOffset] = useState(0);
  const [removing, setRemoving] = useState<Payment | null>(null);
  const [reason, setReason] = useState('');
  const payments = useApi('finance.payments', { year: summary?.year, offset, limit: PAGE });
  const reload = payments.reload;
  useEffect(() => reload(), [version, reload]);
  useEffect(() => {
    if (programId === null && programs[0]) setProgramId(programs[0].id);
  }, [programs, programId]);

  const value = parseRupiah(amount.trim());
  async function record() {
    setError(null);
    setDone(null);
    if (programId === null || !month || value === null || Number.isNaN(value)) {
      setError('Pilih program dan bulan, lalu isi jumlah dalam Rupiah, misalnya 1.512.000.');
      return;
    }
    try {
      setDone(await call('finance.recordPayment', { programId, month, amount: value, date, reference }));
      setAmount('');
      setReference('');
      onChanged();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  async function remove() {
    if (!removing) return;
    setError(null);
    try {
      await call('finance.removePayment', { id: removing.id, reason });
      setRemoving(null);
      setReason('');
      onChanged();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  const rows = payments.data?.rows ?? [];
  return (
    <>
      <Section title="Catat pembayaran (SP2D)" hint="Satu nomor SP2D hanya sekali per program. Pembayaran melebihi jumlah yang layak dibayar, atau melebihi anggaran, tetap dicatat dengan peringatan.">
        <div className={styles.form}>
          <ProgramPicker programs={programs} value={programId} onChange={setProgramId} />
          <MonthField label="Bulan iuran" aria-label="Bulan iuran" value={month} onChange={setMonth} />
          <Field label="Jumlah dibayar">
            <Input aria-label="Jumlah dibayar" contentBefore="Rp" value={amount} onChange={(_e, d) => setAmount(d.value)} />
          </Field>
          <DateField label="Tanggal SP2D" aria-label="Tanggal SP2D" value={date} onChange={setDate} />
          <Field label="Nomor SP2D">
            <Input aria-label="Nomor SP2D" value={reference} onChange={(_e, d) => setReference(d.value)} placeholder="mis. 0012/SP2D/LS/2026" />
          </Field>
          <Button appearance="primary" icon={<Money20Regular />} onClick={record} disabled={!can('operate')}>
            Catat pembayaran
          </Button>
        </div>
        <ErrorBar message={error} />
        {done && (
          <MessageBar intent={done.warnings.length > 0 ? 'warning' : 'success'} layout="multiline" data-testid="payment-result">
            <MessageBarBody>
              Pembayaran #{done.payment.id} dicatat: {done.payment.programName}, {formatMonth(done.payment.month)}, {formatRupiah(done.payment.amount)} ({done.payment.reference}).
              {done.warnings.map((w) => (
                <div key={w}>Peringatan: {w}</div>
              ))}
            </MessageBarBody>
          </MessageBar>
        )}
      </Section>

      <Section title="Realisasi per program" hint="Ditagih: tagihan yang berlaku per bulan. Dicegah: yang tidak semestinya dibayar. Realisasi: dibayar dibanding anggaran.">
        {summary && <RealisationTable summary={summary} extra="payable" />}
      </Section>

      <Section title="Pembayaran yang dicatat">
        <ErrorBar message={payments.error} />
        <Table size="small" aria-label="Pembayaran yang dicatat">
          <TableHeader>
            <TableRow>
              <TableHeaderCell style={{ width: '26%' }}>Program</TableHeaderCell>
              <TableHeaderCell>Bulan iuran</TableHeaderCell>
              <TableHeaderCell className={styles.numberHeader}>Jumlah</TableHeaderCell>
              <TableHeaderCell>Tanggal</TableHeaderCell>
              <TableHeaderCell>Nomor SP2D</TableHeaderCell>
              <TableHeaderCell style={{ width: '14%' }} />
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((p) => (
              <TableRow key={p.id}>
                <TableCell>{p.programName}</TableCell>
                <TableCell>{formatMonth(p.month)}</TableCell>
                <TableCell className={styles.number}>{formatRupiah(p.amount)}</TableCell>
                <TableCell>{formatDate(p.date)}</TableCell>
                <TableCell>{p.reference}</TableCell>
                <TableCell>
                  {p.removedAt ? (
                    <Badge appearance="tint" color="subtle" title={p.removedReason ?? ''}>
                      Dihapus
                    </Badge>
                  ) : (
                    <Button size="small" appearance="subtle" disabled={!can('operate')} onClick={() => setRemoving(p)}>
                      Hapus…
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
            {payments.data?.rows.length === 0 && (
              <TableRow>
                <TableCell colSpan={6}>Belum ada pembayaran.</TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
        <Pager offset={offset} pageSize={PAGE} shown={rows.length} total={payments.data?.total ?? 0} noun="pembayaran" onChange={setOffset} />
      </Section>
      <ConfirmDialog open={removing !== null} title={`Hapus pembayaran ${removing?.reference ?? ''}?`} confirmLabel="Ya, hapus" onConfirm={remove} onCancel={() => setRemoving(null)}>
        Pembayaran yang salah catat tetap tersimpan dengan alasannya, tetapi tidak dihitung lagi.
        <Field label="Alasan" style={{ marginTop: 8 }}>
          <Input aria-label="Alasan menghapus pembayaran" value={reason} onChange={(_e, d) => setReason(d.value)} />
        </Field>
      </ConfirmDialog>
    </>
  );
}
