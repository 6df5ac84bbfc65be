import {
  Button,
  Dropdown,
  Field,
  Input,
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
  tokens,
} from '@fluentui/react-components';
import { Search20Regular } from '@fluentui/react-icons';
import { useEffect, useMemo, useState } from 'react';
import { formatDate, formatDateTime, formatMonth, formatNumber } from '../../../../shared/domain/format';
import { useApi } from '../../api/useApi';
import { ErrorBar, PageHeader, Section } from '../../components/Page';
import { Pager } from '../../components/Pager';
import { WorkerDrawer } from './WorkerDrawer';

const PAGE = 50;
const ALL = '';

const useStyles = makeStyles({
  filters: { display: 'flex', gap: '12px', flexWrap: 'wrap', alignItems: 'flex-end', marginBottom: '12px' },
  row: { cursor: 'pointer' },
  muted: { color: tokens.colorNeutralForeground3 },
  nik: { fontVariantNumeric: 'tabular-nums' },
  fromNik: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, whiteSpace: 'nowrap' },
});

/** What another page can open the Pekerja list with (a drill-down from the Dasbor or an import). */
export interface WorkerFilter {
  batchId?: number;
  districtCode?: string;
  coverage?: { month: string; state: 'program' | 'uncovered' };
}

export function WorkersPage({ initial }: { initial?: WorkerFilter }) {
  const styles = useStyles();
  const [searchText, setSearchText] = useState('');
  const [search, setSearch] = useState('');
  const [districtCode, setDistrictCode] = useState(initial?.districtCode ?? ALL);
  const [villageCode, setVillageCode] = useState(ALL);
  const [occupation, setOccupation] = useState(ALL);
  const [batchId, setBatchId] = useState<number | undefined>(initial?.batchId);
  const [coverage, setCoverage] = useState(initial?.coverage);
  const [offset, setOffset] = useState(0);
  const [selected, setSelected] = useState<number | null>(null);

  const settings = useApi('settings.get', {});
  const tree = useApi('regions.tree', {});
  const filters = useApi('workers.filters', {});
  useEffect(() => {
    setBatchId(initial?.batchId);
    setDistrictCode(initial?.districtCode ?? ALL);
    setCoverage(initial?.coverage);
  }, [initial]);

  // Typing waits a moment before searching, so a million rows are not searched per keystroke.
  useEffect(() => {
    const timer = setTimeout(() => {
      setSearch(searchText.trim());
      setOffset(0);
    }, 250);
    return () => clearTimeout(timer);
  }, [searchText]);

  const input = useMemo(
    () => ({
      search: search || undefined,
      districtCode: districtCode || undefined,
      villageCode: villageCode || undefined,
      occupation: occupation || undefined,
      batchId,
      coverage,
      offset,
      limit: PAGE,
    }),
    [search, districtCode, villageCode, occupation, batchId, coverage, offset],
  );
  const list = useApi('workers.list', input);
  const villageLabel = settings.data?.villageLabel ?? 'Desa/nagari';
  const districts = tree.data?.districts ?? [];
  const villages = districtCode ? (districts.find((d) => d.code === districtCode)?.villages ?? []) : districts.flatMap((d) => d.villages);
  const total = list.data?.total ?? 0;
  const batch = filters.data?.batches.find((b) => b.id === batchId);

  const reset = (fn: () => void) => {
    fn();
    setOffset(0);
  };

  return (
    <>
      <PageHeader title="Pekerja" subtitle="Semua pekerja dari daftar yang sudah diimpor." />
      <Section title="Cari dan saring">
        <div className={styles.filters}>
          <Field label="Cari NIK atau nama" style={{ minWidth: 280 }}>
            <Input contentBefore={<Search20Regular />} value={searchText} onChange={(_e, d) => setSearchText(d.value)} placeholder="mis. 1311 atau Aminah" />
          </Field>
          <Field label="Kecamatan">
            <Dropdown
              aria-label="Kecamatan"
              value={districts.find((d) => d.code === districtCode)?.name ?? 'Semua'}
              selectedOptions={[districtCode]}
              onOptionSelect={(_e, d) => reset(() => {
                setDistrictCode(d.optionValue ?? ALL);
                setVillageCode(ALL);
              })}
            >
              <Option value={ALL}>Semua</Option>
              {districts.map((d) => (
                <Option key={d.code} value={d.code}>
                  {d.name}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Field label={villageLabel}>
            <Dropdown
              aria-label={villageLabel}
              value={villages.find((v) => v.code === villageCode)?.name ?? 'Semua'}
              selectedOptions={[villageCode]}
              onOptionSelect={(_e, d) => reset(() => setVillageCode(d.optionValue ?? ALL))}
            >
              <Option value={ALL}>Semua</Option>
              {villages.map((v) => (
                <Option key={v.code} value={v.code}>
                  {v.name}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Field label="Pekerjaan">
            <Dropdown
              aria-label="Pekerjaan"
              value={occupation || 'Semua'}
              selectedOptions={[occupation]}
              onOptionSelect={(_e, d) => reset(() => setOccupation(d.optionValue ?? ALL))}
            >
              <Option value={ALL}>Semua</Option>
              {(filters.data?.occupations ?? []).map((o) => (
                <Option key={o.name} value={o.name} text={o.name}>
                  {`${o.name} (${formatNumber(o.count)})`}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Field label="Impor">
            <Dropdown
              aria-label="Impor"
              value={batch ? `#${batch.id} ${batch.fileName}` : 'Semua'}
              selectedOptions={[batchId === undefined ? ALL : String(batchId)]}
              onOptionSelect={(_e, d) => reset(() => setBatchId(d.optionValue ? Number(d.optionValue) : undefined))}
              style={{ minWidth: 220 }}
            >
              <Option value={ALL}>Semua</Option>
              {(filters.data?.batches ?? []).map((b) => (
                <Option key={b.id} value={String(b.id)} text={`#${b.id} ${b.fileName}`}>
                  {`#${b.id} ${b.fileName} · ${formatDateTime(b.createdAt)}`}
                </Option>
              ))}
            </Dropdown>
          </Field>
        </div>
        {coverage && (
          <MessageBar intent="info" style={{ marginBottom: 8 }}>
            <MessageBarBody>
              {coverage.state === 'uncovered'
                ? `Hanya pekerja yang belum terlindungi pada ${formatMonth(coverage.month)} (tidak dibiayai program, bukan peserta aktif BPJS).`
                : `Hanya pekerja yang dibiayai program pada ${formatMonth(coverage.month)}.`}
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={() => reset(() => setCoverage(undefined))}>Tampilkan semua</Button>
            </MessageBarActions>
          </MessageBar>
        )}
        <ErrorBar message={list.error} />
        <Table size="small" aria-label="Daftar pekerja">
          <TableHeader>
            <TableRow>
              <TableHeaderCell style={{ width: 170 }}>NIK</TableHeaderCell>
              <TableHeaderCell>Nama</TableHeaderCell>
              <TableHeaderCell style={{ width: 50 }}>L/P</TableHeaderCell>
              <TableHeaderCell style={{ width: 150 }}>Tanggal lahir</TableHeaderCell>
              <TableHeaderCell>{villageLabel}</TableHeaderCell>
              <TableHeaderCell>Kecamatan</TableHeaderCell>
              <TableHeaderCell>Pekerjaan</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {(list.data?.rows ?? []).map((w) => (
              <TableRow
                key={w.id}
                className={styles.row}
                onClick={() => setSelected(w.id)}
                onKeyDown={(e) => e.key === 'Enter' && setSelected(w.id)}
                tabIndex={0}
                aria-label={`Buka ${w.name}`}
              >
                <TableCell className={styles.nik}>{w.nik}</TableCell>
                <TableCell>{w.name}</TableCell>
                <TableCell>{w.sex ?? '–'}</TableCell>
                <TableCell>{w.birthDate ? formatDate(w.birthDate) : '–'}</TableCell>
                <TableCell>{w.villageName ?? '–'}</TableCell>
                <TableCell>
                  {w.districtName ?? '–'}
                  {w.regionFromNik && <span className={styles.fromNik}> (dari NIK)</span>}
                </TableCell>
                <TableCell>{w.occupation ?? '–'}</TableCell>
              </TableRow>
            ))}
            {list.data && list.data.rows.length === 0 && (
              <TableRow>
                <TableCell colSpan={7}>Tidak ada pekerja yang cocok.</TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
        <Pager
          testId="worker-count"
          offset={offset}
          pageSize={PAGE}
          shown={list.data?.rows.length ?? 0}
          total={total}
          atLeast={list.data?.totalExact === false}
          noun="pekerja"
          onChange={setOffset}
        />
      </Section>
      <WorkerDrawer workerId={selected} villageLabel={villageLabel} onClose={() => setSelected(null)} />
    </>
  );
}
