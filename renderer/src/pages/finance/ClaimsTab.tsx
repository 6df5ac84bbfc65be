import { Button, Dropdown, makeStyles, MessageBar, MessageBarBody, Option, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import { ArrowUpload20Regular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import type { ClaimsResult, FinanceSummary } from '../../../../shared/contract';
import { CLAIM_LIST_KINDS } from '../../../../shared/domain/batchKinds';
import { CLAIM_TYPE_LABELS, CLAIM_TYPES, type ClaimType } from '../../../../shared/domain/finance';
import { formatDate, formatNumber, formatRupiah } from '../../../../shared/domain/format';
import { sameFileSentence } from '../../../../shared/domain/importMessages';
import { call, chooseFile, newJobId } from '../../api/client';
import { useApi } from '../../api/useApi';
import { ImportHistory } from '../../components/ImportHistory';
import { ErrorBar, Section } from '../../components/Page';
import { Pager } from '../../components/Pager';
import { useCan } from '../../components/Session';

const useStyles = makeStyles({
  form: { display: 'flex', gap: '12px', alignItems: 'center', flexWrap: 'wrap', marginBottom: '12px' },
  columns: { display: 'grid', gridTemplateColumns: 'minmax(320px, 1fr) minmax(320px, 1fr)', gap: '24px', alignItems: 'start' },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  numberHeader: { '& > *': { justifyContent: 'flex-end', textAlign: 'right' } },
});

const PAGE = 50;

/** The branch's claim lists: what the protection brought the regency's beneficiaries, against the premiums paid. */
export function ClaimsTab({ year, summary, version, onChanged }: { year: number; summary: FinanceSummary | undefined; version: number; onChanged: () => void }) {
  const can = useCan();
  const styles = useStyles();
  const [type, setType] = useState<ClaimType | 'all'>('all');
  const [offset, setOffset] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<ClaimsResult | null>(null);
  const claims = useApi('finance.claims', { year, type: type === 'all' ? undefined : type, offset, limit: PAGE });
  const reload = claims.reload;
  useEffect(() => reload(), [version, reload]);

  async function importClaims() {
    setError(null);
    setResult(null);
    try {
      const file = await chooseFile({ name: 'Daftar klaim', extensions: ['xlsx', 'csv'] });
      if (!file) return;
      setBusy(true);
      setResult(await call('finance.importClaims', { jobId: newJobId(), fileId: file.fileId }));
      onChanged();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  }

  const b = summary?.benefits;
  const rows = claims.data?.rows ?? [];
  return (
    <>
      <Section title="Klaim yang dibayar kantor cabang" hint="Daftar klaim (JKK, JKM, JHT, JKP, beasiswa) dicocokkan dengan pekerja dan dengan program yang membayar iurannya pada tanggal kejadian. Klaim JKM mencatat tanggal meninggal: tagihan bulan sesudahnya tidak dibayar.">
        <div className={styles.form}>
          <Button appearance="primary" icon={<ArrowUpload20Regular />} disabled={busy || !can('operate')} onClick={importClaims}>
            {busy ? 'Mengimpor…' : 'Impor daftar klaim…'}
          </Button>
          <Text size={200}>Daftar kumulatif boleh diimpor lagi: klaim yang sudah tercatat tidak dihitung dua kali.</Text>
        </div>
        <ErrorBar message={error} />
        {result && (
          <MessageBar intent={result.duplicateOf || result.rejected > 0 ? 'warning' : 'success'} layout="multiline" data-testid="claims-result">
            <MessageBarBody>
              {result.duplicateOf
                ? sameFileSentence(result.file, result.duplicateOf)
                : `Impor #${result.batchId} "${result.file}": ${formatNumber(result.accepted)} klaim baru (${formatNumber(result.matched)} cocok dengan pekerja, ${formatNumber(result.funded)} penerima program), ${formatNumber(result.alreadyRecorded)} sudah tercatat, ${formatNumber(result.rejected)} ditolak.`}
              {result.issues.slice(0, 5).map((i) => (
                <div key={`${i.row}-${i.code}-${i.message}`}>{i.message}</div>
              ))}
            </MessageBarBody>
          </MessageBar>
        )}
      </Section>

      {b && (
        <Section title={`Manfaat dibanding iuran, ${year}`} hint={`Klaim pekerja yang iurannya dibayar program tahun ${year} pada bulan kejadian, dibanding iuran yang dibayar program-program itu.`}>
          <div className={styles.columns}>
            <Table size="small" aria-label="Manfaat menurut jenis klaim">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>Jenis klaim</TableHeaderCell>
                  <TableHeaderCell className={styles.numberHeader}>Klaim</TableHeaderCell>
                  <TableHeaderCell className={styles.numberHeader}>Manfaat</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {CLAIM_TYPES.map((t) => (
                  <TableRow key={t}>
                    <TableCell>{CLAIM_TYPE_LABELS[t]}</TableCell>
                    <TableCell className={styles.number}>{formatNumber(b.byType[t].count)}</TableCell>
                    <TableCell className={styles.number}>{formatRupiah(b.byType[t].amount)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <Table size="small" aria-label="Manfaat per program">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell style={{ width: '46%' }}>Program</TableHeaderCell>
                  <TableHeaderCell className={styles.numberHeader}>Iuran dibayar</TableHeaderCell>
                  <TableHeaderCell className={styles.numberHeader}>Manfaat</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {(summary?.programs ?? []).map((p) => (
                  <TableRow key={p.id}>
                    <TableCell>{p.name}</TableCell>
                    <TableCell className={styles.number}>{formatRupiah(p.paid)}</TableCell>
                    <TableCell className={styles.number}>{formatRupiah(p.claims.amount)}</TableCell>
                  </TableRow>
                ))}
                <TableRow>
                  <TableCell>
                    <strong>Jumlah{b.ratio !== null && summary!.totals.claims.count > 0 ? `: manfaat ${formatNumber(b.ratio, 2)} kali iuran` : ''}</strong>
                  </TableCell>
                  <TableCell className={styles.number}>
                    <strong>{formatRupiah(b.premiumsPaid)}</strong>
                  </TableCell>
                  <TableCell className={styles.number}>
                    <strong>{formatRupiah(summary!.totals.claims.amount)}</strong>
                  </TableCell>
                </TableRow>
              </TableBody>
            </Table>
          </div>
          {b.unfunded.count > 0 && (
            <Text size={200} style={{ display: 'block', marginTop: 8 }}>
              Sebagai pembanding: {formatNumber(b.unfunded.count)} klaim ({formatRupiah(b.unfunded.amount)}) dibayar kepada pekerja di Cakap yang iurannya tidak dibayar program pada bulan kejadian.
            </Text>
          )}
        </Section>
      )}

      <Section title="Daftar klaim">
        <div className={styles.form}>
          <Dropdown aria-label="Jenis klaim" value={type === 'all' ? 'Semua jenis' : CLAIM_TYPE_LABELS[type]} selectedOptions={[type]} onOptionSelect={(_e, d) => { setType(d.optionValue as ClaimType | 'all'); setOffset(0); }}>
            <Option value="all">Semua jenis</Option>
            {CLAIM_TYPES.map((t) => (
              <Option key={t} value={t}>
                {CLAIM_TYPE_LABELS[t]}
              </Option>
            ))}
          </Dropdown>
        </div>
        <ErrorBar message={claims.error} />
        <Table size="small" aria-label="Daftar klaim">
          <TableHeader>
            <TableRow>
              <TableHeaderCell style={{ width: '14%' }}>Jenis</TableHeaderCell>
              <TableHeaderCell style={{ width: '16%' }}>NIK</TableHeaderCell>
              <TableHeaderCell>Nama</TableHeaderCell>
              <TableHeaderCell>Kejadian</TableHeaderCell>
              <TableHeaderCell>Dibayar</TableHeaderCell>
              <TableHeaderCell className={styles.numberHeader}>Jumlah</TableHeaderCell>
              <TableHeaderCell style={{ width: '22%' }}>Dibiayai program</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((c) => (
              <TableRow key={c.id}>
                <TableCell>{CLAIM_TYPE_LABELS[c.type]}</TableCell>
                <TableCell>{c.nik ?? (c.kpj ? `KPJ ${c.kpj}` : '–')}</TableCell>
                <TableCell>{c.workerName ?? c.name ?? '–'}</TableCell>
                <TableCell>{c.eventDate ? formatDate(c.eventDate) : '–'}</TableCell>
                <TableCell>{c.paidDate ? formatDate(c.paidDate) : '–'}</TableCell>
                <TableCell className={styles.number}>{formatRupiah(c.amount)}</TableCell>
                <TableCell>{c.programName ?? (c.workerName ? 'tidak dibiayai program' : 'tidak ada di data pekerja')}</TableCell>
              </TableRow>
            ))}
            {claims.data?.rows.length === 0 && (
              <TableRow>
                <TableCell colSpan={7}>Belum ada klaim tahun {year}.</TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
        <Pager offset={offset} pageSize={PAGE} shown={rows.length} total={claims.data?.total ?? 0} noun="klaim" onChange={setOffset} />
      </Section>
      <ImportHistory
        kinds={CLAIM_LIST_KINDS}
        title="Riwayat impor daftar klaim"
        emptyText="Belum ada daftar klaim yang diimpor."
        undoEffect="Kematian yang dicatatnya tidak lagi menghentikan tagihan berikutnya."
        version={version}
        onUndone={onChanged}
      />
    </>
  );
}
