import { Badge, Text } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Output } from '../../../../shared/contract';
import { FUNDING_KIND_LABELS, FUNDING_KINDS, PROJECT_STATUS_LABELS, PROJECT_STATUS_SHORT, PROJECT_STATUSES, type FundingKind, type ProjectStatus } from '../../../../shared/domain/compliance';
import { formatDate, formatNumber, formatRupiah } from '../../../../shared/domain/format';
import { useApi } from '../../api/useApi';
import { ALL, CaseTable, FilterDropdown, followUpText, PAGE, useCaseQuery, useCaseStyles, type CaseColumn, type CaseTabProps } from './CaseTable';
import { PROJECT_STATUS_COLORS } from './labels';

type ProjectRow = Output<'compliance.projects'>['rows'][number];

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
}: CaseTabProps<ProjectFilter>) {
  const styles = useCaseStyles();
  const query = useCaseQuery();
  const filters = useApi('compliance.filters', {});
  const [districtCode, setDistrictCode] = useState(initial?.districtCode ?? ALL);
  const [opd, setOpd] = useState(initial?.opd ?? ALL);
  const [status, setStatus] = useState<string>(initial?.status ?? ALL);
  const [funding, setFunding] = useState(ALL);
  const list = useApi('compliance.projects', {
    asOf,
    districtCode: districtCode || undefined,
    opd: opd || undefined,
    status: (status || undefined) as ProjectStatus | undefined,
    fundingKind: (funding || undefined) as FundingKind | undefined,
    search: query.search,
    offset: query.offset,
    limit: PAGE,
  });
  // Reloads after imports, decisions and follow-ups (the OPDs too: a new list may bring one).
  const reload = list.reload;
  const reloadFilters = filters.reload;
  useEffect(() => {
    reload();
    reloadFilters();
  }, [version, reload, reloadFilters]);

  const columns: CaseColumn<ProjectRow>[] = [
    {
      header: 'Paket',
      width: '25%',
      cell: (r) => (
        <>
          <strong>{r.package}</strong>
          <Text size={200} className={styles.muted}>
            {[r.contractor, r.contractNumber, r.districtName && `Kec. ${r.districtName}`, r.fundingKind && FUNDING_KIND_LABELS[r.fundingKind]].filter(Boolean).join(' · ')}
          </Text>
        </>
      ),
    },
    { header: 'OPD', width: '13%', cell: (r) => r.opd ?? '–' },
    { header: 'Nilai kontrak', width: '14%', numeric: true, cell: (r) => (r.value === null ? '–' : formatRupiah(r.value)) },
    {
      header: 'Kontrak / batas daftar',
      width: '13%',
      style: { paddingLeft: 12 },
      cell: (r) => (
        <>
          {r.contractDate ? formatDate(r.contractDate) : '–'}
          <Text size={200} className={styles.muted}>
            {r.deadline ? `batas ${formatDate(r.deadline)}` : 'batas tidak diketahui'}
          </Text>
        </>
      ),
    },
    {
      header: 'Status',
      width: '14%',
      cell: (r) => (
        <>
          <Badge appearance="tint" color={PROJECT_STATUS_COLORS[r.status]} style={{ whiteSpace: 'nowrap' }} title={PROJECT_STATUS_LABELS[r.status]}>
            {PROJECT_STATUS_SHORT[r.status]}
          </Badge>
          <Text size={200} className={styles.muted}>
            {[r.registeredDate && `didaftarkan ${formatDate(r.registeredDate)}`, r.lateDays !== null && `${formatNumber(r.lateDays)} hari kerja terlambat`, r.valueMismatch && 'nilai berbeda'].filter(Boolean).join(' · ')}
          </Text>
        </>
      ),
    },
    { header: 'Iuran terutang', width: '11%', numeric: true, cell: (r) => (r.contributionDue ? formatRupiah(r.contributionDue) : '–') },
    {
      header: 'Tindak lanjut',
      width: '10%',
      style: { paddingLeft: 12 },
      cell: followUpText,
    },
  ];

  return (
    <CaseTable
      ariaLabel="Daftar paket konstruksi"
      search={{ label: 'Cari paket, penyedia atau nomor kontrak', placeholder: 'mis. Jalan', minWidth: 260 }}
      filters={
        <>
          <FilterDropdown
            label="Kecamatan"
            ariaLabel="Kecamatan proyek"
            value={districtCode}
            choices={districts.map((d) => ({ value: d.code, label: d.name }))}
            unknownValue="none"
            onChange={(v) => query.reset(() => setDistrictCode(v))}
          />
          <FilterDropdown
            label="OPD"
            ariaLabel="OPD"
            value={opd}
            choices={(filters.data?.opds ?? []).map((o) => ({ value: o, label: o }))}
            minWidth={200}
            onChange={(v) => query.reset(() => setOpd(v))}
          />
          <FilterDropdown
            label="Status"
            ariaLabel="Status proyek"
            value={status}
            choices={PROJECT_STATUSES.map((s) => ({ value: s, label: PROJECT_STATUS_LABELS[s] }))}
            minWidth={200}
            onChange={(v) => query.reset(() => setStatus(v))}
          />
          <FilterDropdown
            label="Sumber dana"
            ariaLabel="Sumber dana"
            value={funding}
            choices={FUNDING_KINDS.map((f) => ({ value: f, label: FUNDING_KIND_LABELS[f] }))}
            onChange={(v) => query.reset(() => setFunding(v))}
          />
        </>
      }
      query={query}
      columns={columns}
      rows={list.data?.rows ?? []}
      loaded={list.data !== undefined}
      total={list.data?.total ?? 0}
      error={list.error}
      selected={selected}
      onSelect={onSelect}
      onOpen={(r) => onOpen({ subject: 'project', key: r.key })}
      nameOf={(r) => r.package}
      selectAllLabel="Pilih semua paket di halaman ini"
      emptyText="Tidak ada paket yang cocok dengan saringan ini."
      noun="paket"
      testId="project-count"
    />
  );
}
