import {
  Button,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  makeStyles,
  OverlayDrawer,
  Text,
  tokens,
} from '@fluentui/react-components';
import { Dismiss24Regular } from '@fluentui/react-icons';
import { formatDate, formatDateTime } from '../../../../shared/domain/format';
import { useApi } from '../../api/useApi';
import { ErrorBar, Loading } from '../../components/Page';

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
  const styles = useStyles();
  const worker = useApi('workers.get', { id });
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
    ['Kecamatan', w.districtName],
    ['Pekerjaan', w.occupation],
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
    </>
  );
}
