import {
  Badge,
  Button,
  makeStyles,
  ProgressBar,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { Add20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { Program } from '../../../../shared/contract';
import { formatMonthRange, formatNumber, formatPercent, formatRupiah } from '../../../../shared/domain/format';
import { useApi } from '../../api/useApi';
import { ErrorBar, PageHeader, Section } from '../../components/Page';
import { ProgramDetail } from './ProgramDetail';
import { ProgramForm } from './ProgramForm';
import { useCan } from '../../components/Session';

const useStyles = makeStyles({
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  row: { cursor: 'pointer' },
  selected: { backgroundColor: tokens.colorBrandBackground2 },
  muted: { color: tokens.colorNeutralForeground3 },
});

export function ProgramsPage({ initialProgramId }: { initialProgramId?: number }) {
  const can = useCan();
  const styles = useStyles();
  const programs = useApi('programs.list', {});
  const tree = useApi('regions.tree', {});
  const [selectedId, setSelectedId] = useState<number | null>(initialProgramId ?? null);
  const [editing, setEditing] = useState<Program | 'new' | null>(null);
  const selected = programs.data?.find((p) => p.id === selectedId) ?? null;
  const villages = (tree.data?.districts ?? []).flatMap((d) => d.villages);

  return (
    <>
      <PageHeader
        title="Program pembiayaan iuran"
        subtitle="Siapa membayar iuran siapa, untuk bulan apa, dan berapa anggaran yang sudah terpakai."
        actions={
          <Button appearance="primary" icon={<Add20Regular />} disabled={!can('operate')} onClick={() => setEditing('new')}>
            Program baru
          </Button>
        }
      />
      <Section title="Daftar program">
        <ErrorBar message={programs.error} />
        <Table size="small" aria-label="Daftar program">
          <TableHeader>
            <TableRow>
              <TableHeaderCell style={{ width: '24%' }}>Program</TableHeaderCell>
              <TableHeaderCell style={{ width: '13%' }}>Sumber dana</TableHeaderCell>
              <TableHeaderCell style={{ width: '15%' }}>Periode</TableHeaderCell>
              <TableHeaderCell style={{ width: '13%' }}>Anggaran</TableHeaderCell>
              <TableHeaderCell style={{ width: '17%' }}>Terpakai</TableHeaderCell>
              <TableHeaderCell style={{ width: '9%' }}>Penerima</TableHeaderCell>
              <TableHeaderCell style={{ width: '9%' }}>Status</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {(programs.data ?? []).map((p) => (
              <TableRow
                key={p.id}
                className={`${styles.row} ${p.id === selectedId ? styles.selected : ''}`}
                onClick={() => setSelectedId(p.id)}
                onKeyDown={(e) => e.key === 'Enter' && setSelectedId(p.id)}
                tabIndex={0}
                aria-label={`Program ${p.name}`}
              >
                <TableCell>
                  <strong>{p.name}</strong>
                </TableCell>
                <TableCell>
                  {p.sourceLabel}
                  {p.sourceDetail && <div className={styles.muted}>{p.sourceDetail}</div>}
                </TableCell>
                <TableCell>{formatMonthRange(p.from, p.to)}</TableCell>
                <TableCell className={styles.number}>{formatRupiah(p.budget)}</TableCell>
                <TableCell>
                  <div>
                    {formatRupiah(p.committed)} ({formatPercent(p.usedPercent, 1)})
                  </div>
                  <ProgressBar value={Math.min(1, p.usedPercent / 100)} color={p.usedPercent >= 90 ? 'warning' : 'brand'} aria-label="Anggaran terpakai" />
                </TableCell>
                <TableCell className={styles.number}>
                  {formatNumber(p.beneficiaries)}
                  {p.quota !== null && <span className={styles.muted}> / {formatNumber(p.quota)}</span>}
                </TableCell>
                <TableCell>
                  <Badge appearance="tint" color={p.status === 'active' ? 'success' : 'subtle'}>
                    {p.status === 'active' ? 'Berjalan' : 'Ditutup'}
                  </Badge>
                </TableCell>
              </TableRow>
            ))}
            {programs.data?.length === 0 && (
              <TableRow>
                <TableCell colSpan={7}>Belum ada program. Buat program pertama dengan tombol "Program baru".</TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
      </Section>
      {selected && (
        <ProgramDetail
          key={selected.id}
          program={selected}
          onEdit={() => setEditing(selected)}
          onChanged={programs.reload}
          onDeleted={() => {
            setSelectedId(null);
            programs.reload();
          }}
        />
      )}
      {editing && (
        <ProgramForm
          open
          program={editing === 'new' ? null : editing}
          villages={villages}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            setSelectedId(saved.id);
            programs.reload();
          }}
        />
      )}
    </>
  );
}
