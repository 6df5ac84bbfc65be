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
import type { Batch } from '../../../../shared/contract';
import { formatDateTime, formatNumber } from '../../../../shared/domain/format';
import { call, saveFile } from '../../api/client';
import { useApi } from '../../api/useApi';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBar, Section } from '../../components/Page';

const useStyles = makeStyles({
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  actions: { display: 'flex', gap: '4px', flexWrap: 'wrap' },
});

/** Past imports with their counts: open the workers, download the rejected rows, undo. */
export function HistorySection({ version, onShowWorkers }: { version: number; onShowWorkers: (batchId: number) => void }) {
  const styles = useStyles();
  const batches = useApi('import.batches', { limit: 50 });
  const [confirm, setConfirm] = useState<Batch | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = batches.reload;
  useEffect(() => reload(), [version, reload]);

  async function undo(batch: Batch) {
    setConfirm(null);
    setError(null);
    try {
      const result = await call('import.undo', { batchId: batch.id });
      setMessage(`Impor #${batch.id} dibatalkan: ${formatNumber(result.removed)} pekerja dihapus, ${formatNumber(result.restored)} perubahan dikembalikan.`);
      reload();
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

  return (
    <Section title="Riwayat impor" hint="Setiap impor dapat dibatalkan; baris yang ditolak dapat diunduh untuk dikirim kembali ke pengirim.">
      <ErrorBar message={error ?? batches.error} />
      {message && (
        <MessageBar intent="success" style={{ marginBottom: 8 }}>
          <MessageBarBody>{message}</MessageBarBody>
        </MessageBar>
      )}
      <Table size="small" aria-label="Riwayat impor">
        <TableHeader>
          <TableRow>
            <TableHeaderCell style={{ width: '6%' }}>No.</TableHeaderCell>
            <TableHeaderCell style={{ width: '24%' }}>Berkas</TableHeaderCell>
            <TableHeaderCell style={{ width: '16%' }}>Waktu</TableHeaderCell>
            <TableHeaderCell style={{ width: '7%' }}>Baru</TableHeaderCell>
            <TableHeaderCell style={{ width: '9%' }}>Diperbarui</TableHeaderCell>
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
              <TableCell>{formatDateTime(batch.createdAt)}</TableCell>
              <TableCell className={styles.number}>{formatNumber(batch.accepted)}</TableCell>
              <TableCell className={styles.number}>{formatNumber(batch.updated)}</TableCell>
              <TableCell className={styles.number}>{formatNumber(batch.rejected)}</TableCell>
              <TableCell className={styles.number}>{formatNumber(batch.warnings)}</TableCell>
              <TableCell>
                <div className={styles.actions}>
                  {!batch.undoneAt && (
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
              <TableCell colSpan={8}>Belum ada impor.</TableCell>
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
        {formatNumber(confirm?.accepted ?? 0)} pekerja yang ditambahkan oleh "{confirm?.fileName}" akan dihapus dan{' '}
        {formatNumber(confirm?.updated ?? 0)} perubahan data pekerja dikembalikan seperti sebelum impor.
      </ConfirmDialog>
    </Section>
  );
}
