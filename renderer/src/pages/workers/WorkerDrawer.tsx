import {
  Button,
  DrawerBody,
  Field,
  Input,
  DrawerHeader,
  DrawerHeaderTitle,
  makeStyles,
  OverlayDrawer,
  Text,
  tokens,
} from '@fluentui/react-components';
import { Dismiss24Regular } from '@fluentui/react-icons';
import { formatDate, formatDateTime } from '../../../../shared/domain/format';
import { useState } from 'react';
import { call } from '../../api/client';
import { useApi } from '../../api/useApi';
import { ErrorBar, Loading } from '../../components/Page';
import { useCan } from '../../components/Session';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: '150px 1fr', rowGap: '6px', columnGap: '12px', marginBottom: '20px' },
  label: { color: tokens.colorNeutralForeground3 },
  entry: { borderLeft: `3px solid ${tokens.colorBrandStroke1}`, paddingLeft: '10px', marginBottom: '12px' },
});

/** One worker: every stored field and the history of changes, newest first. */
export function WorkerDrawer({ workerId, villageLabel, onClose }: { workerId: number | null; villageLabel: string; onClose: () => void }) {
  return (
    <OverlayDrawer position="end" size="medium" open={workerId !== null} onOpenChange={(_e, d) => !d.open && onClose()}>
      <DrawerHeader>
        <DrawerHeaderTitle action={<Button appearance="subtle" aria-label="Tutup" icon={<Dismiss24Regular />} onClick={onClose} />}>
          Data pekerja
        </DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody>{workerId !== null && <WorkerDetail id={workerId} villageLabel={villageLabel} />}</DrawerBody>
    </OverlayDrawer>
  );
}

function WorkerDetail({ id, villageLabel }: { id: number; villageLabel: string }) {
  const can = useCan();
  const styles = useStyles();
  const worker = useApi('workers.get', { id });
  const [erasing, setErasing] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function erase() {
    setError(null);
    try {
      await call('workers.erase', { id, reason });
      setErasing(false);
      worker.reload();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  if (!worker.data) return worker.error ? <ErrorBar message={worker.error} /> : <Loading />;
  const w = worker.data;
  const fields: [string, string | null][] = [
    ['NIK', w.nik],
    ['Nama', w.name],
    ['Jenis kelamin', w.sex === 'P' ? 'Perempuan' : w.sex === 'L' ? 'Laki-laki' : null],
    ['Tempat lahir', w.birthPlace],
    ['Tanggal lahir', w.birthDate ? formatDate(w.birthDate) : null],
    ['Alamat', w.address],
    [villageLabel, w.villageName],
    ['Kecamatan', w.districtName && w.regionFromNik ? `${w.districtName} (dari NIK: daftarnya tidak menyebut ${villageLabel.toLowerCase()} atau kecamatan)` : w.districtName],
    ['Pekerjaan', w.occupation],
    ['Pekerjaan di KTP', w.ktpOccupation],
    ['No. HP', w.phone],
    ['No. KPJ', w.kpj],
    ['Pertama dicatat', `${formatDateTime(w.createdAt)}${w.createdBatch ? `, impor #${w.createdBatch.id} (${w.createdBatch.fileName})` : ''}`],
  ];
  return (
    <>
      <div className={styles.grid}>
        {fields.map(([label, value]) => (
          <Text key={label} as="span" style={{ display: 'contents' }}>
            <span className={styles.label}>{label}</span>
            <span>{value ?? '–'}</span>
          </Text>
        ))}
      </div>
      <Text as="h3" weight="semibold" size={400} style={{ display: 'block', marginBottom: 8 }}>
        Riwayat perubahan
      </Text>
      {w.history.length === 0 && <Text>Belum pernah diubah sejak pertama dicatat.</Text>}
      {w.history.map((h, i) => (
        h.action === 'erased' ? (
          <div key={i} className={styles.entry}>
            <Text weight="semibold" style={{ display: 'block' }}>
              {formatDateTime(h.at)} · data pribadi dihapus atas permintaan ({h.actor})
            </Text>
          </div>
        ) : 
        <div key={i} className={styles.entry}>
          <Text weight="semibold" style={{ display: 'block' }}>
            {formatDateTime(h.at)} · {h.batchId ? `impor #${h.batchId} (${h.fileName})` : h.actor}
          </Text>
          {h.changes.map((c) => (
            <Text key={c.field} style={{ display: 'block' }}>
              {c.field}: {c.before ?? '(kosong)'} → {c.after ?? '(kosong)'}
            </Text>
          ))}
        </div>
      ))}
      {!w.nik.startsWith('DIHAPUS-') && (
        <div style={{ marginTop: 24 }}>
          {!erasing ? (
            <Button appearance="subtle" disabled={!can('admin')} onClick={() => setErasing(true)}>
              Hapus data pribadi atas permintaan…
            </Button>
          ) : (
            <>
              <Text style={{ display: 'block', marginBottom: 8 }}>
                NIK, nama, tanggal lahir, alamat dan nomor HP dihapus dari semua catatan. Kepesertaan dan biaya program tetap dihitung, tanpa data
                pribadinya. Tindakan ini tidak dapat dibatalkan.
              </Text>
              <Field label="Dasar penghapusan (mis. nomor surat permintaan)">
                <Input value={reason} onChange={(_e, d) => setReason(d.value)} />
              </Field>
              <div style={{ display: 'flex', gap: 8, marginTop: 8 }}>
                <Button onClick={() => setErasing(false)}>Batal</Button>
                <Button appearance="primary" disabled={reason.trim().length < 10} onClick={erase}>
                  Hapus data pribadi
                </Button>
              </div>
              <ErrorBar message={error} />
            </>
          )}
        </div>
      )}
    </>
  );
}
