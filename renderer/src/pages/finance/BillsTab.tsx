import {
  Badge,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { ArrowUpload20Regular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import type { BillResult, Program } from '../../../../shared/contract';
import { BILL_LIST_KINDS } from '../../../../shared/domain/batchKinds';
import { BILL_REASON_LABELS, BILL_REASONS, NOT_BILLED_LABEL } from '../../../../shared/domain/finance';
import { formatMonth, formatNumber, formatRupiah } from '../../../../shared/domain/format';
import { sameFileSentence } from '../../../../shared/domain/importMessages';
import { call, chooseFile, newJobId } from '../../api/client';
import { useApi } from '../../api/useApi';
import { MonthField } from '../../components/DateField';
import { ImportHistory } from '../../components/ImportHistory';
import { ErrorBar, Section } from '../../components/Page';
import { Pager } from '../../components/Pager';
import { BillDetail } from './BillDetail';
import { ProgramPicker } from './ProgramPicker';
import { useCan } from '../../components/Session';

const useStyles = makeStyles({
  form: { display: 'flex', gap: '12px', alignItems: 'flex-end', flexWrap: 'wrap', marginBottom: '12px' },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  numberHeader: { '& > *': { justifyContent: 'flex-end', textAlign: 'right' } },
  row: { cursor: 'pointer', ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover } },
  selected: { backgroundColor: tokens.colorBrandBackground2 },
});

const PAGE = 20;

/** One sentence of what the check found, for the message after an import. */
export function billSentence(r: BillResult): string {
  const reasons = BILL_REASONS.filter((x) => r.exceptions[x] > 0).map((x) => `${BILL_REASON_LABELS[x].toLowerCase()} ${formatNumber(r.exceptions[x])}`);
  return (
    `${formatNumber(r.billedWorkers)} orang ditagih ${formatRupiah(r.billedAmount)}; penerima program bulan itu ${formatNumber(r.expectedWorkers)} orang (${formatRupiah(r.expectedAmount)}). ` +
    (reasons.length > 0 ? `Tidak dibayar ${formatRupiah(r.exceptionAmount)} (${reasons.join(', ')}). ` : 'Semua baris sesuai. ') +
    `Layak dibayar ${formatRupiah(r.payable)}.` +
    (r.exceptions.notBilled > 0 ? ` ${NOT_BILLED_LABEL}: ${formatNumber(r.exceptions.notBilled)} orang.` : '')
  );
}

export function BillsTab({ programs, version, onChanged }: { programs: readonly Program[]; version: number; onChanged: () => void }) {
  const can = useCan();
  const styles = useStyles();
  const [programId, setProgramId] = useState<number | null>(programs[0]?.id ?? null);
  const [month, setMonth] = useState('');
  const [offset, setOffset] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<BillResult | null>(null);
  const [open, setOpen] = useState<number | null>(null);
  const bills = useApi('finance.bills', { limit: PAGE, offset });
  const reload = bills.reload;
  useEffect(() => reload(), [version, reload]);
  useEffect(() => {
    if (programId === null && programs[0]) setProgramId(programs[0].id);
  }, [programs, programId]);

  async function check() {
    if (programId === null) return;
    setError(null);
    setResult(null);
    try {
      const file = await chooseFile({ name: 'Rincian tagihan iuran', extensions: ['xlsx', 'csv'] });
      if (!file) return;
      setBusy(true);
      const checked = await call('finance.importBill', { jobId: newJobId(), fileId: file.fileId, programId, month: month || undefined });
      setResult(checked);
      setOpen(checked.batchId ?? checked.duplicateOf?.batchId ?? null);
      onChanged();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  }

  const rows = bills.data?.rows ?? [];
  const rowIssues = result?.issues.filter((i) => i.row !== null) ?? [];
  return (
    <>
      <Section
        title="Periksa tagihan kantor cabang"
        hint="Rincian tagihan iuran untuk satu program dan satu bulan. Setiap baris diperiksa terhadap data penerima: bukan penerima, di luar masa kepesertaan, sesudah meninggal, ditagih ganda, peserta penerima upah, iuran tidak sesuai."
      >
        <div className={styles.form}>
          <ProgramPicker programs={programs} value={programId} onChange={setProgramId} />
          <MonthField label="Bulan tagihan (kosong: dari judul berkas)" aria-label="Bulan tagihan" value={month} onChange={setMonth} />
          <Button appearance="primary" icon={<ArrowUpload20Regular />} disabled={busy || programId === null || !can('operate')} onClick={check}>
            {busy ? 'Memeriksa…' : 'Periksa tagihan…'}
          </Button>
        </div>
        <ErrorBar message={error} />
        {result && (
          <MessageBar intent={result.duplicateOf ? 'warning' : result.exceptionAmount > 0 ? 'warning' : 'success'} layout="multiline" data-testid="bill-result">
            <MessageBarBody>
              {result.duplicateOf ? (
                sameFileSentence(result.file, result.duplicateOf)
              ) : (
                <>
                  <MessageBarTitle>
                    Tagihan #{result.batchId} {result.programName}, {formatMonth(result.month)}
                    {result.replaces ? ` (koreksi atas tagihan #${result.replaces})` : ''}
                  </MessageBarTitle>
                  {billSentence(result)}
                </>
              )}
              {result.issues.filter((i) => i.row === null).map((i) => (
                <div key={i.message}>{i.message}</div>
              ))}
              {rowIssues.slice(0, 5).map((i) => (
                <div key={`${i.sheet}-${i.row}-${i.code}`}>{i.message}</div>
              ))}
              {rowIssues.length > 5 && <div>… dan {formatNumber(rowIssues.length - 5)} catatan lain di Riwayat impor tagihan.</div>}
            </MessageBarBody>
          </MessageBar>
        )}
      </Section>

      <Section title="Tagihan yang sudah diperiksa" hint="Tagihan kedua untuk program dan bulan yang sama adalah koreksi: keduanya disimpan, yang terbaru berlaku. Klik tagihan untuk melihat barisnya dan mencetak berita acara.">
        <ErrorBar message={bills.error} />
        <Table size="small" aria-label="Tagihan yang sudah diperiksa">
          <TableHeader>
            <TableRow>
              <TableHeaderCell style={{ width: '6%' }}>Impor</TableHeaderCell>
              <TableHeaderCell style={{ width: '17%' }}>Program</TableHeaderCell>
              <TableHeaderCell style={{ width: '13%' }}>Bulan</TableHeaderCell>
              <TableHeaderCell className={styles.numberHeader}>Ditagih</TableHeaderCell>
              <TableHeaderCell className={styles.numberHeader}>Dicegah</TableHeaderCell>
              <TableHeaderCell className={styles.numberHeader}>Layak dibayar</TableHeaderCell>
              <TableHeaderCell className={styles.numberHeader}>Dibayar</TableHeaderCell>
              <TableHeaderCell style={{ width: '13%' }}>Status</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((b) => (
              <TableRow
                key={b.batchId}
                className={`${styles.row} ${open === b.batchId ? styles.selected : ''}`}
                onClick={() => setOpen(b.batchId)}
                onKeyDown={(e) => e.key === 'Enter' && setOpen(b.batchId)}
                tabIndex={0}
                aria-label={`Tagihan #${b.batchId} ${b.programName} ${formatMonth(b.month)}`}
              >
                <TableCell>#{b.batchId}</TableCell>
                <TableCell>{b.programName}</TableCell>
                <TableCell>{formatMonth(b.month)}</TableCell>
                <TableCell className={styles.number}>{formatRupiah(b.billedAmount)}</TableCell>
                <TableCell className={styles.number}>{formatRupiah(b.exceptionAmount)}</TableCell>
                <TableCell className={styles.number}>{formatRupiah(b.payable)}</TableCell>
                <TableCell className={styles.number}>{formatRupiah(b.paid)}</TableCell>
                <TableCell>
                  {b.counts ? (
                    <Badge appearance="tint" color="success">
                      Berlaku
                    </Badge>
                  ) : (
                    <Badge appearance="tint" color="subtle">
                      Dikoreksi oleh #{b.replacedBy}
                    </Badge>
                  )}
                </TableCell>
              </TableRow>
            ))}
            {bills.data?.rows.length === 0 && (
              <TableRow>
                <TableCell colSpan={8}>Belum ada tagihan yang diperiksa.</TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
        <Pager offset={offset} pageSize={PAGE} shown={rows.length} total={bills.data?.total ?? 0} noun="tagihan" onChange={setOffset} />
      </Section>

      {open !== null && <BillDetail key={`${open}-${version}`} batchId={open} />}

      <ImportHistory
        kinds={BILL_LIST_KINDS}
        title="Riwayat impor tagihan"
        hint="Setiap tagihan yang diperiksa dapat dibatalkan; tagihan sebelumnya untuk program dan bulan yang sama berlaku lagi. Baris yang iurannya tidak terbaca dapat diunduh."
        emptyText="Belum ada tagihan yang diimpor."
        undoEffect="Tagihan sebelumnya untuk program dan bulan yang sama berlaku lagi."
        version={version}
        onUndone={() => {
          setOpen(null);
          onChanged();
        }}
      />
    </>
  );
}
