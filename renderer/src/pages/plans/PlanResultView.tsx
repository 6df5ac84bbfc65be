import {
  makeStyles,
  MessageBar,
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
import { useMemo } from 'react';
import { planCostChart, planCoverageChart } from '../../../../shared/charts/planCharts';
import type { PlanResult } from '../../../../shared/contract/plans';
import { formatDate, formatNumber, formatPercent, formatRupiah } from '../../../../shared/domain/format';
import { EChart } from '../../components/EChart';
import { Section } from '../../components/Page';
import { StatCard } from '../../components/StatCard';

const useStyles = makeStyles({
  cards: { display: 'flex', flexWrap: 'wrap', gap: '16px', marginBottom: '20px' },
  columns: { display: 'grid', gridTemplateColumns: 'minmax(360px, 1fr) minmax(360px, 1fr)', gap: '20px' },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  numberHeader: { '& > *': { justifyContent: 'flex-end', textAlign: 'right' } },
  formula: { color: tokens.colorNeutralForeground2, fontVariantNumeric: 'tabular-nums' },
  total: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground2 },
  notes: { margin: 0, paddingLeft: '18px', lineHeight: 1.5 },
});

/** The figures of a scenario: headline cards, the arithmetic step by step, per kecamatan with charts, and the nagari annex. */
export function PlanResultView({ plan }: { plan: PlanResult }) {
  const styles = useStyles();
  const coverageChart = useMemo(
    () => planCoverageChart([{ name: plan.name, districts: plan.perKecamatan.map((d) => ({ name: d.name, coverage: d.coverage })) }], plan.targetPercent),
    [plan],
  );
  const costChart = useMemo(() => planCostChart([{ name: plan.name, sources: plan.costBySource }]), [plan]);
  const shownDistricts = plan.perKecamatan.filter((d) => d.coverage !== null).length;

  return (
    <>
      <div className={styles.cards}>
        <StatCard
          testId="plan-coverage"
          label={`Proyeksi cakupan ${plan.year}`}
          value={formatPercent(plan.projectedCoverage)}
          note={`${formatNumber(plan.projectedActive)} dari ${formatNumber(plan.workforce)} penduduk bekerja`}
        />
        <StatCard
          testId="plan-target"
          label={`Target ${plan.year}`}
          value={formatPercent(plan.targetPercent)}
          note={`${formatNumber(plan.targetWorkers)} pekerja${plan.targetSource === 'scenario' ? ' (dari skenario)' : ''}`}
        />
        <StatCard testId="plan-cost" label="Biaya rencana" value={formatRupiah(plan.totalCost)} note={`${formatNumber(plan.added)} ditambah, ${formatNumber(plan.renewed)} diperpanjang`} compact />
        <StatCard
          testId="plan-gap"
          label="Sisa kekurangan"
          value={`${formatNumber(plan.remainingGapWorkers)} pekerja`}
          note={plan.targetReached ? 'target tercapai' : `${formatRupiah(plan.remainingGapRupiah)} untuk menutupnya`}
          compact
        />
      </div>

      <MessageBar intent={plan.baselineBasis === 'bpjs_recap' ? 'info' : 'warning'} style={{ marginBottom: 16 }}>
        <MessageBarBody>
          {plan.baselineBasis === 'bpjs_recap'
            ? `Dasar: ${plan.baselineNote} (keadaan per ${formatDate(plan.asOf)}), ${formatNumber(plan.baseline)} peserta aktif.`
            : plan.baselineNote}
        </MessageBarBody>
      </MessageBar>

      <Section title="Perhitungan" hint="Setiap langkah dapat diperiksa dengan kalkulator; angka yang sama tercetak di PDF dan lampirannya.">
        <Table size="small" aria-label="Perhitungan rencana">
          <TableHeader>
            <TableRow>
              <TableHeaderCell style={{ width: '30%' }}>Uraian</TableHeaderCell>
              <TableHeaderCell style={{ width: '52%' }}>Perhitungan</TableHeaderCell>
              <TableHeaderCell style={{ width: '18%' }} className={styles.numberHeader}>
                Hasil
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {plan.steps.map((s) => (
              <TableRow key={s.label} className={s.label === 'Proyeksi peserta aktif' || s.label === 'Sisa kekurangan' ? styles.total : undefined}>
                <TableCell>{s.label}</TableCell>
                <TableCell className={styles.formula}>{s.formula}</TableCell>
                <TableCell className={styles.number}>{s.value}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {plan.notes.length > 0 && (
          <ul className={styles.notes} style={{ marginTop: 12 }}>
            {plan.notes.map((n) => (
              <li key={n}>
                <Text size={200}>{n}</Text>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <div className={styles.columns}>
        <Section title="Proyeksi cakupan per kecamatan" hint="Garis merah: target.">
          {shownDistricts > 0 ? (
            <EChart option={coverageChart} height={Math.max(220, 60 + shownDistricts * 34)} label="Grafik proyeksi cakupan per kecamatan terhadap target" />
          ) : (
            <Text>Perlu angka penduduk bekerja per kecamatan untuk tahun rencana.</Text>
          )}
        </Section>
        <Section title="Biaya per sumber dana">
          {plan.costBySource.length > 0 ? (
            <EChart option={costChart} height={Math.max(200, 50 + plan.costBySource.length * 34)} label="Grafik biaya per sumber dana" />
          ) : (
            <Text>Belum ada baris sumber dana, pemberi kerja, konstruksi atau perpanjangan.</Text>
          )}
        </Section>
      </div>

      <Section
        title="Per kecamatan"
        hint="Belum terlindungi = bagian target kecamatan (target × penduduk bekerja, dibulatkan ke atas) dikurangi peserta aktif sesudah yang keluar; baris tanpa rincian wilayah dibagi menurut angka ini."
      >
        <Table size="small" aria-label="Proyeksi per kecamatan">
          <TableHeader>
            <TableRow>
              <TableHeaderCell style={{ width: '20%' }}>Kecamatan</TableHeaderCell>
              {['Penduduk bekerja', 'Peserta aktif', 'Keluar', 'Ditambah', 'Proyeksi', 'Cakupan', 'Target', 'Kekurangan'].map((h) => (
                <TableHeaderCell key={h} className={styles.numberHeader}>
                  {h}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {plan.perKecamatan.map((d) => (
              <TableRow key={d.code ?? 'unknown'}>
                <TableCell>{d.name}</TableCell>
                <TableCell className={styles.number}>{d.workforce === null ? '–' : formatNumber(d.workforce)}</TableCell>
                <TableCell className={styles.number}>{formatNumber(d.baseline)}</TableCell>
                <TableCell className={styles.number}>{formatNumber(d.leavers)}</TableCell>
                <TableCell className={styles.number}>{formatNumber(d.added)}</TableCell>
                <TableCell className={styles.number}>{formatNumber(d.projected)}</TableCell>
                <TableCell className={styles.number}>{d.coverage === null ? '–' : formatPercent(d.coverage)}</TableCell>
                <TableCell className={styles.number}>{d.targetWorkers === null ? '–' : formatNumber(d.targetWorkers)}</TableCell>
                <TableCell className={styles.number}>{d.gap === null ? '–' : formatNumber(d.gap)}</TableCell>
              </TableRow>
            ))}
            <TableRow className={styles.total}>
              <TableCell>Jumlah kabupaten</TableCell>
              <TableCell className={styles.number}>{formatNumber(plan.workforce)}</TableCell>
              <TableCell className={styles.number}>{formatNumber(plan.baseline)}</TableCell>
              <TableCell className={styles.number}>{formatNumber(plan.leavers)}</TableCell>
              <TableCell className={styles.number}>{formatNumber(plan.added)}</TableCell>
              <TableCell className={styles.number}>{formatNumber(plan.projectedActive)}</TableCell>
              <TableCell className={styles.number}>{formatPercent(plan.projectedCoverage)}</TableCell>
              <TableCell className={styles.number}>{formatNumber(plan.targetWorkers)}</TableCell>
              <TableCell className={styles.number}>{formatNumber(plan.remainingGapWorkers)}</TableCell>
            </TableRow>
          </TableBody>
        </Table>
      </Section>

      {plan.perNagari.some((n) => n.lines.length > 0) && (
        <Section title={`Alokasi per ${plan.villageLabel.toLowerCase()}`} hint={`Anggaran tiap ${plan.villageLabel.toLowerCase()} dan pekerja yang dibiayainya; lengkapnya ada di lampiran PDF dan Excel.`}>
          <Table size="small" aria-label={`Alokasi per ${plan.villageLabel.toLowerCase()}`}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell style={{ width: '24%' }}>{plan.villageLabel}</TableHeaderCell>
                <TableHeaderCell style={{ width: '20%' }}>Kecamatan</TableHeaderCell>
                <TableHeaderCell className={styles.numberHeader}>Anggaran</TableHeaderCell>
                <TableHeaderCell className={styles.numberHeader}>Pekerja</TableHeaderCell>
                <TableHeaderCell className={styles.numberHeader}>Biaya</TableHeaderCell>
                <TableHeaderCell className={styles.numberHeader}>Keluar</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {plan.perNagari
                .filter((n) => n.lines.length > 0)
                .map((n) => (
                  <TableRow key={n.code}>
                    <TableCell>{n.name}</TableCell>
                    <TableCell>{n.districtName}</TableCell>
                    <TableCell className={styles.number}>{formatRupiah(n.lines.reduce((a, l) => a + l.budget, 0))}</TableCell>
                    <TableCell className={styles.number}>{formatNumber(n.workers)}</TableCell>
                    <TableCell className={styles.number}>{formatRupiah(n.cost)}</TableCell>
                    <TableCell className={styles.number}>{formatNumber(n.leavers)}</TableCell>
                  </TableRow>
                ))}
            </TableBody>
          </Table>
        </Section>
      )}
    </>
  );
}
