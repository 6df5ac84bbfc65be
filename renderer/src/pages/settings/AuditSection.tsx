import {
  Button,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { ArrowDownload20Regular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { formatDateTime } from '../../../../shared/domain/format';
import { call, saveFile } from '../../api/client';
import { useApi } from '../../api/useApi';
import { Outcome, Section } from '../../components/Page';
import { Pager } from '../../components/Pager';

const PAGE_SIZE = 15;

const useStyles = makeStyles({
  toolbar: { display: 'flex', gap: '12px', alignItems: 'center', marginBottom: '12px' },
  when: { whiteSpace: 'nowrap', width: '230px', fontVariantNumeric: 'tabular-nums' },
  who: { width: '160px' },
});

/** Who did what and when, newest first, a page at a time; the whole log exports to Excel. */
export function AuditSection({ version }: { version: number }) {
  const styles = useStyles();
  const [page, setPage] = useState(1);
  const log = useApi('audit.list', { page, pageSize: PAGE_SIZE });
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { reload } = log;

  // Something changed elsewhere on the page: show the newest entries.
  useEffect(() => {
    if (version > 0) reload();
  }, [version, reload]);

  async function exportLog() {
    setBusy(true);
    setError(null);
    setMessage(null);
    try {
      const file = await call('audit.export', {});
      await saveFile(file);
      setMessage(`Log audit diekspor ke "${file.name}".`);
      reload();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Section title="Log audit" hint="Siapa melakukan apa dan kapan di Cakap, terbaru di atas. Tidak dapat diubah atau dihapus dari aplikasi.">
      <div className={styles.toolbar}>
        <Button icon={<ArrowDownload20Regular />} onClick={exportLog} disabled={busy}>
          Ekspor ke Excel
        </Button>
      </div>
      <Table size="small" aria-label="Log audit">
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.when}>Waktu</TableHeaderCell>
            <TableHeaderCell className={styles.who}>Pengguna</TableHeaderCell>
            <TableHeaderCell>Tindakan</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {(log.data?.entries ?? []).map((e) => (
            <TableRow key={e.id}>
              <TableCell className={styles.when}>{formatDateTime(e.at)}</TableCell>
              <TableCell className={styles.who}>{e.actor}</TableCell>
              <TableCell>{e.description}</TableCell>
            </TableRow>
          ))}
          {log.data?.total === 0 && (
            <TableRow>
              <TableCell colSpan={3}>Belum ada catatan.</TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
      <Pager
        offset={(page - 1) * PAGE_SIZE}
        pageSize={PAGE_SIZE}
        shown={log.data?.entries.length ?? 0}
        total={log.data?.total ?? 0}
        noun="catatan"
        onChange={(offset) => setPage(offset / PAGE_SIZE + 1)}
        testId="audit-page"
      />
      <Outcome error={error ?? log.error} success={message} />
    </Section>
  );
}
