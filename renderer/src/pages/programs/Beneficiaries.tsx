import {
  Badge,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Dropdown,
  Field,
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
import { useEffect, useState } from 'react';
import type { Program } from '../../../../shared/contract';
import { formatMonthRange, formatRupiah } from '../../../../shared/domain/format';
import { END_REASON_LABELS, END_REASONS, type EndReason } from '../../../../shared/domain/programs';
import { call } from '../../api/client';
import { useApi } from '../../api/useApi';
import { ErrorBar } from '../../components/Page';
import { Pager } from '../../components/Pager';
import { MonthField } from '../../components/DateField';

const useStyles = makeStyles({
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  muted: { color: tokens.colorNeutralForeground3 },
});

const PAGE = 50;

export function Beneficiaries({ program, version, onChanged }: { program: Program; version: number; onChanged: () => void }) {
  const styles = useStyles();
  const [offset, setOffset] = useState(0);
  const list = useApi('enrollments.list', { programId: program.id, offset, limit: PAGE });
  const [ending, setEnding] = useState<{ id: number; name: string; from: string; to: string } | null>(null);
  const [lastMonth, setLastMonth] = useState('');
  const [reason, setReason] = useState<EndReason>('pindah');
  const [error, setError] = useState<string | null>(null);
  const reload = list.reload;
  useEffect(() => reload(), [version, reload]);

  async function end() {
    if (!ending) return;
    setError(null);
    try {
      await call('enrollments.end', { enrollmentId: ending.id, lastMonth, reason });
      setEnding(null);
      onChanged();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  const total = list.data?.total ?? 0;
  return (
    <>
      <Table size="small" aria-label="Penerima program">
        <TableHeader>
          <TableRow>
            <TableHeaderCell style={{ width: '17%' }}>NIK</TableHeaderCell>
            <TableHeaderCell style={{ width: '20%' }}>Nama</TableHeaderCell>
            <TableHeaderCell style={{ width: '14%' }}>Nagari/desa</TableHeaderCell>
            <TableHeaderCell style={{ width: '17%' }}>Bulan dibiayai</TableHeaderCell>
            <TableHeaderCell style={{ width: '6%' }}>Bln</TableHeaderCell>
            <TableHeaderCell style={{ width: '11%' }}>Biaya</TableHeaderCell>
            <TableHeaderCell style={{ width: '15%' }}>Catatan</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {(list.data?.rows ?? []).map((r) => (
            <TableRow key={r.id}>
              <TableCell>{r.nik}</TableCell>
              <TableCell>{r.name}</TableCell>
              <TableCell>{r.villageName ?? '–'}</TableCell>
              <TableCell>{formatMonthRange(r.from, r.to)}</TableCell>
              <TableCell className={styles.number}>{r.months}</TableCell>
              <TableCell className={styles.number}>{formatRupiah(r.cost)}</TableCell>
              <TableCell>
                {r.endedReason && <Badge appearance="tint" color="subtle">Berakhir: {END_REASON_LABELS[r.endedReason]}</Badge>}
                {r.doubleFundingReason && <Badge appearance="tint" color="warning" title={r.doubleFundingReason}>Dibiayai ganda</Badge>}
                {r.puWarning && <Badge appearance="tint" color="warning">Peserta PU</Badge>}
                {!r.endedReason && (
                  <Button size="small" appearance="subtle" onClick={() => { setEnding({ id: r.id, name: r.name, from: r.from, to: r.to }); setLastMonth(r.to); }}>
                    Akhiri
                  </Button>
                )}
              </TableCell>
            </TableRow>
          ))}
          {list.data?.rows.length === 0 && (
            <TableRow>
              <TableCell colSpan={7}>Belum ada penerima.</TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
      <Pager offset={offset} pageSize={PAGE} shown={list.data?.rows.length ?? 0} total={total} noun="penerima" onChange={setOffset} />
      <Dialog open={ending !== null} onOpenChange={(_e, d) => !d.open && setEnding(null)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>Akhiri kepesertaan {ending?.name}</DialogTitle>
            <DialogContent>
              <MonthField label="Bulan terakhir dibiayai" aria-label="Bulan terakhir dibiayai" value={lastMonth} min={ending?.from} max={ending?.to} onChange={setLastMonth} />
              <Field label="Alasan" style={{ marginTop: 8 }}>
                <Dropdown aria-label="Alasan berakhir" value={END_REASON_LABELS[reason]} selectedOptions={[reason]} onOptionSelect={(_e, d) => setReason(d.optionValue as EndReason)}>
                  {END_REASONS.map((r) => (
                    <Option key={r} value={r}>
                      {END_REASON_LABELS[r]}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
              <Text style={{ display: 'block', marginTop: 8 }}>Biaya dan cakupan dihitung sampai bulan itu ({ending ? formatMonthRange(ending.from, lastMonth || ending.to) : ''}).</Text>
              <ErrorBar message={error} />
            </DialogContent>
            <DialogActions>
              <Button onClick={() => setEnding(null)}>Batal</Button>
              <Button appearance="primary" onClick={end}>
                Akhiri kepesertaan
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}
