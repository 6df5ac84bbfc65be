import {
  Button,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { ArrowCounterclockwise20Regular, DatabaseArrowDown20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { Backup } from '../../../../shared/contract';
import { formatDateTime, formatFileSize } from '../../../../shared/domain/format';
import { call } from '../../api/client';
import { useApi } from '../../api/useApi';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Outcome, Section } from '../../components/Page';

const useStyles = makeStyles({
  toolbar: { display: 'flex', gap: '12px', alignItems: 'center', marginBottom: '12px' },
  folder: { color: tokens.colorNeutralForeground3, fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  size: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  sizeHeader: { '& > *': { justifyContent: 'flex-end', textAlign: 'right' } },
  table: { maxWidth: '860px' },
});

/** Backups of the office database: list, make one now, restore one after confirmation. */
export function BackupsSection({ onRestored }: { onRestored: () => void }) {
  const styles = useStyles();
  const backups = useApi('backups.list', {});
  const [asking, setAsking] = useState<Backup | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function act(action: () => Promise<string>) {
    setBusy(true);
    setError(null);
    setMessage(null);
    try {
      setMessage(await action());
      backups.reload();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  }

  const create = () =>
    act(async () => {
      const made = await call('backups.create', {});
      return `Cadangan dibuat: ${formatDateTime(made.at)} (${formatFileSize(made.size)}).`;
    });

  const restore = (backup: Backup) =>
    act(async () => {
      setAsking(null);
      const { restored, safetyCopy } = await call('backups.restore', { name: backup.name });
      onRestored();
      const kept = safetyCopy ? ` Keadaan sebelumnya disimpan sebagai cadangan ${formatDateTime(safetyCopy.at)}.` : '';
      return `Basis data dipulihkan dari cadangan ${formatDateTime(restored.at)}.${kept}`;
    });

  return (
    <Section
      title="Cadangan basis data"
      hint="Cakap membuat cadangan sekali sehari saat dibuka (10 cadangan harian terakhir disimpan), sebelum setiap pembaruan basis data, dan sebelum pemulihan."
    >
      <div className={styles.toolbar}>
        <Button icon={<DatabaseArrowDown20Regular />} onClick={create} disabled={busy}>
          Buat cadangan sekarang
        </Button>
        {backups.data && <span className={styles.folder}>Folder: {backups.data.folder}</span>}
      </div>
      <Table size="small" className={styles.table} aria-label="Daftar cadangan">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Tanggal</TableHeaderCell>
            <TableHeaderCell>Jenis</TableHeaderCell>
            <TableHeaderCell className={styles.sizeHeader}>Ukuran</TableHeaderCell>
            <TableHeaderCell />
          </TableRow>
        </TableHeader>
        <TableBody>
          {(backups.data?.backups ?? []).map((b) => (
            <TableRow key={b.name}>
              <TableCell>{formatDateTime(b.at)}</TableCell>
              <TableCell>{b.label}</TableCell>
              <TableCell className={styles.size}>{formatFileSize(b.size)}</TableCell>
              <TableCell>
                {b.restorable && (
                  <Button
                    size="small"
                    icon={<ArrowCounterclockwise20Regular />}
                    onClick={() => setAsking(b)}
                    disabled={busy}
                    aria-label={`Pulihkan cadangan ${formatDateTime(b.at)}`}
                  >
                    Pulihkan
                  </Button>
                )}
              </TableCell>
            </TableRow>
          ))}
          {backups.data?.backups.length === 0 && (
            <TableRow>
              <TableCell colSpan={4}>Belum ada cadangan.</TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
      <ConfirmDialog
        open={asking !== null}
        title="Pulihkan basis data?"
        confirmLabel="Pulihkan"
        onConfirm={() => asking && restore(asking)}
        onCancel={() => setAsking(null)}
      >
        {asking && (
          <>
            Semua data akan dikembalikan seperti pada {formatDateTime(asking.at)} ({asking.label.toLowerCase()}). Perubahan sesudah waktu
            itu tidak ikut kembali. Keadaan sekarang disimpan dulu sebagai cadangan, jadi langkah ini dapat dibatalkan dengan memulihkan
            cadangan itu.
          </>
        )}
      </ConfirmDialog>
      <Outcome error={error ?? backups.error} success={message} />
    </Section>
  );
}
