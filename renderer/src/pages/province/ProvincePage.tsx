import { Badge, Button, makeStyles, MessageBar, MessageBarBody, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from '@fluentui/react-components';
import { ArrowUpload20Regular, Code20Regular, DocumentPdf20Regular, Table20Regular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import { coverageByDistrictChart } from '../../../../shared/charts/coverageByDistrict';
import type { ProvinceImport } from '../../../../shared/contract/province';
import { formatDate, formatDateTime, formatMonth, formatNumber, formatPercent, formatRupiah } from '../../../../shared/domain/format';
import { localIsoDate } from '../../../../shared/domain/months';
import { call, chooseFile, saveFile } from '../../api/client';
import { useApi } from '../../api/useApi';
import { DateField } from '../../components/DateField';
import { EChart } from '../../components/EChart';
import { ErrorBar, Loading, PageHeader, Section } from '../../components/Page';
import { useCan } from '../../components/Session';
import { StatCard } from '../../components/StatCard';

const useStyles = makeStyles({
  actions: { display: 'flex', gap: '8px', alignItems: 'flex-end', flexWrap: 'wrap' },
  cards: { display: 'flex', flexWrap: 'wrap', gap: '16px', marginBottom: '20px' },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  numberHeader: { '& > *': { justifyContent: 'flex-end', textAlign: 'right' } },
  muted: { color: tokens.colorNeutralForeground3, display: 'block' },
});

const pct = (value: number | null) => (value === null ? '–' : formatPercent(value));
const num = (value: number | null) => (value === null ? '–' : formatNumber(value));

/**
 * The province's Disnaker and the BPJS regional office follow every regency's coverage against its
 * target from the packages the regencies send: figures only, summed for the province, weighted by
 * working population.
 */
export function ProvincePage() {
  const styles = useStyles();
  const can = useCan();
  const [asOf, setAsOf] = useState(() => localIsoDate(new Date()));
  const report = useApi('province.report', { asOf });
  const packages = useApi('province.packages', {});
  const [imported, setImported] = useState<ProvinceImport | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const r = report.data;
  const chart = useMemo(
    () => coverageByDistrictChart((r?.regencies ?? []).map((g) => ({ name: g.name.replace(/^Kabupaten /, 'Kab. '), percent: g.coveragePercent })), r?.total.targetPercent ?? null),
    [r],
  );

  async function importPackage() {
    setError(null);
    setImported(null);
    try {
      const file = await chooseFile({ name: 'Paket kabupaten Cakap', extensions: ['cakap'] });
      if (!file) return;
      setBusy('import');
      setImported(await call('province.importPackages', { fileIds: [file.fileId] }));
      report.reload();
      packages.reload();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(null);
    }
  }

  async function exportAs(format: 'pdf' | 'xlsx' | 'json') {
    setBusy(format);
    setError(null);
    try {
      await saveFile(await call('province.export', { format, asOf }));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(null);
    }
  }

  return (
    <>
      <PageHeader
        title="Provinsi"
        subtitle={r ? `Provinsi ${r.province.name}: capaian kabupaten/kota per ${formatDate(r.asOf)}` : 'Capaian kabupaten/kota dari paket yang mereka kirim'}
        actions={
          <div className={styles.actions}>
            <DateField label="Keadaan per" aria-label="Keadaan per tanggal" value={asOf} onChange={(value) => value && setAsOf(value)} />
            <Button appearance="primary" icon={<ArrowUpload20Regular />} disabled={busy !== null || !can('operate')} onClick={importPackage}>
              {busy === 'import' ? 'Memeriksa paket…' : 'Impor paket kabupaten…'}
            </Button>
            <Button icon={<DocumentPdf20Regular />} disabled={!r || busy !== null} onClick={() => exportAs('pdf')}>
              Laporan PDF
            </Button>
            <Button icon={<Table20Regular />} disabled={!r || busy !== null} onClick={() => exportAs('xlsx')}>
              Excel
            </Button>
            <Button icon={<Code20Regular />} disabled={!r || busy !== null} onClick={() => exportAs('json')}>
              JSON
            </Button>
          </div>
        }
      />
      <ErrorBar message={error ?? report.error} />
      {imported && (
        <MessageBar intent={imported.refused.length > 0 ? 'warning' : 'success'} layout="multiline" style={{ marginBottom: 16 }}>
          <MessageBarBody>
            {formatNumber(imported.imported)} paket diimpor{imported.replaced > 0 ? `, ${formatNumber(imported.replaced)} menggantikan paket lama` : ''}.
            {imported.refused.map((refusal) => (
              <div key={refusal.file}>Ditolak: {refusal.reason}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      {!r ? (
        <Loading label="Menjumlahkan paket…" />
      ) : (
        <>
          <div className={styles.cards}>
            <StatCard label="Cakupan provinsi" value={pct(r.total.coveragePercent)} note={`${num(r.total.active)} dari ${num(r.total.workforce)} pekerja`} testId="province-coverage" />
            <StatCard label="Target (tertimbang)" value={pct(r.total.targetPercent)} note="target kabupaten/kota × penduduk bekerjanya" />
            <StatCard label="Kekurangan dari target" value={`${num(r.total.gapWorkers)} pekerja`} note={`biaya setahun ${formatRupiah(r.total.gapRupiah)}`} compact />
            <StatCard label="Paket bulan ini" value={`${r.total.reporting} dari ${r.total.regencies}`} note={`kabupaten/kota, ${formatMonth(r.month)}`} testId="province-reporting" compact />
          </div>
          <Section title="Capaian kabupaten/kota" hint="Dari paket terbaru setiap kabupaten/kota untuk bulan ini; yang belum mengirim memakai paket bulan sebelumnya (ditandai).">
            <Table size="small" aria-label="Capaian kabupaten/kota">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell style={{ width: '20%' }}>Kabupaten/kota</TableHeaderCell>
                  <TableHeaderCell style={{ width: '11%' }} className={styles.numberHeader}>Penduduk bekerja</TableHeaderCell>
                  <TableHeaderCell style={{ width: '10%' }} className={styles.numberHeader}>Peserta aktif</TableHeaderCell>
                  <TableHeaderCell style={{ width: '8%' }} className={styles.numberHeader}>Cakupan</TableHeaderCell>
                  <TableHeaderCell style={{ width: '8%' }} className={styles.numberHeader}>Target</TableHeaderCell>
                  <TableHeaderCell style={{ width: '10%' }} className={styles.numberHeader}>Kekurangan</TableHeaderCell>
                  <TableHeaderCell style={{ width: '16%' }} className={styles.numberHeader}>Biaya setahun</TableHeaderCell>
                  <TableHeaderCell style={{ width: '17%', paddingLeft: 16 }}>Paket</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {r.regencies.map((g) => (
                  <TableRow key={g.code}>
                    <TableCell>{g.name}</TableCell>
                    <TableCell className={styles.number}>{num(g.workforce)}</TableCell>
                    <TableCell className={styles.number}>{num(g.active)}</TableCell>
                    <TableCell className={styles.number}>{pct(g.coveragePercent)}</TableCell>
                    <TableCell className={styles.number}>{pct(g.targetPercent)}</TableCell>
                    <TableCell className={styles.number}>{num(g.gapWorkers)}</TableCell>
                    <TableCell className={styles.number}>{g.gapRupiah === null ? '–' : formatRupiah(g.gapRupiah)}</TableCell>
                    <TableCell style={{ paddingLeft: 16 }}>
                      {g.received ? (
                        <Badge appearance="tint" color="success" style={{ whiteSpace: 'nowrap' }}>
                          {formatMonth(g.packageMonth!)}
                        </Badge>
                      ) : g.packageMonth ? (
                        <Badge appearance="tint" color="warning" title="belum mengirim untuk bulan ini" style={{ whiteSpace: 'nowrap' }}>
                          {formatMonth(g.packageMonth)}
                        </Badge>
                      ) : (
                        <Badge appearance="tint" color="danger">
                          Belum ada
                        </Badge>
                      )}
                    </TableCell>
                  </TableRow>
                ))}
                <TableRow>
                  <TableCell>
                    <strong>Provinsi</strong>
                  </TableCell>
                  <TableCell className={styles.number}>
                    <strong>{num(r.total.workforce)}</strong>
                  </TableCell>
                  <TableCell className={styles.number}>
                    <strong>{num(r.total.active)}</strong>
                  </TableCell>
                  <TableCell className={styles.number}>
                    <strong>{pct(r.total.coveragePercent)}</strong>
                  </TableCell>
                  <TableCell className={styles.number}>
                    <strong>{pct(r.total.targetPercent)}</strong>
                  </TableCell>
                  <TableCell className={styles.number}>
                    <strong>{num(r.total.gapWorkers)}</strong>
                  </TableCell>
                  <TableCell className={styles.number}>
                    <strong>{formatRupiah(r.total.gapRupiah)}</strong>
                  </TableCell>
                  <TableCell style={{ paddingLeft: 16 }}>{`${r.total.reporting} dari ${r.total.regencies}`}</TableCell>
                </TableRow>
              </TableBody>
            </Table>
            {r.regencies.some((g) => g.coveragePercent !== null) && <EChart option={chart} height={80 + 26 * r.regencies.filter((g) => g.coveragePercent !== null).length} label="Cakupan per kabupaten/kota" />}
          </Section>
          {r.missing.length > 0 && (
            <Section title={`Belum mengirim paket untuk ${formatMonth(r.month)}`} hint="Ingatkan kabupaten/kota ini mengirim paket Cakap (Dasbor › Paket untuk provinsi).">
              <Text>{r.missing.map((m) => (m.lastMonth ? `${m.name} (terakhir ${formatMonth(m.lastMonth)})` : m.name)).join(', ')}.</Text>
            </Section>
          )}
          <Section title="Riwayat paket" hint="Setiap paket yang diterima; yang digantikan paket lebih baru untuk bulan yang sama tetap tercatat.">
            <Table size="small" aria-label="Riwayat paket">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>Kabupaten/kota</TableHeaderCell>
                  <TableHeaderCell>Bulan</TableHeaderCell>
                  <TableHeaderCell>Dibuat</TableHeaderCell>
                  <TableHeaderCell>Diimpor</TableHeaderCell>
                  <TableHeaderCell>Keadaan</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {(packages.data ?? []).map((p) => (
                  <TableRow key={p.id}>
                    <TableCell>
                      {p.regencyName}
                      <span className={styles.muted}>{p.fileName}</span>
                    </TableCell>
                    <TableCell>{formatMonth(p.month)}</TableCell>
                    <TableCell>
                      {formatDateTime(p.exportedAt)}
                      <span className={styles.muted}>{p.exportedBy}</span>
                    </TableCell>
                    <TableCell>
                      {formatDateTime(p.importedAt)}
                      <span className={styles.muted}>oleh {p.importedBy}</span>
                    </TableCell>
                    <TableCell>{p.current ? 'Berlaku' : 'Digantikan paket lebih baru'}</TableCell>
                  </TableRow>
                ))}
                {packages.data?.length === 0 && (
                  <TableRow>
                    <TableCell colSpan={5}>Belum ada paket. Kabupaten/kota membuatnya di Dasbor Cakap mereka (Paket untuk provinsi).</TableCell>
                  </TableRow>
                )}
              </TableBody>
            </Table>
          </Section>
        </>
      )}
    </>
  );
}
