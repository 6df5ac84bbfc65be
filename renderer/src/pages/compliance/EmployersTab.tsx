import {
  Badge,
  Checkbox,
  Dropdown,
  Field,
  Input,
  makeStyles,
  Option,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { Search20Regular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { EMPLOYER_STATUS_HINTS, EMPLOYER_STATUS_LABELS, EMPLOYER_STATUS_SHORT, EMPLOYER_STATUSES, SCALE_LABELS, SCALES, type EmployerStatus } from '../../../../shared/domain/compliance';
import { formatDate, formatNumber } from '../../../../shared/domain/format';
import { useApi } from '../../api/useApi';
import { ErrorBar } from '../../components/Page';
import { Pager } from '../../components/Pager';
import type { Subject } from './EvidenceDrawer';
import { EMPLOYER_STATUS_COLORS } from './labels';

const PAGE = 50;
const ALL = '';

const useStyles = makeStyles({
  filters: { display: 'flex', gap: '12px', flexWrap: 'wrap', alignItems: 'flex-end', marginBottom: '12px' },
  row: { cursor: 'pointer', ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover } },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  numberHeader: { '& > *': { justifyContent: 'flex-end', textAlign: 'right' } },
  muted: { color: tokens.colorNeutralForeground3, display: 'block' },
});

export interface EmployerFilter {
  districtCode?: string;
  status?: EmployerStatus;
  scale?: string;
}

export function EmployersTab({
  asOf,
  version,
  initial,
  selected,
  onSelect,
  onOpen,
  districts,
}: {
  asOf: string;
  version: number;
  initial?: EmployerFilter;
  selected: Set<string>;
  onSelect: (keys: string[], on: boolean) => void;
  onOpen: (subject: Subject) => void;
  districts: { code: string; name: string }[];
}) {
  const styles = useStyles();
  const [districtCode, setDistrictCode] = useState(initial?.districtCode ?? ALL);
  const [scale, setScale] = useState(initial?.scale ?? ALL);
  const [status, setStatus] = useState<string>(initial?.status ?? ALL);
  const [nonCompliantOnly, setNonCompliantOnly] = useState(!initial?.status);
  const [searchText, setSearchText] = useState('');
  const [search, setSearch] = useState('');
  const [offset, setOffset] = useState(0);
  useEffect(() => {
    const timer = setTimeout(() => {
      setSearch(searchText.trim());
      setOffset(0);
    }, 250);
    return () => clearTimeout(timer);
  }, [searchText]);
  const list = useApi('compliance.employers', {
    asOf,
    districtCode: districtCode || undefined,
    scale: (scale || undefined) as 'mikro' | undefined,
    status: (status || undefined) as EmployerStatus | undefined,
    nonCompliantOnly,
    search: search || undefined,
    offset,
    limit: PAGE,
  });
  // Reloads after imports, decisions and follow-ups.
  const reload = list.reload;
  useEffect(() => reload(), [version, reload]);
  const rows = list.data?.rows ?? [];
  const reset = (fn: () => void) => {
    fn();
    setOffset(0);
  };
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.key));

  return (
    <>
      <div className={styles.filters}>
        <Field label="Cari nama, NIB atau NPP" style={{ minWidth: 240 }}>
          <Input contentBefore={<Search20Regular />} value={searchText} onChange={(_e, d) => setSearchText(d.value)} placeholder="mis. Sawit" />
        </Field>
        <Field label="Kecamatan">
          <Dropdown aria-label="Kecamatan pemberi kerja" value={districtCode === 'none' ? 'Tidak diketahui' : (districts.find((d) => d.code === districtCode)?.name ?? 'Semua')} selectedOptions={[districtCode]} onOptionSelect={(_e, d) => reset(() => setDistrictCode(d.optionValue ?? ALL))}>
            <Option value={ALL}>Semua</Option>
            {districts.map((d) => (
              <Option key={d.code} value={d.code}>
                {d.name}
              </Option>
            ))}
            <Option value="none">Tidak diketahui</Option>
          </Dropdown>
        </Field>
        <Field label="Skala usaha">
          <Dropdown aria-label="Skala usaha" value={scale === 'unknown' ? 'Tidak diketahui' : scale ? SCALE_LABELS[scale as 'mikro'] : 'Semua'} selectedOptions={[scale]} onOptionSelect={(_e, d) => reset(() => setScale(d.optionValue ?? ALL))}>
            <Option value={ALL}>Semua</Option>
            {SCALES.map((s) => (
              <Option key={s} value={s}>
                {SCALE_LABELS[s]}
              </Option>
            ))}
            <Option value="unknown">Tidak diketahui</Option>
          </Dropdown>
        </Field>
        <Field label="Status">
          <Dropdown aria-label="Status pemberi kerja" value={status ? EMPLOYER_STATUS_LABELS[status as EmployerStatus] : 'Semua'} selectedOptions={[status]} onOptionSelect={(_e, d) => reset(() => setStatus(d.optionValue ?? ALL))} style={{ minWidth: 220 }}>
            <Option value={ALL}>Semua</Option>
            {EMPLOYER_STATUSES.map((s) => (
              <Option key={s} value={s}>
                {EMPLOYER_STATUS_LABELS[s]}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Checkbox label="Hanya yang tidak patuh" checked={nonCompliantOnly} onChange={(_e, d) => reset(() => setNonCompliantOnly(d.checked === true))} />
      </div>
      <ErrorBar message={list.error} />
      <Table size="small" aria-label="Daftar pemberi kerja">
        <TableHeader>
          <TableRow>
            <TableHeaderCell style={{ width: 36 }}>
              <Checkbox aria-label="Pilih semua di halaman ini" checked={allSelected} onChange={(_e, d) => onSelect(rows.map((r) => r.key), d.checked === true)} />
            </TableHeaderCell>
            <TableHeaderCell style={{ width: '27%' }}>Pemberi kerja</TableHeaderCell>
            <TableHeaderCell style={{ width: '13%' }}>Kecamatan</TableHeaderCell>
            <TableHeaderCell style={{ width: '8%' }}>Skala</TableHeaderCell>
            <TableHeaderCell style={{ width: '16%' }}>Status</TableHeaderCell>
            <TableHeaderCell style={{ width: '8%' }} className={styles.numberHeader}>Dilaporkan</TableHeaderCell>
            <TableHeaderCell style={{ width: '8%' }} className={styles.numberHeader}>Terdaftar</TableHeaderCell>
            <TableHeaderCell style={{ width: '9%' }} className={styles.numberHeader}>Belum terlindungi</TableHeaderCell>
            <TableHeaderCell style={{ width: '13%' }}>Tindak lanjut</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.key} className={styles.row} onClick={() => onOpen({ subject: 'employer', key: r.key })} onKeyDown={(e) => e.key === 'Enter' && onOpen({ subject: 'employer', key: r.key })} tabIndex={0} aria-label={`Buka ${r.name}`}>
              <TableCell onClick={(e) => e.stopPropagation()}>
                <Checkbox aria-label={`Pilih ${r.name}`} checked={selected.has(r.key)} onChange={(_e, d) => onSelect([r.key], d.checked === true)} />
              </TableCell>
              <TableCell>
                <strong>{r.name}</strong>
                <Text size={200} className={styles.muted}>
                  {[r.nib && `NIB ${r.nib}`, r.npp && `NPP ${r.npp}`, r.matchedBy && `cocok: ${r.matchedBy}`].filter(Boolean).join(' · ') || 'tanpa NIB/NPP'}
                </Text>
              </TableCell>
              <TableCell>{r.districtName ?? '–'}</TableCell>
              <TableCell>{r.scale ? SCALE_LABELS[r.scale] : '–'}</TableCell>
              <TableCell>
                {r.flags.map((f) => (
                  <Badge key={f} appearance="tint" color={EMPLOYER_STATUS_COLORS[f]} style={{ marginRight: 4, marginBottom: 2, whiteSpace: 'nowrap' }} title={EMPLOYER_STATUS_HINTS[f]}>
                    {EMPLOYER_STATUS_SHORT[f]}
                  </Badge>
                ))}
                {r.missingPrograms.length > 0 && (
                  <Text size={200} className={styles.muted}>
                    kurang {r.missingPrograms.join(', ')}
                  </Text>
                )}
              </TableCell>
              <TableCell className={styles.number}>{r.reportedWorkers === null ? '–' : formatNumber(r.reportedWorkers)}</TableCell>
              <TableCell className={styles.number}>{r.registeredWorkers === null ? '–' : formatNumber(r.registeredWorkers)}</TableCell>
              <TableCell className={styles.number}>{r.uncoveredWorkers ? formatNumber(r.uncoveredWorkers) : '–'}</TableCell>
              <TableCell>{r.lastAction ? `${r.lastAction.label}, ${formatDate(r.lastAction.onDate)}` : r.caseOpen ? 'Kasus terbuka' : '–'}</TableCell>
            </TableRow>
          ))}
          {list.data && rows.length === 0 && (
            <TableRow>
              <TableCell colSpan={9}>Tidak ada pemberi kerja yang cocok dengan saringan ini.</TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
      <Pager testId="employer-count" offset={offset} pageSize={PAGE} shown={rows.length} total={list.data?.total ?? 0} noun="pemberi kerja" onChange={setOffset} />
    </>
  );
}
