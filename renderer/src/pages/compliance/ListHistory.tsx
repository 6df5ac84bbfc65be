import { Badge, Button, makeStyles, MessageBar, MessageBarBody, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Batch } from '../../../../shared/contract';
import { formatDateTime, formatNumber } from '../../../../shared/domain/format';
import { call, saveFile } from '../../api/client';
import { useApi } from '../../api/useApi';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBar } from '../../components/Page';
import { Pager } from '../../components/Pager';
import { LIST_LABELS } from './labels';

const useStyles = makeStyles({
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  actions: { display: 'flex', gap: '4px', flexWrap: 'wrap' },
});

const KINDS = ['oss', 'wlkp', 'bpjs_employers', 'packages', 'bpjs_projects'];
const PAGE = 20;

/** The employer and project lists imported so far: the rejected rows to send back, and undo. */
export function ListHistory({ version, onChanged }: { version: number; onChanged: () => void }) {
  const styles = useStyles();
  const [offset, setOffset] = useState(0);
  const batches = useApi('import.batches', { kinds: KINDS, limit: PAGE, offset });
  const [confirm, setConfirm] = useState<Batch | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = batches.reload;
  useEffect(() => reload(), [version, reload]);

  async function undo(batch: Batch) {
    setConfirm(null);
    setError(null);
    try {
      await call('import.undo', { batchId: batch.id });
      setMessage(`Impor #${batch.id} "${batch.fileName}" dibatalkan; daftar dicocokkan ulang tanpa berkas itu.`);
      reload();
      onChanged();
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
    <>
      <ErrorBar message={error ?? batches.error} />
      {message && (
        <MessageBar intent="success" style={{ marginBottom: 8 }}>
          <MessageBarBody>{message}</MessageBarBody>
        </MessageBar>
      )}
      <Table size="small" aria-label="Riwayat impor daftar kepatuhan">
        <TableHeader>
          <TableRow>
            <TableHeaderCell style={{ width: '6%' }}>No.</TableHeaderCell>
            <TableHeaderCell style={{ width: '16%' }}>Jenis</TableHeaderCell>
            <TableHeaderCell style={{ width: '26%' }}>Berkas</TableHeaderCell>
            <TableHeaderCell style={{ width: '16%' }}>Waktu</TableHeaderCell>
            <TableHeaderCell style={{ width: '8%' }}>Diterima</TableHeaderCell>
            <TableHeaderCell style={{ width: '8%' }}>Ditolak</TableHeaderCell>
            <TableHeaderCell style={{ width: '20%' }}>Tindakan</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {(batches.data?.rows ?? []).map((batch) => (
            <TableRow key={batch.id}>
              <TableCell>#{batch.id}</TableCell>
              <TableCell>{LIST_LABELS[batch.kind] ?? batch.kind}</TableCell>
              <TableCell>
                {batch.fileName}{' '}
                {batch.undoneAt && (
                  <Badge appearance="tint" color="subtle">
                    Dibatalkan
                  </Badge>
                )}
              </TableCell>
              <TableCell>{formatDateTime(batch.createdAt)}</TableCell>
              <TableCell className={styles.number}>{formatNumber(batch.accepted + batch.updated + batch.unchanged)}</TableCell>
              <TableCell className={styles.number}>{formatNumber(batch.rejected)}</TableCell>
              <TableCell>
                <div className={styles.actions}>
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
              <TableCell colSpan={7}>Belum ada daftar pemberi kerja atau proyek yang diimpor.</TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
      <Pager offset={offset} pageSize={PAGE} shown={batches.data?.rows.length ?? 0} total={batches.data?.total ?? 0} noun="impor" onChange={setOffset} />
      <ConfirmDialog
        open={confirm !== null}
        title={`Batalkan impor #${confirm?.id}?`}
        confirmLabel="Ya, batalkan impor"
        onConfirm={() => confirm && undo(confirm)}
        onCancel={() => setConfirm(null)}
      >
        Baris dari "{confirm?.fileName}" tidak dipakai lagi dan semua daftar dicocokkan ulang. Kasus yang ditutup oleh daftar ini dibuka kembali.
      </ConfirmDialog>
    </>
  );
}
