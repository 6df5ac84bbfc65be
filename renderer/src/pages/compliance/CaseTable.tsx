import {
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
  tokens,
} from '@fluentui/react-components';
import { Search20Regular } from '@fluentui/react-icons';
import { useEffect, useState, type CSSProperties, type ReactNode } from 'react';
import { formatDate } from '../../../../shared/domain/format';
import { ErrorBar } from '../../components/Page';
import { Pager } from '../../components/Pager';
import type { Subject } from './EvidenceDrawer';

export const PAGE = 50;
/** The "Semua" choice of a filter. */
export const ALL = '';

export const useCaseStyles = makeStyles({
  filters: { display: 'flex', gap: '12px', flexWrap: 'wrap', alignItems: 'flex-end', marginBottom: '12px' },
  row: { cursor: 'pointer', ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover } },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  numberHeader: { '& > *': { justifyContent: 'flex-end', textAlign: 'right' } },
  muted: { color: tokens.colorNeutralForeground3, display: 'block' },
});

/** The search box (applied a moment after typing stops) and the page of a case list; any filter change goes back to page one. */
export function useCaseQuery() {
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
  return {
    searchText,
    setSearchText,
    search: search || undefined,
    offset,
    setOffset,
    /** Runs a filter change and goes back to the first page. */
    reset: (change: () => void) => {
      change();
      setOffset(0);
    },
  };
}

export type CaseQuery = ReturnType<typeof useCaseQuery>;

/** A filter of a case list: "Semua", the choices, and "Tidak diketahui" where a list may not say. */
export function FilterDropdown({
  label,
  ariaLabel,
  value,
  choices,
  unknownValue,
  minWidth,
  onChange,
}: {
  label: string;
  ariaLabel: string;
  value: string;
  choices: readonly { value: string; label: string }[];
  /** The value standing for "Tidak diketahui", where a list may not say. */
  unknownValue?: string;
  minWidth?: number;
  onChange: (value: string) => void;
}) {
  const shown = value === ALL ? 'Semua' : value === unknownValue ? 'Tidak diketahui' : (choices.find((c) => c.value === value)?.label ?? value);
  return (
    <Field label={label}>
      <Dropdown aria-label={ariaLabel} value={shown} selectedOptions={[value]} onOptionSelect={(_e, d) => onChange(d.optionValue ?? ALL)} style={minWidth ? { minWidth } : undefined}>
        <Option value={ALL}>Semua</Option>
        {choices.map((c) => (
          <Option key={c.value} value={c.value}>
            {c.label}
          </Option>
        ))}
        {unknownValue !== undefined && <Option value={unknownValue}>Tidak diketahui</Option>}
      </Dropdown>
    </Field>
  );
}

/** The last follow-up of a case ("Dikunjungi, 3 Desember 2026"), or that a case is open. */
export const followUpText = (r: { lastAction: { label: string; onDate: string } | null; caseOpen: boolean }): string =>
  r.lastAction ? `${r.lastAction.label}, ${formatDate(r.lastAction.onDate)}` : r.caseOpen ? 'Kasus terbuka' : '–';

/** What the Kepatuhan page gives each of its case tabs: the date, its filters to start from, the ticked cases. */
export interface CaseTabProps<F> {
  asOf: string;
  /** Bumped after imports, decisions and follow-ups: the tab reloads. */
  version: number;
  initial?: F;
  selected: Set<string>;
  onSelect: (keys: string[], on: boolean) => void;
  onOpen: (subject: Subject) => void;
  districts: { code: string; name: string }[];
}

export interface CaseColumn<R> {
  header: string;
  width: string;
  numeric?: boolean;
  style?: CSSProperties;
  cell: (row: R) => ReactNode;
}

/**
 * A page of employers or construction packages: search and filters above, a row per case that opens
 * its evidence, a tick box per row (and for the page) to choose whom to write to, the pager below.
 */
export function CaseTable<R extends { key: string }>({
  ariaLabel,
  search,
  filters,
  query,
  columns,
  rows,
  loaded,
  total,
  error,
  selected,
  onSelect,
  onOpen,
  nameOf,
  selectAllLabel,
  emptyText,
  noun,
  testId,
}: {
  ariaLabel: string;
  search: { label: string; placeholder: string; minWidth: number };
  filters: ReactNode;
  query: CaseQuery;
  columns: readonly CaseColumn<R>[];
  rows: readonly R[];
  loaded: boolean;
  total: number;
  error: string | null;
  selected: Set<string>;
  onSelect: (keys: string[], on: boolean) => void;
  onOpen: (row: R) => void;
  nameOf: (row: R) => string;
  selectAllLabel: string;
  emptyText: string;
  noun: string;
  testId: string;
}) {
  const styles = useCaseStyles();
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.key));
  return (
    <>
      <div className={styles.filters}>
        <Field label={search.label} style={{ minWidth: search.minWidth }}>
          <Input contentBefore={<Search20Regular />} value={query.searchText} onChange={(_e, d) => query.setSearchText(d.value)} placeholder={search.placeholder} />
        </Field>
        {filters}
      </div>
      <ErrorBar message={error} />
      <Table size="small" aria-label={ariaLabel}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell style={{ width: 36 }}>
              <Checkbox aria-label={selectAllLabel} checked={allSelected} onChange={(_e, d) => onSelect(rows.map((r) => r.key), d.checked === true)} />
            </TableHeaderCell>
            {columns.map((c) => (
              <TableHeaderCell key={c.header} style={{ width: c.width, ...c.style }} className={c.numeric ? styles.numberHeader : undefined}>
                {c.header}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.key} className={styles.row} onClick={() => onOpen(r)} onKeyDown={(e) => e.key === 'Enter' && onOpen(r)} tabIndex={0} aria-label={`Buka ${nameOf(r)}`}>
              <TableCell onClick={(e) => e.stopPropagation()}>
                <Checkbox aria-label={`Pilih ${nameOf(r)}`} checked={selected.has(r.key)} onChange={(_e, d) => onSelect([r.key], d.checked === true)} />
              </TableCell>
              {columns.map((c) => (
                <TableCell key={c.header} className={c.numeric ? styles.number : undefined} style={c.style}>
                  {c.cell(r)}
                </TableCell>
              ))}
            </TableRow>
          ))}
          {loaded && rows.length === 0 && (
            <TableRow>
              <TableCell colSpan={columns.length + 1}>{emptyText}</TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
      <Pager testId={testId} offset={query.offset} pageSize={PAGE} shown={rows.length} total={total} noun={noun} onChange={query.setOffset} />
    </>
  );
}
