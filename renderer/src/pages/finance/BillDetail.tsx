import { Button, makeStyles, MessageBar, MessageBarBody, SearchBox, Tab, TabList, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from '@fluentui/react-components';
import { DocumentPdf20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { BillReason } from '../../../../shared/domain/finance';
import { BILL_REASON_HINTS, BILL_REASON_LABELS, BILL_REASONS, NOT_BILLED_LABEL } from '../../../../shared/domain/finance';
import { formatDate, formatMonth, formatNumber, formatRupiah } from '../../../../shared/domain/format';
import { call, saveFile } from '../../api/client';
import { useApi } from '../../api/useApi';
import { ErrorBar, Loading, Section } from '../../components/Page';
import { Pager } from '../../components/Pager';
import { StatCard } from '../../components/StatCard';

const useStyles = makeStyles({
  cards: { display: 'flex', flexWrap: 'wrap', gap: '16px', marginBottom: '16px' },
  actions: { display: 'flex', gap: '8px', alignItems: 'center', flexWrap: 'wrap', marginBottom: '12px' },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  numberHeader: { '& > *': { justifyContent: 'flex-end', textAlign: 'right' } },
  muted: { color: tokens.colorNeutralForeground3 },
});

type View = BillReason | 'exceptions' | 'notBilled' | 'all';
const PAGE = 50;

/** One checked bill: its figures, its rows by reason, and its minute. */
export function BillDetail({ batchId }: { batchId: number }) {
  const styles = useStyles();
  const bill = useApi('finance.bill', { batchId });
  const [view, setView] = useState<View>('exceptions');
  const [offset, setOffset] = useState(0);
  const [search, setSearch] = useState('');
  const rows = useApi('finance.billRows', { batchId, view, offset, limit: PAGE, search: search || undefined });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function minutes() {
    setBusy(true);
    setError(null);
    try {
      await saveFile(await call('finance.minutes', { batchId }));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  }

  const b = bill.data;
  if (!b) return bill.error ? <ErrorBar message={bill.error} /> : <Loading />;
  const exceptionRows = BILL_REASONS.reduce((n, r) => n + b.exceptions[r], 0);
  const count = (v: View) => (v === 'exceptions' ? exceptionRows : v === 'notBilled' ? b.exceptions.notBilled : v === 'all' ? null : b.exceptions[v]);
  const views: View[] = ['exceptions', ...BILL_REASONS.filter((r) => b.exceptions[r] > 0), ...(b.exceptions.notBilled > 0 ? (['notBilled'] as const) : []), 'all'];
  const label = (v: View) => (v === 'exceptions' ? 'Semua pengecualian' : v === 'notBilled' ? NOT_BILLED_LABEL : v === 'all' ? 'Semua baris' : BILL_REASON_LABELS[v]);
  const hint = view === 'exceptions' || view === 'all' ? null : view === 'notBilled' ? 'Penerima program pada bulan itu yang tidak ada di tagihan: mereka belum terlindungi.' : BILL_REASON_HINTS[view];
  const change = (v: View) => {
    setView(v);
    setOffset(0);
  };
  return (
    <Section title={`Tagihan #${b.batchId}: ${b.programName}, ${formatMonth(b.month)}`} hint={`Berkas "${b.file}", diperiksa ${formatDate(b.createdAt)} oleh ${b.actor}.${b.counts ? '' : ` Sudah dikoreksi oleh tagihan #${b.replacedBy}.`}`}>
      <div className={styles.cards}>
        <StatCard label="Ditagih" value={formatRupiah(b.billedAmount)} note={`${formatNumber(b.billedWorkers)} orang`} compact />
        <StatCard label="Seharusnya" value={formatRupiah(b.expectedAmount)} note={`${formatNumber(b.expectedWorkers)} penerima × ${formatRupiah(b.premium)}`} compact />
        <StatCard testId="bill-exceptions" label="Tidak dibayar" value={formatRupiah(b.exceptionAmount)} note={`${formatNumber(exceptionRows)} baris pengecualian`} compact />
        <StatCard testId="bill-payable" label="Layak dibayar" value={formatRupiah(b.payable)} note={b.paid > 0 ? `sudah dibayar ${formatRupiah(b.paid)}` : 'belum ada pembayaran'} compact />
      </div>
      {b.notes.length > 0 && (
        <MessageBar intent="info" layout="multiline" style={{ marginBottom: 12 }}>
          <MessageBarBody>
            {b.notes.map((n) => (
              <div key={n}>{n}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button icon={<DocumentPdf20Regular />} appearance="primary" disabled={busy} onClick={minutes}>
          {busy ? 'Menyusun berita acara…' : 'Berita acara rekonsiliasi (PDF)'}
        </Button>
        <Text size={200} className={styles.muted}>
          Untuk ditandatangani dinas dan kantor cabang: angka pemeriksaan, jumlah yang disepakati, lampiran baris yang tidak dibayar (NIK disamarkan).
        </Text>
      </div>
      <ErrorBar message={error ?? rows.error} />
      <TabList selectedValue={view} onTabSelect={(_e, d) => change(d.value as View)} size="small">
        {views.map((v) => (
          <Tab key={v} value={v}>
            {label(v)}
            {count(v) === null ? '' : ` (${formatNumber(count(v)!)})`}
          </Tab>
        ))}
      </TabList>
      <div className={styles.actions} style={{ marginTop: 8 }}>
        {hint && <Text size={200}>{hint[0]!.toUpperCase() + hint.slice(1)}.</Text>}
        <SearchBox placeholder="Cari NIK, KPJ atau nama" value={search} onChange={(_e, d) => { setSearch(d.value); setOffset(0); }} style={{ marginLeft: 'auto' }} aria-label="Cari baris tagihan" />
      </div>
      <Table size="small" aria-label={`Baris tagihan: ${label(view)}`}>
        <TableHeader>
          <TableRow>
            {view !== 'notBilled' && <TableHeaderCell style={{ width: '6%' }}>Baris</TableHeaderCell>}
            <TableHeaderCell style={{ width: '16%' }}>NIK</TableHeaderCell>
            <TableHeaderCell style={{ width: '18%' }}>Nama</TableHeaderCell>
            {view === 'notBilled' ? <TableHeaderCell>Desa/nagari</TableHeaderCell> : <TableHeaderCell style={{ width: '13%' }}>Bulan</TableHeaderCell>}
            {view !== 'notBilled' && <TableHeaderCell className={styles.numberHeader} style={{ width: '10%' }}>Ditagih</TableHeaderCell>}
            {view !== 'notBilled' && <TableHeaderCell className={styles.numberHeader} style={{ width: '11%' }}>Tidak dibayar</TableHeaderCell>}
            {view !== 'notBilled' && <TableHeaderCell>Keterangan</TableHeaderCell>}
          </TableRow>
        </TableHeader>
        <TableBody>
          {(rows.data?.rows ?? []).map((r, i) => (
            <TableRow key={`${r.sheet}-${r.row ?? i}-${r.nik ?? ''}`}>
              {view !== 'notBilled' && <TableCell>{r.row ?? '–'}</TableCell>}
              <TableCell>{r.nik ?? (r.kpj ? `KPJ ${r.kpj}` : '–')}</TableCell>
              <TableCell>{r.name ?? '–'}</TableCell>
              {view === 'notBilled' ? <TableCell>{r.villageName ?? '–'}</TableCell> : <TableCell>{formatMonth(r.month)}</TableCell>}
              {view !== 'notBilled' && <TableCell className={styles.number}>{r.amount === null ? '–' : formatRupiah(r.amount)}</TableCell>}
              {view !== 'notBilled' && <TableCell className={styles.number}>{r.exceptionAmount > 0 ? formatRupiah(r.exceptionAmount) : '–'}</TableCell>}
              {view !== 'notBilled' && <TableCell>{r.reason ? `${BILL_REASON_LABELS[r.reason]}: ${r.detail ?? ''}` : 'Sesuai'}</TableCell>}
            </TableRow>
          ))}
          {rows.data?.rows.length === 0 && (
            <TableRow>
              <TableCell colSpan={7}>Tidak ada.</TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
      <Pager offset={offset} pageSize={PAGE} shown={rows.data?.rows.length ?? 0} total={rows.data?.total ?? 0} noun={view === 'notBilled' ? 'orang' : 'baris'} onChange={setOffset} />
    </Section>
  );
}
