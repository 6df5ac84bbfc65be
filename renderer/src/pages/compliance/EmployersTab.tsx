import { Badge, Checkbox, Text } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Output } from '../../../../shared/contract';
import { EMPLOYER_STATUS_HINTS, EMPLOYER_STATUS_LABELS, EMPLOYER_STATUS_SHORT, EMPLOYER_STATUSES, SCALE_LABELS, SCALES, type EmployerStatus } from '../../../../shared/domain/compliance';
import { formatNumber } from '../../../../shared/domain/format';
import { useApi } from '../../api/useApi';
import { ALL, CaseTable, FilterDropdown, followUpText, PAGE, useCaseQuery, useCaseStyles, type CaseColumn, type CaseTabProps } from './CaseTable';
import { EMPLOYER_STATUS_COLORS } from './labels';

type EmployerRow = Output<'compliance.employers'>['rows'][number];

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
}: CaseTabProps<EmployerFilter>) {
  const styles = useCaseStyles();
  const query = useCaseQuery();
  const [districtCode, setDistrictCode] = useState(initial?.districtCode ?? ALL);
  const [scale, setScale] = useState(initial?.scale ?? ALL);
  const [status, setStatus] = useState<string>(initial?.status ?? ALL);
  const [nonCompliantOnly, setNonCompliantOnly] = useState(!initial?.status);
  const list = useApi('compliance.employers', {
    asOf,
    districtCode: districtCode || undefined,
    scale: (scale || undefined) as 'mikro' | undefined,
    status: (status || undefined) as EmployerStatus | undefined,
    nonCompliantOnly,
    search: query.search,
    offset: query.offset,
    limit: PAGE,
  });
  // Reloads after imports, decisions and follow-ups.
  const reload = list.reload;
  useEffect(() => reload(), [version, reload]);

  const columns: CaseColumn<EmployerRow>[] = [
    {
      header: 'Pemberi kerja',
      width: '27%',
      cell: (r) => (
        <>
          <strong>{r.name}</strong>
          <Text size={200} className={styles.muted}>
            {[r.nib && `NIB ${r.nib}`, r.npp && `NPP ${r.npp}`, r.matchedBy && `cocok: ${r.matchedBy}`].filter(Boolean).join(' · ') || 'tanpa NIB/NPP'}
          </Text>
        </>
      ),
    },
    { header: 'Kecamatan', width: '13%', cell: (r) => r.districtName ?? '–' },
    { header: 'Skala', width: '8%', cell: (r) => (r.scale ? SCALE_LABELS[r.scale] : '–') },
    {
      header: 'Status',
      width: '16%',
      cell: (r) => (
        <>
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
        </>
      ),
    },
    { header: 'Dilaporkan', width: '8%', numeric: true, cell: (r) => (r.reportedWorkers === null ? '–' : formatNumber(r.reportedWorkers)) },
    { header: 'Terdaftar', width: '8%', numeric: true, cell: (r) => (r.registeredWorkers === null ? '–' : formatNumber(r.registeredWorkers)) },
    { header: 'Belum terlindungi', width: '9%', numeric: true, cell: (r) => (r.uncoveredWorkers ? formatNumber(r.uncoveredWorkers) : '–') },
    { header: 'Tindak lanjut', width: '13%', cell: followUpText },
  ];

  return (
    <CaseTable
      ariaLabel="Daftar pemberi kerja"
      search={{ label: 'Cari nama, NIB atau NPP', placeholder: 'mis. Sawit', minWidth: 240 }}
      filters={
        <>
          <FilterDropdown
            label="Kecamatan"
            ariaLabel="Kecamatan pemberi kerja"
            value={districtCode}
            choices={districts.map((d) => ({ value: d.code, label: d.name }))}
            unknownValue="none"
            onChange={(v) => query.reset(() => setDistrictCode(v))}
          />
          <FilterDropdown
            label="Skala usaha"
            ariaLabel="Skala usaha"
            value={scale}
            choices={SCALES.map((s) => ({ value: s, label: SCALE_LABELS[s] }))}
            unknownValue="unknown"
            onChange={(v) => query.reset(() => setScale(v))}
          />
          <FilterDropdown
            label="Status"
            ariaLabel="Status pemberi kerja"
            value={status}
            choices={EMPLOYER_STATUSES.map((s) => ({ value: s, label: EMPLOYER_STATUS_LABELS[s] }))}
            minWidth={220}
            onChange={(v) => query.reset(() => setStatus(v))}
          />
          <Checkbox label="Hanya yang tidak patuh" checked={nonCompliantOnly} onChange={(_e, d) => query.reset(() => setNonCompliantOnly(d.checked === true))} />
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
      onOpen={(r) => onOpen({ subject: 'employer', key: r.key })}
      nameOf={(r) => r.name}
      selectAllLabel="Pilih semua di halaman ini"
      emptyText="Tidak ada pemberi kerja yang cocok dengan saringan ini."
      noun="pemberi kerja"
      testId="employer-count"
    />
  );
}
