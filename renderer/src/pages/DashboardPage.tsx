import {
  Button,
  Dropdown,
  Field,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Option,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { workforceByDistrictChart } from '../../../shared/charts/workforceByDistrict';
import { formatNumber, formatPercent } from '../../../shared/domain/format';
import { useApi } from '../api/useApi';
import { EChart } from '../components/EChart';
import { ErrorBar, Loading, PageHeader, Section } from '../components/Page';
import { StatCard } from '../components/StatCard';

const useStyles = makeStyles({
  cards: { display: 'flex', flexWrap: 'wrap', gap: '16px', marginBottom: '20px' },
  columns: { display: 'grid', gridTemplateColumns: 'minmax(360px, 1fr) minmax(360px, 1fr)', gap: '20px' },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  numberHeader: { '& > *': { justifyContent: 'flex-end', textAlign: 'right' } },
});

export function DashboardPage({ onOpenSettings }: { onOpenSettings: () => void }) {
  const styles = useStyles();
  const [year, setYear] = useState<number | undefined>();
  const dashboard = useApi('dashboard.get', year === undefined ? {} : { year });
  const data = dashboard.data;

  const chart = useMemo(
    () => workforceByDistrictChart((data?.districts ?? []).map((d) => ({ name: d.name, workforce: d.workforce }))),
    [data],
  );

  if (!data) return dashboard.error ? <ErrorBar message={dashboard.error} /> : <Loading />;

  const years = [...new Set([...data.yearsWithData, data.year])].sort();
  const villages = data.districts.reduce((n, d) => n + d.villageCount, 0);
  const total = data.totalWorkforce;

  return (
    <>
      <PageHeader
        title="Dasbor"
        subtitle={data.regencyName ?? 'Kabupaten belum dipilih'}
        actions={
          <Field label="Tahun">
            <Dropdown
              aria-label="Tahun"
              value={String(data.year)}
              selectedOptions={[String(data.year)]}
              onOptionSelect={(_e, d) => setYear(Number(d.optionValue))}
              style={{ minWidth: '120px' }}
            >
              {years.map((y) => (
                <Option key={y} value={String(y)}>
                  {String(y)}
                </Option>
              ))}
            </Dropdown>
          </Field>
        }
      />
      <ErrorBar message={dashboard.error} />

      {total === null && (
        <MessageBar intent="info" style={{ marginBottom: 16 }}>
          <MessageBarBody>
            Belum ada angka penduduk bekerja untuk tahun {data.year}. Angka ini dasar semua perhitungan cakupan.
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={onOpenSettings}>Isi di Pengaturan</Button>
          </MessageBarActions>
        </MessageBar>
      )}

      <div className={styles.cards}>
        <StatCard
          testId="card-workforce"
          label={`Penduduk bekerja ${data.year}`}
          value={total === null ? '–' : formatNumber(total)}
          note={
            data.totalBasis === 'districts'
              ? 'jumlah angka per kecamatan'
              : data.totalBasis === 'regency'
                ? 'angka kabupaten (per kecamatan belum ada)'
                : 'belum diisi'
          }
        />
        <StatCard
          testId="card-target"
          label={`Target UCJ ${data.year}`}
          value={data.targetPercent === null ? '–' : formatPercent(data.targetPercent)}
          note={
            data.targetWorkers !== null
              ? `= ${formatNumber(data.targetWorkers)} pekerja harus terlindungi`
              : data.targetPercent === null
                ? 'belum ditetapkan'
                : 'perlu angka penduduk bekerja'
          }
        />
        <StatCard
          testId="card-regions"
          label="Wilayah"
          value={`${data.districts.length} kecamatan`}
          note={`${formatNumber(villages)} ${data.villageLabel.toLowerCase()}`}
        />
      </div>

      <div className={styles.columns}>
        <Section title="Penduduk bekerja per kecamatan" hint="Sumber: angka yang diisi di Pengaturan.">
          <Table size="small" aria-label="Penduduk bekerja per kecamatan">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Kecamatan</TableHeaderCell>
                <TableHeaderCell className={styles.numberHeader}>{data.villageLabel}</TableHeaderCell>
                <TableHeaderCell className={styles.numberHeader}>Penduduk bekerja</TableHeaderCell>
                <TableHeaderCell className={styles.numberHeader}>Porsi</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.districts.map((d) => (
                <TableRow key={d.code}>
                  <TableCell>{d.name}</TableCell>
                  <TableCell className={styles.number}>{formatNumber(d.villageCount)}</TableCell>
                  <TableCell className={styles.number}>{d.workforce === null ? '–' : formatNumber(d.workforce)}</TableCell>
                  <TableCell className={styles.number}>
                    {d.workforce === null || !total ? '–' : formatPercent((d.workforce / total) * 100, 1)}
                  </TableCell>
                </TableRow>
              ))}
              <TableRow>
                <TableCell>
                  <strong>Jumlah</strong>
                </TableCell>
                <TableCell className={styles.number}>
                  <strong>{formatNumber(villages)}</strong>
                </TableCell>
                <TableCell className={styles.number}>
                  <strong>{total === null ? '–' : formatNumber(total)}</strong>
                </TableCell>
                <TableCell />
              </TableRow>
            </TableBody>
          </Table>
        </Section>
        <Section title="Grafik penduduk bekerja" hint={`Per kecamatan, tahun ${data.year}.`}>
          {data.districts.some((d) => d.workforce !== null) ? (
            <EChart option={chart} height={Math.max(220, data.districts.length * 38)} label="Grafik batang penduduk bekerja per kecamatan" />
          ) : (
            <span>Belum ada angka untuk digambar.</span>
          )}
        </Section>
      </div>
    </>
  );
}
