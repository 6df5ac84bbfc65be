import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { DocumentPdf20Regular, Table20Regular, Send20Regular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import { coverageByDistrictChart } from '../../../../shared/charts/coverageByDistrict';
import { coverageTrendChart } from '../../../../shared/charts/coverageTrend';
import { formatDate, formatMonth, formatMonthRange, formatNumber, formatPercent, formatPoints, formatRupiah } from '../../../../shared/domain/format';
import { localIsoDate } from '../../../../shared/domain/months';
import { call, saveFile } from '../../api/client';
import { useApi } from '../../api/useApi';
import { EChart } from '../../components/EChart';
import { ErrorBar, Loading, PageHeader, Section } from '../../components/Page';
import { StatCard } from '../../components/StatCard';
import type { WorkerFilter } from '../workers/WorkersPage';
import type { ComplianceFilter } from '../compliance/CompliancePage';
import { ComplianceSection } from '../compliance/ComplianceSection';
import { FinanceSection } from '../finance/FinanceSection';
import { DateField } from '../../components/DateField';
import { useCan } from '../../components/Session';

const useStyles = makeStyles({
  cards: { display: 'flex', flexWrap: 'wrap', gap: '16px', marginBottom: '20px' },
  columns: { display: 'grid', gridTemplateColumns: 'minmax(380px, 1fr) minmax(380px, 1fr)', gap: '20px' },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  numberHeader: { '& > *': { justifyContent: 'flex-end', textAlign: 'right' } },
  link: { cursor: 'pointer', ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover } },
  cardLink: { cursor: 'pointer', border: 'none', background: 'none', padding: 0, textAlign: 'left', flex: '1 1 180px', display: 'flex' },
  actions: { display: 'flex', gap: '8px', alignItems: 'flex-end' },
  findings: { margin: 0, paddingLeft: '20px', lineHeight: '1.6' },
});

interface Props {
  onOpenSettings: () => void;
  onOpenWorkers: (filter: WorkerFilter) => void;
  onOpenProgram: (programId: number) => void;
  onOpenCompliance: (filter: ComplianceFilter) => void;
  onOpenFinance: () => void;
}

export function DashboardPage({ onOpenSettings, onOpenWorkers, onOpenProgram, onOpenCompliance, onOpenFinance }: Props) {
  const styles = useStyles();
  const can = useCan();
  const [asOf, setAsOf] = useState(() => localIsoDate(new Date()));
  const report = useApi('report.coverage', { asOf });
  const [exporting, setExporting] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const r = report.data;

  const districtChart = useMemo(
    () => coverageByDistrictChart((r?.byDistrict ?? []).map((d) => ({ name: d.name, percent: d.percent })), r?.target.percent ?? null),
    [r],
  );
  const trendChart = useMemo(() => coverageTrendChart(r?.trend ?? [], r?.target.percent ?? null), [r]);

  async function exportReport(format: 'pdf' | 'xlsx' | 'package') {
    setExporting(format);
    setError(null);
    try {
      // The province's package: the same figures, no NIK or name, checksummed (package.write).
      await saveFile(format === 'package' ? (await call('package.write', { asOf })).file : await call('report.export', { format, asOf }));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setExporting(null);
    }
  }

  const header = (
    <PageHeader
      title="Dasbor"
      subtitle={r ? `${r.regency.name}, keadaan per ${formatDate(r.asOf)}` : 'Capaian Universal Coverage Jamsostek'}
      actions={
        <div className={styles.actions}>
          <DateField label="Keadaan per" aria-label="Keadaan per tanggal" value={asOf} onChange={(value) => value && setAsOf(value)} />
          <Button icon={<DocumentPdf20Regular />} disabled={!r || exporting !== null} onClick={() => exportReport('pdf')}>
            {exporting === 'pdf' ? 'Menyusun PDF…' : 'Laporan PDF'}
          </Button>
          <Button icon={<Table20Regular />} disabled={!r || exporting !== null} onClick={() => exportReport('xlsx')}>
            {exporting === 'xlsx' ? 'Menyusun Excel…' : 'Excel'}
          </Button>
          <Button icon={<Send20Regular />} disabled={!r || exporting !== null || !can('operate')} onClick={() => exportReport('package')} title="Angka laporan ini untuk Disnaker provinsi, tanpa NIK atau nama (.cakap)">
            {exporting === 'package' ? 'Menyusun paket…' : 'Paket untuk provinsi'}
          </Button>
        </div>
      }
    />
  );
  if (!r) return report.error ? (<>{header}<ErrorBar message={report.error} /></>) : (<>{header}<Loading label="Menghitung cakupan…" /></>);

  const c = r.coverage;
  return (
    <>
      {header}
      <ErrorBar message={error ?? report.error} />
      {r.workforce.total === null && (
        <MessageBar intent="warning" style={{ marginBottom: 12 }}>
          <MessageBarBody>Belum ada angka penduduk bekerja: cakupan tidak dapat dihitung. Angka ini dasar semua perhitungan.</MessageBarBody>
          <MessageBarActions>
            <Button onClick={onOpenSettings}>Isi di Pengaturan</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <MessageBar intent={r.basis.kind === 'bpjs_recap' ? 'info' : 'warning'} style={{ marginBottom: 16 }}>
        <MessageBarBody>{r.basis.note}</MessageBarBody>
      </MessageBar>

      <div className={styles.cards}>
        <StatCard
          testId="card-coverage"
          label="Cakupan UCJ"
          value={c.percent === null ? '–' : formatPercent(c.percent)}
          note={`${formatNumber(c.covered)} peserta aktif dari ${r.workforce.total === null ? '–' : formatNumber(r.workforce.total)} penduduk bekerja`}
        />
        <StatCard
          testId="card-target"
          label={`Target ${r.year}`}
          value={r.target.percent === null ? '–' : formatPercent(r.target.percent)}
          note={r.target.workers === null ? 'belum ditetapkan' : `= ${formatNumber(r.target.workers)} pekerja terlindungi`}
        />
        <StatCard
          testId="card-gap"
          label="Kesenjangan"
          value={c.gapPoints === null ? '–' : formatPoints(c.gapPoints)}
          note={
            c.gapWorkers === null
              ? 'perlu target dan penduduk bekerja'
              : `${formatNumber(c.gapWorkers)} pekerja · ${formatRupiah(c.gapCost ?? 0)} untuk ${c.remainingMonths} bulan tersisa`
          }
        />
        <button className={styles.cardLink} onClick={() => onOpenWorkers({ coverage: { month: r.month, state: 'uncovered' } })} aria-label="Lihat pekerja belum terlindungi">
          <StatCard
            testId="card-pipeline"
            label="Tercatat, belum terlindungi"
            value={formatNumber(r.pipeline.workers)}
            note={`pekerja${r.pipeline.projectedPercent === null ? '' : `; bila didaftarkan, cakupan ${formatPercent(r.pipeline.projectedPercent)}`}`}
          />
        </button>
      </div>

      {r.findings.length > 0 && (
        <Section title="Temuan">
          <ol className={styles.findings}>
            {r.findings.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ol>
        </Section>
      )}

      <div className={styles.columns}>
        <Section title="Cakupan per kecamatan" hint="Garis merah: target. Klik baris untuk melihat pekerjanya.">
          {r.byDistrict.some((d) => d.percent !== null) ? (
            <EChart option={districtChart} height={Math.max(240, r.byDistrict.length * 40)} label="Grafik cakupan per kecamatan terhadap target" />
          ) : (
            <Text>Perlu angka penduduk bekerja per kecamatan.</Text>
          )}
        </Section>
        <Section title="Tren bulanan" hint="Peserta aktif menurut rekap BPJS, 12 bulan terakhir.">
          {r.trend.length > 0 ? (
            <EChart option={trendChart} height={300} label="Grafik tren peserta aktif dan cakupan" />
          ) : (
            <Text>Belum ada rekap bulanan BPJS. Impor di halaman Rekonsiliasi BPJS.</Text>
          )}
        </Section>
      </div>

      <Section title="Rincian per kecamatan">
        <Table size="small" aria-label="Cakupan per kecamatan">
          <TableHeader>
            <TableRow>
              <TableHeaderCell style={{ width: '22%' }}>Kecamatan</TableHeaderCell>
              <TableHeaderCell className={styles.numberHeader}>Penduduk bekerja</TableHeaderCell>
              <TableHeaderCell className={styles.numberHeader}>Peserta aktif</TableHeaderCell>
              <TableHeaderCell className={styles.numberHeader}>Cakupan</TableHeaderCell>
              <TableHeaderCell className={styles.numberHeader}>Kurang dari target</TableHeaderCell>
              <TableHeaderCell className={styles.numberHeader}>Dibiayai program</TableHeaderCell>
              <TableHeaderCell className={styles.numberHeader}>Belum terlindungi</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {r.byDistrict.map((d) => (
              <TableRow key={d.code} className={styles.link} onClick={() => onOpenWorkers({ districtCode: d.code })} aria-label={`Pekerja Kecamatan ${d.name}`}>
                <TableCell>{d.name}</TableCell>
                <TableCell className={styles.number}>{d.workforce === null ? '–' : formatNumber(d.workforce)}</TableCell>
                <TableCell className={styles.number}>{formatNumber(d.covered)}</TableCell>
                <TableCell className={styles.number}>{d.percent === null ? '–' : formatPercent(d.percent)}</TableCell>
                <TableCell className={styles.number}>{d.gapWorkers === null ? '–' : formatNumber(d.gapWorkers)}</TableCell>
                <TableCell className={styles.number}>{formatNumber(d.programCovered)}</TableCell>
                <TableCell className={styles.number}>{formatNumber(d.pipeline)}</TableCell>
              </TableRow>
            ))}
            {(() => {
              // Workers no list placed are counted in a row of their own, never dropped.
              const n = r.unplaced.noRegion;
              if (n.programCovered + n.pipeline + (n.covered ?? 0) === 0) return null;
              return (
                <TableRow aria-label="Wilayah tidak diketahui">
                  <TableCell>
                    <em>Wilayah tidak diketahui</em>
                  </TableCell>
                  <TableCell className={styles.number}>–</TableCell>
                  <TableCell className={styles.number}>{n.covered === null ? '–' : formatNumber(n.covered)}</TableCell>
                  <TableCell className={styles.number}>–</TableCell>
                  <TableCell className={styles.number}>–</TableCell>
                  <TableCell className={styles.number}>{formatNumber(n.programCovered)}</TableCell>
                  <TableCell className={styles.number}>{formatNumber(n.pipeline)}</TableCell>
                </TableRow>
              );
            })()}
          </TableBody>
        </Table>
      </Section>

      {r.compliance && <ComplianceSection compliance={r.compliance} coveragePercent={c.percent} onOpen={onOpenCompliance} />}

      {r.finance && <FinanceSection finance={r.finance} onOpen={onOpenFinance} />}

      <Section title="Program dan anggaran" hint={`Penerima aktif pada ${formatMonth(r.month)}. Klik program untuk membuka rinciannya.`}>
        <Table size="small" aria-label="Program dan anggaran">
          <TableHeader>
            <TableRow>
              {/* Fluent's table has a fixed layout: without widths every column gets the same share and Rupiah amounts collide. */}
              <TableHeaderCell style={{ width: '25%' }}>Program</TableHeaderCell>
              <TableHeaderCell style={{ width: '12%' }}>Sumber dana</TableHeaderCell>
              <TableHeaderCell style={{ width: '14%' }}>Periode</TableHeaderCell>
              <TableHeaderCell style={{ width: '15%' }} className={styles.numberHeader}>Anggaran</TableHeaderCell>
              <TableHeaderCell style={{ width: '9%' }} className={styles.numberHeader}>Terpakai</TableHeaderCell>
              <TableHeaderCell style={{ width: '11%' }} className={styles.numberHeader}>Penerima aktif</TableHeaderCell>
              <TableHeaderCell style={{ width: '14%' }} className={styles.numberHeader}>Sisa</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {r.programs.map((p) => (
              <TableRow key={p.id} className={styles.link} onClick={() => onOpenProgram(p.id)} aria-label={`Buka program ${p.name}`}>
                <TableCell>{p.name}</TableCell>
                <TableCell>{p.sourceLabel}</TableCell>
                <TableCell>{formatMonthRange(p.from, p.to)}</TableCell>
                <TableCell className={styles.number}>{formatRupiah(p.budget)}</TableCell>
                <TableCell className={styles.number}>{formatPercent(p.usedPercent, 1)}</TableCell>
                <TableCell className={styles.number}>{formatNumber(p.activeBeneficiaries)}</TableCell>
                <TableCell className={styles.number}>{formatRupiah(p.remaining)}</TableCell>
              </TableRow>
            ))}
            {r.programs.length === 0 && (
              <TableRow>
                <TableCell colSpan={7}>Belum ada program.</TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
      </Section>
    </>
  );
}
