import {
  Badge,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Batch } from '../../../shared/contract';
import { batchKindLabel } from '../../../shared/domain/batchKinds';
import { formatDateTime, formatNumber } from '../../../shared/domain/format';
import { call, saveFile } from '../api/client';
import { useApi } from '../api/useApi';
import { ConfirmDialog } from './ConfirmDialog';
import { ErrorBar, Section } from './Page';

const useStyles = makeStyles({
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  actions: { display: 'flex', gap: '4px', flexWrap: 'wrap' },
});

interface Props {
  /** Which lists this history shows (import_batches.kind): each page shows the lists whose data it holds. */
  kinds: readonly string[];
  title?: string;
  hint?: string;
  /** Bumped by the page after an import, so the history reloads. */
  version: number;
  /** Worker lists only: open the Pekerja page on the workers of a batch. */
  onShowWorkers?: (batchId: number) => void;
  /** Called after an undo, so the page can reload what it shows. */
  onUndone?: () => void;
}

/** Past imports of some kinds of list, with their counts: open the workers, download the rejected rows, undo. */
export function ImportHistory({ kinds, title = 'Riwayat impor', hint, version, onShowWorkers, onUndone }: Props) {
  const styles = useStyles();
  const batches = useApi('import.batches', { limit: 50, kinds: [...kinds] });
  const [confirm, setConfirm] = useState<Batch | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = batches.reload;
  useEffect(() => reload(), [version, reload]);
  const workerLists = kinds.includes('workers');
  const severalKinds = kinds.length > 1;

  async function undo(batch: Batch) {
    setConfirm(null);
    setError(null);
    try {
      const result = await call('import.undo', { batchId: batch.id });
      setMessage(
        batch.kind === 'workers'
          ? `Impor #${batch.id} dibatalkan: ${formatNumber(result.removed)} pekerja dihapus, ${formatNumber(result.restored)} perubahan dikembalikan.`
          : `Impor #${batch.id} dibatalkan: ${formatNumber(result.removed)} baris dari "${batch.fileName}" tidak dipakai lagi.`,
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

  const columns = 5 + (severalKinds ? 1 : 0) + (workerLists ? 1 : 0) + 1;
  return (
    <Section title={title} hint={hint ?? 'Setiap impor dapat dibatalkan; baris yang ditolak dapat diunduh untuk dikirim kembali ke pengirim.'}>
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
            <TableHeaderCell style={{ width: severalKinds ? '20%' : '24%' }}>Berkas</TableHeaderCell>
            {severalKinds && <TableHeaderCell style={{ width: '14%' }}>Jenis</TableHeaderCell>}
            <TableHeaderCell style={{ width: '16%' }}>Waktu</TableHeaderCell>
            <TableHeaderCell style={{ width: '8%' }}>{workerLists ? 'Baru' : 'Diterima'}</TableHeaderCell>
            {workerLists && <TableHeaderCell style={{ width: '9%' }}>Diperbarui</TableHeaderCell>}
            <TableHeaderCell style={{ width: '7%' }}>Ditolak</TableHeaderCell>
            <TableHeaderCell style={{ width: '9%' }}>Peringatan</TableHeaderCell>
            <TableHeaderCell style={{ width: '22%' }}>Tindakan</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {(batches.data?.rows ?? []).map((batch) => (
            <TableRow key={batch.id}>
              <TableCell>#{batch.id}</TableCell>
              <TableCell>
                {batch.fileName}{' '}
                {batch.undoneAt && (
                  <Badge appearance="tint" color="subtle">
                    Dibatalkan
                  </Badge>
                )}
              </TableCell>
              {severalKinds && <TableCell>{batchKindLabel(batch.kind)}</TableCell>}
              <TableCell>{formatDateTime(batch.createdAt)}</TableCell>
              <TableCell className={styles.number}>{formatNumber(batch.accepted)}</TableCell>
              {workerLists && <TableCell className={styles.number}>{formatNumber(batch.updated)}</TableCell>}
              <TableCell className={styles.number}>{formatNumber(batch.rejected)}</TableCell>
              <TableCell className={styles.number}>{formatNumber(batch.warnings)}</TableCell>
              <TableCell>
                <div className={styles.actions}>
                  {!batch.undoneAt && batch.kind === 'workers' && onShowWorkers && (
                    <Button size="small" onClick={() => onShowWorkers(batch.id)}>
                      Pekerja
                    </Button>
                  )}
                  {batch.rejected > 0 && (
                    <Button size="small" onClick={() => download(batch)}>
                      Unduh baris ditolak
                    </Button>
                  )}
                  {!batch.undoneAt && (
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
              <TableCell colSpan={columns}>Belum ada impor.</TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
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
            {formatNumber(confirm?.accepted ?? 0)} baris {batchKindLabel(confirm?.kind ?? '').toLowerCase()} dari "{confirm?.fileName}" tidak dipakai lagi; data
            yang diimpor sebelumnya berlaku kembali.
          </>
        )}
      </ConfirmDialog>
    </Section>
  );
}
