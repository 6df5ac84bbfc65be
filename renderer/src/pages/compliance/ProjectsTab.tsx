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
import { FUNDING_KIND_LABELS, FUNDING_KINDS, PROJECT_STATUS_LABELS, PROJECT_STATUS_SHORT, PROJECT_STATUSES, type FundingKind, type ProjectStatus } from '../../../../shared/domain/compliance';
import { formatDate, formatNumber, formatRupiah } from '../../../../shared/domain/format';
import { useApi } from '../../api/useApi';
import { ErrorBar } from '../../components/Page';
import { Pager } from '../../components/Pager';
import type { Subject } from './EvidenceDrawer';
import { PROJECT_STATUS_COLORS } from './labels';

const PAGE = 50;
const ALL = '';

const useStyles = makeStyles({
  filters: { display: 'flex', gap: '12px', flexWrap: 'wrap', alignItems: 'flex-end', marginBottom: '12px' },
  row: { cursor: 'pointer', ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover } },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  numberHeader: { '& > *': { justifyContent: 'flex-end', textAlign: 'right' } },
  muted: { color: tokens.colorNeutralForeground3, display: 'block' },
});

export interface ProjectFilter {
  districtCode?: string;
  opd?: string;
  status?: ProjectStatus;
}

export function ProjectsTab({
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
  initial?: ProjectFilter;
  selected: Set<string>;
  onSelect: (keys: string[], on: boolean) => void;
  onOpen: (subject: Subject) => void;
  districts: { code: string; name: string }[];
}) {
  const styles = useStyles();
  const filters = useApi('compliance.filters', {});
  const [districtCode, setDistrictCode] = useState(initial?.districtCode ?? ALL);
  const [opd, setOpd] = useState(initial?.opd ?? ALL);
  const [status, setStatus] = useState<string>(initial?.status ?? ALL);
  const [funding, setFunding] = useState(ALL);
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
  const list = useApi('compliance.projects', {
    asOf,
    districtCode: districtCode || undefined,
    opd: opd || undefined,
    status: (status || undefined) as ProjectStatus | undefined,
    fundingKind: (funding || undefined) as FundingKind | undefined,
    search: search || undefined,
    offset,
    limit: PAGE,
  });
  const reload = list.reload;
  const reloadFilters = filters.reload;
  useEffect(() => {
    reload();
    reloadFilters();
  }, [version, reload, reloadFilters]);
  const rows = list.data?.rows ?? [];
  const reset = (fn: () => void) => {
    fn();
    setOffset(0);
  };
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.key));

  return (
    <>
      <div className={styles.filters}>
        <Field label="Cari paket, penyedia atau nomor kontrak" style={{ minWidth: 260 }}>
          <Input contentBefore={<Search20Regular />} value={searchText} onChange={(_e, d) => setSearchText(d.value)} placeholder="mis. Jalan" />
        </Field>
        <Field label="Kecamatan">
          <Dropdown aria-label="Kecamatan proyek" value={districtCode === 'none' ? 'Tidak diketahui' : (districts.find((d) => d.code === districtCode)?.name ?? 'Semua')} selectedOptions={[districtCode]} onOptionSelect={(_e, d) => reset(() => setDistrictCode(d.optionValue ?? ALL))}>
            <Option value={ALL}>Semua</Option>
            {districts.map((d) => (
              <Option key={d.code} value={d.code}>
                {d.name}
              </Option>
            ))}
            <Option value="none">Tidak diketahui</Option>
          </Dropdown>
        </Field>
        <Field label="OPD">
          <Dropdown aria-label="OPD" value={opd || 'Semua'} selectedOptions={[opd]} onOptionSelect={(_e, d) => reset(() => setOpd(d.optionValue ?? ALL))} style={{ minWidth: 200 }}>
            <Option value={ALL}>Semua</Option>
            {(filters.data?.opds ?? []).map((o) => (
              <Option key={o} value={o}>
                {o}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label="Status">
          <Dropdown aria-label="Status proyek" value={status ? PROJECT_STATUS_LABELS[status as ProjectStatus] : 'Semua'} selectedOptions={[status]} onOptionSelect={(_e, d) => reset(() => setStatus(d.optionValue ?? ALL))} style={{ minWidth: 200 }}>
            <Option value={ALL}>Semua</Option>
            {PROJECT_STATUSES.map((s) => (
              <Option key={s} value={s}>
                {PROJECT_STATUS_LABELS[s]}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label="Sumber dana">
          <Dropdown aria-label="Sumber dana" value={funding ? FUNDING_KIND_LABELS[funding as FundingKind] : 'Semua'} selectedOptions={[funding]} onOptionSelect={(_e, d) => reset(() => setFunding(d.optionValue ?? ALL))}>
            <Option value={ALL}>Semua</Option>
            {FUNDING_KINDS.map((f) => (
              <Option key={f} value={f}>
                {FUNDING_KIND_LABELS[f]}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </div>
      <ErrorBar message={list.error} />
      <Table size="small" aria-label="Daftar paket konstruksi">
        <TableHeader>
          <TableRow>
            <TableHeaderCell style={{ width: 36 }}>
              <Checkbox aria-label="Pilih semua paket di halaman ini" checked={allSelected} onChange={(_e, d) => onSelect(rows.map((r) => r.key), d.checked === true)} />
            </TableHeaderCell>
            <TableHeaderCell style={{ width: '25%' }}>Paket</TableHeaderCell>
            <TableHeaderCell style={{ width: '13%' }}>OPD</TableHeaderCell>
            <TableHeaderCell style={{ width: '14%' }} className={styles.numberHeader}>Nilai kontrak</TableHeaderCell>
            <TableHeaderCell style={{ width: '13%', paddingLeft: 12 }}>Kontrak / batas daftar</TableHeaderCell>
            <TableHeaderCell style={{ width: '14%' }}>Status</TableHeaderCell>
            <TableHeaderCell style={{ width: '11%' }} className={styles.numberHeader}>Iuran terutang</TableHeaderCell>
            <TableHeaderCell style={{ width: '10%', paddingLeft: 12 }}>Tindak lanjut</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.key} className={styles.row} onClick={() => onOpen({ subject: 'project', key: r.key })} onKeyDown={(e) => e.key === 'Enter' && onOpen({ subject: 'project', key: r.key })} tabIndex={0} aria-label={`Buka ${r.package}`}>
              <TableCell onClick={(e) => e.stopPropagation()}>
                <Checkbox aria-label={`Pilih ${r.package}`} checked={selected.has(r.key)} onChange={(_e, d) => onSelect([r.key], d.checked === true)} />
              </TableCell>
              <TableCell>
                <strong>{r.package}</strong>
                <Text size={200} className={styles.muted}>
                  {[r.contractor, r.contractNumber, r.districtName && `Kec. ${r.districtName}`, r.fundingKind && FUNDING_KIND_LABELS[r.fundingKind]].filter(Boolean).join(' · ')}
                </Text>
              </TableCell>
              <TableCell>{r.opd ?? '–'}</TableCell>
              <TableCell className={styles.number}>{r.value === null ? '–' : formatRupiah(r.value)}</TableCell>
              <TableCell style={{ paddingLeft: 12 }}>
                {r.contractDate ? formatDate(r.contractDate) : '–'}
                <Text size={200} className={styles.muted}>
                  {r.deadline ? `batas ${formatDate(r.deadline)}` : 'batas tidak diketahui'}
                </Text>
              </TableCell>
              <TableCell>
                <Badge appearance="tint" color={PROJECT_STATUS_COLORS[r.status]} style={{ whiteSpace: 'nowrap' }} title={PROJECT_STATUS_LABELS[r.status]}>
                  {PROJECT_STATUS_SHORT[r.status]}
                </Badge>
                <Text size={200} className={styles.muted}>
                  {[r.registeredDate && `didaftarkan ${formatDate(r.registeredDate)}`, r.lateDays !== null && `${formatNumber(r.lateDays)} hari kerja terlambat`, r.valueMismatch && 'nilai berbeda'].filter(Boolean).join(' · ')}
                </Text>
              </TableCell>
              <TableCell className={styles.number}>{r.contributionDue ? formatRupiah(r.contributionDue) : '–'}</TableCell>
              <TableCell style={{ paddingLeft: 12 }}>{r.lastAction ? `${r.lastAction.label}, ${formatDate(r.lastAction.onDate)}` : r.caseOpen ? 'Kasus terbuka' : '–'}</TableCell>
            </TableRow>
          ))}
          {list.data && rows.length === 0 && (
            <TableRow>
              <TableCell colSpan={8}>Tidak ada paket yang cocok dengan saringan ini.</TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
      <Pager testId="project-count" offset={offset} pageSize={PAGE} shown={rows.length} total={list.data?.total ?? 0} noun="paket" onChange={setOffset} />
    </>
  );
}
