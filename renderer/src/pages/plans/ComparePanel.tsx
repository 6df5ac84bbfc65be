import { makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { planCostChart, planCoverageChart, SCENARIO_COLORS } from '../../../../shared/charts/planCharts';
import type { SavedPlan } from '../../../../shared/contract';
import { formatDate, formatNumber, formatPercent, formatRupiah } from '../../../../shared/domain/format';
import { call } from '../../api/client';
import { EChart } from '../../components/EChart';
import { ErrorBar, Loading, Section } from '../../components/Page';

const useStyles = makeStyles({
  columns: { display: 'grid', gridTemplateColumns: 'minmax(360px, 1fr) minmax(360px, 1fr)', gap: '20px', marginTop: '16px' },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  numberHeader: { '& > *': { justifyContent: 'flex-end', textAlign: 'right' } },
  swatch: { display: 'inline-block', width: '10px', height: '10px', borderRadius: '2px', marginRight: '6px' },
  group: { backgroundColor: tokens.colorNeutralBackground2, fontWeight: tokens.fontWeightSemibold },
});

/** Up to three saved scenarios side by side: the figures, coverage per kecamatan against the target, and what each source pays. */
export function ComparePanel({ ids }: { ids: number[] }) {
  const styles = useStyles();
  const [plans, setPlans] = useState<SavedPlan[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const key = ids.join(',');

  useEffect(() => {
    let live = true;
    setPlans(null);
    Promise.all(key.split(',').map((id) => call('plans.get', { id: Number(id) }))).then(
      (loaded) => live && setPlans(loaded),
      (failure: unknown) => live && setError(failure instanceof Error ? failure.message : String(failure)),
    );
    return () => {
      live = false;
    };
  }, [key]);

  const computed = (plans ?? []).filter((p) => p.result !== null);
  const target = computed[0]?.result?.targetPercent ?? null;
  const coverageChart = useMemo(
    () => planCoverageChart(computed.map((p) => ({ name: p.name, districts: p.result!.perKecamatan.map((d) => ({ name: d.name, coverage: d.coverage })) })), target),
    [plans],
  );
  const costChart = useMemo(
    () => planCostChart(computed.map((p) => ({ name: p.name, sources: p.result!.costBySource }))),
    [plans],
  );
  if (error) return <ErrorBar message={error} />;
  if (!plans) return <Loading label="Memuat rencana…" />;

  const sources = [...new Set(computed.flatMap((p) => p.result!.costBySource.map((s) => s.label)))];
  const districts = computed[0]?.result?.perKecamatan.map((d) => d.name) ?? [];
  const figure = (label: string, value: (p: SavedPlan) => string) => (
    <TableRow key={label}>
      <TableCell>{label}</TableCell>
      {plans.map((p) => (
        <TableCell key={p.id} className={styles.number}>
          {p.result ? value(p) : '–'}
        </TableCell>
      ))}
    </TableRow>
  );
  const group = (label: string) => (
    <TableRow key={label} className={styles.group}>
      <TableCell colSpan={plans.length + 1}>{label}</TableCell>
    </TableRow>
  );

  return (
    <Section title="Perbandingan rencana" hint="Rencana tersimpan dihitung ulang dengan data hari ini.">
      {plans.filter((p) => p.problem).map((p) => (
        <ErrorBar key={p.id} message={`${p.name}: ${p.problem}`} />
      ))}
      <Table size="small" aria-label="Perbandingan rencana">
        <TableHeader>
          <TableRow>
            <TableHeaderCell style={{ width: '28%' }}>Uraian</TableHeaderCell>
            {plans.map((p, i) => (
              <TableHeaderCell key={p.id} className={styles.numberHeader}>
                <span className={styles.swatch} style={{ backgroundColor: SCENARIO_COLORS[i] }} />
                {p.name}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {figure('Tahun · keadaan per', (p) => `${p.year} · ${formatDate(p.asOf)}`)}
          {figure('Proyeksi cakupan', (p) => formatPercent(p.result!.projectedCoverage))}
          {figure('Target', (p) => formatPercent(p.result!.targetPercent))}
          {figure('Proyeksi peserta aktif', (p) => formatNumber(p.result!.projectedActive))}
          {figure('Keluar (tidak diperpanjang)', (p) => formatNumber(p.result!.leavers))}
          {figure('Ditambah', (p) => formatNumber(p.result!.added))}
          {figure('Biaya rencana', (p) => formatRupiah(p.result!.totalCost))}
          {figure('Sisa kekurangan', (p) => `${formatNumber(p.result!.remainingGapWorkers)} pekerja`)}
          {figure('Biaya menutup sisa kekurangan', (p) => formatRupiah(p.result!.remainingGapRupiah))}
          {group('Biaya per sumber dana')}
          {sources.map((label) =>
            figure(label, (p) => {
              const s = p.result!.costBySource.find((x) => x.label === label);
              return s ? `${formatRupiah(s.cost)} · ${formatNumber(s.workers)} pekerja` : '–';
            }),
          )}
          {group('Proyeksi cakupan per kecamatan')}
          {districts.map((name) =>
            figure(name, (p) => {
              const d = p.result!.perKecamatan.find((x) => x.name === name);
              return d?.coverage === null || d === undefined ? '–' : formatPercent(d.coverage);
            }),
          )}
        </TableBody>
      </Table>
      {computed.length > 0 ? (
        <div className={styles.columns}>
          <div>
            <Text weight="semibold">Cakupan per kecamatan dibanding target</Text>
            <EChart option={coverageChart} height={Math.max(260, 70 + districts.length * 16 * computed.length)} label="Grafik perbandingan cakupan per kecamatan" />
          </div>
          <div>
            <Text weight="semibold">Biaya per sumber dana</Text>
            <EChart option={costChart} height={Math.max(220, 70 + sources.length * 14 * computed.length)} label="Grafik perbandingan biaya per sumber dana" />
          </div>
        </div>
      ) : null}
    </Section>
  );
}
