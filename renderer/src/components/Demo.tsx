import { Button, Field, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, ProgressBar, Text } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import type { DemoStatus } from '../../../shared/contract';
import { formatDate, formatPercent } from '../../../shared/domain/format';
import { call, newJobId, onCoreEvent } from '../api/client';
import { ErrorBar, Section } from './Page';

/**
 * The demo regency, opened from inside the app: built in a database of its own beside the office's,
 * so the office's data never sees it. Once the core has switched, the page reloads on the demo and
 * every page carries the banner below until the user goes back.
 */
export function useOpenDemo() {
  const [fraction, setFraction] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  // Progress events are listened to only while the demo is being opened: in browser mode the event
  // stream holds one of the browser's few connections to the server for as long as it is open.
  const open = useCallback(async (before?: () => Promise<unknown>) => {
    setError(null);
    const jobId = newJobId();
    setFraction(0);
    const stop = onCoreEvent((event) => {
      if (event.type === 'job.progress' && event.jobId === jobId) setFraction(event.fraction);
    });
    try {
      await before?.();
      await call('demo.open', { jobId });
      reloadOn('dasbor');
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setFraction(null);
    } finally {
      stop();
    }
  }, []);

  return { open, building: fraction !== null, fraction, error };
}

/** After the core switched databases, every page must load again from the one now open. */
function reloadOn(page: string): void {
  window.location.hash = `#/${page}`;
  window.location.reload();
}

export function DemoProgress({ fraction }: { fraction: number }) {
  return (
    <Field
      label={`Membangun data contoh… ${formatPercent(fraction * 100, 0)}`}
      hint="Sekali saja, sekitar satu sampai dua menit: daftar pekerja nagari diimpor, program dibuat, data BPJS dimuat."
      validationState="none"
      style={{ marginTop: 12 }}
    >
      <ProgressBar value={fraction > 0 ? fraction : undefined} thickness="large" aria-label="Kemajuan data contoh" />
    </Field>
  );
}

/** On every page while the demo regency is open: what this is, and the way back to the office's data. */
export function DemoBanner({ status }: { status: DemoStatus }) {
  const [error, setError] = useState<string | null>(null);
  async function back() {
    setError(null);
    try {
      await call('demo.close', {});
      reloadOn('dasbor');
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }
  return (
    <MessageBar intent="warning" layout="multiline" style={{ marginBottom: 16 }} data-testid="demo-banner">
      <MessageBarBody>
        <MessageBarTitle>Anda sedang melihat DATA CONTOH</MessageBarTitle>
        Kabupaten rekaan untuk melihat-lihat{status.asOf ? `, keadaan per ${formatDate(status.asOf)}` : ''}. Nama dan NIK di sini bukan orang sungguhan. Data
        contoh disimpan di berkas tersendiri: apa pun yang diubah di sini tidak masuk ke data kantor.
        {!status.canReturn && ' Untuk bekerja dengan data kantor, buka Cakap dengan basis data kantor.'}
        {error && ` ${error}`}
      </MessageBarBody>
      {status.canReturn && (
        <MessageBarActions>
          <Button appearance="primary" onClick={back}>
            Kembali ke data kantor
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

/** Pengaturan › Data contoh: the demo regency, for whoever skipped it on the first start. */
export function DemoSection({ status }: { status: DemoStatus | undefined }) {
  const demo = useOpenDemo();
  return (
    <Section
      title="Data contoh"
      hint="Kabupaten rekaan yang lengkap untuk melihat-lihat atau berlatih: pekerja, program, data BPJS dan laporan. Disimpan di berkas tersendiri di folder contoh, di samping data kantor; data kantor tidak tersentuh."
    >
      {status?.active ? (
        <Text>Yang terbuka sekarang data contoh{status.canReturn ? '; kembali ke data kantor dengan tombol di atas halaman.' : '.'}</Text>
      ) : (
        <Button onClick={() => void demo.open()} disabled={demo.building}>
          Buka data contoh
        </Button>
      )}
      {demo.fraction !== null && <DemoProgress fraction={demo.fraction} />}
      <ErrorBar message={demo.error} />
    </Section>
  );
}
