import { Badge, Button, makeStyles, MessageBar, MessageBarBody, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import { useEffect, useState, type ReactNode } from 'react';
import type { Batch } from '../../../shared/contract';
import { batchKindLabel } from '../../../shared/domain/batchKinds';
import { formatDateTime, formatNumber } from '../../../shared/domain/format';
import { call, saveFile } from '../api/client';
import { useApi } from '../api/useApi';
import { ConfirmDialog } from './ConfirmDialog';
import { ErrorBar, Section } from './Page';
import { Pager } from './Pager';
import { useCan } from './Session';

const useStyles = makeStyles({
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  actions: { display: 'flex', gap: '4px', flexWrap: 'wrap' },
  note: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, whiteSpace: 'nowrap' },
});

const PAGE = 20;

interface Props {
  /** Which lists this history shows (import_batches.kind): each page shows the lists whose data it holds. */
  kinds: readonly string[];
  title: string;
  hint?: string;
  /** Shown when nothing of these kinds was imported yet. */
  emptyText?: string;
  /** What undoing a list (not a worker list) does besides removing its rows, in one sentence. */
  undoEffect?: string;
  /** Inside a page's own section (a tab): no section heading of its own. */
  bare?: boolean;
  /** Bumped by the page after an import, so the history reloads. */
  version: number;
  /** Worker lists only: open the Pekerja page on the workers of a batch. */
  onShowWorkers?: (batchId: number) => void;
  /** Called after an undo, so the page can reload what it shows. */
  onUndone?: () => void;
}

/** Past imports of some kinds of list, with their counts: open the workers, download the rejected rows, undo. */
export function ImportHistory({ kinds, title, hint, emptyText = 'Belum ada impor.', undoEffect, bare, version, onShowWorkers, onUndone }: Props) {
  const can = useCan();
  const styles = useStyles();
  const [offset, setOffset] = useState(0);
  const batches = useApi('import.batches', { limit: PAGE, offset, kinds: [...kinds] });
  const [confirm, setConfirm] = useState<Batch | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = batches.reload;
  useEffect(() => reload(), [version, reload]);
  const workerLists = kinds.includes('workers');
  const severalKinds = kinds.length > 1;
  const rows = batches.data?.rows ?? [];

  async function undo(batch: Batch) {
    setConfirm(null);
    setError(null);
    try {
      const result = await call('import.undo', { batchId: batch.id });
      setMessage(
        batch.kind === 'workers'
          ? `Impor #${batch.id} dibatalkan: ${formatNumber(result.removed)} pekerja dihapus, ${formatNumber(result.restored)} perubahan dikembalikan.`
          : `Impor #${batch.id} dibatalkan: ${formatNumber(result.removed)} baris dari "${batch.fileName}" tidak dipakai lagi.${undoEffect ? ` ${undoEffect}` : ''}`,
      );
      reload();
      onUndone?.();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  async function download(batch: Batch) {
    setError(null);
    try {
      await saveFile(await call('import.rejectionFile', { batchId: batch.id }));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  const columns = 7 + (severalKinds ? 1 : 0) + (workerLists ? 1 : 0);
  const content: ReactNode = (
    <>
      <ErrorBar message={error ?? batches.error} />
      {message && (
        <MessageBar intent="success" style={{ marginBottom: 8 }}>
          <MessageBarBody>{message}</MessageBarBody>
        </MessageBar>
      )}
      <Table size="small" aria-label={title}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell style={{ width: '6%' }}>No.</TableHeaderCell>
            {severalKinds && <TableHeaderCell style={{ width: '15%' }}>Jenis</TableHeaderCell>}
            <TableHeaderCell style={{ width: severalKinds ? '20%' : '24%' }}>Berkas</TableHeaderCell>
            <TableHeaderCell style={{ width: '15%' }}>Waktu</TableHeaderCell>
            <TableHeaderCell style={{ width: '8%' }}>{workerLists ? 'Baru' : 'Diterima'}</TableHeaderCell>
            {workerLists && <TableHeaderCell style={{ width: '9%' }}>Diperbarui</TableHeaderCell>}
            <TableHeaderCell style={{ width: '7%' }}>Ditolak</TableHeaderCell>
            <TableHeaderCell style={{ width: '9%' }}>Peringatan</TableHeaderCell>
            <TableHeaderCell style={{ width: '20%' }}>Tindakan</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((batch) => (
            <TableRow key={batch.id}>
              <TableCell>#{batch.id}</TableCell>
              {severalKinds && <TableCell>{batchKindLabel(batch.kind)}</TableCell>}
              <TableCell>
                {batch.fileName}{' '}
                {batch.undoneAt && (
                  <Badge appearance="tint" color="subtle">
                    Dibatalkan
                  </Badge>
                )}
              </TableCell>
              <TableCell>{formatDateTime(batch.createdAt)}</TableCell>
              {/* A worker list tells new from updated workers; any other list counts the rows it took. */}
              <TableCell className={styles.number}>{formatNumber(workerLists ? batch.accepted : batch.accepted + batch.updated + batch.unchanged)}</TableCell>
              {workerLists && <TableCell className={styles.number}>{formatNumber(batch.updated)}</TableCell>}
              <TableCell className={styles.number}>
                {formatNumber(batch.rejected)}
                {batch.passedOver > 0 && (
                  <div className={styles.note} title="Orang yang bukan pekerja (meninggal, di bawah usia kerja, pekerjaan di KTP bukan pekerjaan): tidak diimpor">
                    {formatNumber(batch.passedOver)} bukan pekerja
                  </div>
                )}
              </TableCell>
              <TableCell className={styles.number}>{formatNumber(batch.warnings)}</TableCell>
              <TableCell>
                <div className={styles.actions}>
                  {!batch.undoneAt && batch.kind === 'workers' && onShowWorkers && (
                    <Button size="small" onClick={() => onShowWorkers(batch.id)}>
                      Pekerja
                    </Button>
                  )}
                  {batch.rejected + batch.passedOver > 0 && can('operate') && (
                    <Button size="small" onClick={() => download(batch)}>
                      Unduh baris ditolak
                    </Button>
                  )}
                  {!batch.undoneAt && can('operate') && (
                    <Button size="small" appearance="subtle" onClick={() => setConfirm(batch)}>
                      Batalkan impor
                    </Button>
                  )}
                </div>
              </TableCell>
            </TableRow>
          ))}
          {batches.data?.rows.length === 0 && (
            <TableRow>
              <TableCell colSpan={columns}>{emptyText}</TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
      <Pager offset={offset} pageSize={PAGE} shown={rows.length} total={batches.data?.total ?? 0} noun="impor" onChange={setOffset} />
      <ConfirmDialog
        open={confirm !== null}
        title={`Batalkan impor #${confirm?.id}?`}
        confirmLabel="Ya, batalkan impor"
        onConfirm={() => confirm && undo(confirm)}
        onCancel={() => setConfirm(null)}
      >
        {confirm?.kind === 'workers' ? (
          <>
            {formatNumber(confirm.accepted)} pekerja yang ditambahkan oleh "{confirm.fileName}" akan dihapus dan {formatNumber(confirm.updated)} perubahan data
            pekerja dikembalikan seperti sebelum impor.
          </>
        ) : (
          <>
            Baris {batchKindLabel(confirm?.kind ?? '').toLowerCase()} dari "{confirm?.fileName}" tidak dipakai lagi; data yang diimpor sebelumnya berlaku
            kembali.{undoEffect ? ` ${undoEffect}` : ''}
          </>
        )}
      </ConfirmDialog>
    </>
  );
  if (bare) return content;
  return (
    <Section title={title} hint={hint ?? 'Setiap impor dapat dibatalkan; baris yang ditolak dapat diunduh untuk dikirim kembali ke pengirim.'}>
      {content}
    </Section>
  );
}
