import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { LetterFilter } from '../../../../shared/contract/compliance';
import { LETTER_STATUS_LABELS, LETTER_STATUSES, SCALE_LABELS, SCALES } from '../../../../shared/domain/compliance';
import { formatDate, formatNumber } from '../../../../shared/domain/format';
import { useApi } from '../../api/useApi';
import { JobProgress } from '../../components/JobProgress';
import { ErrorBar } from '../../components/Page';
import { ALL, FilterDropdown } from './CaseTable';

const useStyles = makeStyles({
  filters: { display: 'flex', gap: '12px', flexWrap: 'wrap', alignItems: 'flex-end', margin: '4px 0 12px' },
  note: { display: 'block', marginTop: '8px' },
});

/**
 * "Surat untuk kasus terbuka": every open case, or those of one kecamatan, one kind of case or one
 * business scale; how many letters that makes before printing, and while printing how far it is
 * with Batal (thousands of letters take minutes). Mounted only while open.
 */
export function LettersDialog({
  asOf,
  districts,
  progress,
  error,
  onPrint,
  onCancel,
  onClose,
}: {
  asOf: string;
  districts: { code: string; name: string }[];
  /** The running batch, or null. */
  progress: { fraction: number; rows: number } | null;
  error: string | null;
  onPrint: (filter: LetterFilter) => void;
  onCancel: () => void;
  onClose: () => void;
}) {
  const styles = useStyles();
  const [districtCode, setDistrictCode] = useState(ALL);
  const [status, setStatus] = useState(ALL);
  const [scale, setScale] = useState(ALL);
  const filter: LetterFilter = {
    ...(districtCode ? { districtCode } : {}),
    ...(status ? { status: status as LetterFilter['status'] } : {}),
    ...(scale ? { scale: scale as LetterFilter['scale'] } : {}),
  };
  const count = useApi('compliance.letterCount', { asOf, filter });
  const employers = count.data?.employers ?? 0;
  const projects = count.data?.projects ?? 0;
  const total = employers + projects;
  const running = progress !== null;
  return (
    <Dialog open onOpenChange={(_e, d) => !d.open && !running && onClose()}>
      <DialogSurface style={{ maxWidth: 720 }}>
        <DialogBody>
          <DialogTitle>Surat untuk kasus terbuka</DialogTitle>
          <DialogContent>
            <Text>Pilih kasus yang akan disurati: semuanya, atau per kecamatan, jenis kasus atau skala usaha.</Text>
            <div className={styles.filters}>
              <FilterDropdown label="Kecamatan" ariaLabel="Surat untuk kecamatan" value={districtCode} choices={[...districts.map((d) => ({ value: d.code, label: d.name })), { value: 'none', label: 'Tanpa kecamatan' }]} onChange={setDistrictCode} />
              <FilterDropdown label="Jenis kasus" ariaLabel="Surat untuk jenis kasus" value={status} choices={LETTER_STATUSES.map((s) => ({ value: s, label: LETTER_STATUS_LABELS[s] }))} minWidth={220} onChange={setStatus} />
              <FilterDropdown label="Skala usaha" ariaLabel="Surat untuk skala usaha" value={scale} choices={SCALES.map((s) => ({ value: s, label: SCALE_LABELS[s] }))} unknownValue="unknown" onChange={setScale} />
            </div>
            <Text weight="semibold" data-testid="letters-count">
              {count.data
                ? total === 0
                  ? 'Tidak ada kasus terbuka yang sesuai pilihan ini.'
                  : `${formatNumber(total)} surat: ${formatNumber(employers)} pemberi kerja dan ${formatNumber(projects)} proyek konstruksi, keadaan per ${formatDate(asOf)}.`
                : 'Menghitung…'}
            </Text>
            <Text size={200} className={styles.note}>
              Surat ditulis satu per satu ke satu PDF beserta daftar Excel untuk tim tindak lanjut; ribuan surat memerlukan beberapa menit. Nomor surat baru terpakai dan tercatat di riwayat kasus setelah semua surat selesai ditulis; bila dibatalkan, tidak ada yang berubah.
            </Text>
            {running && <JobProgress label="Menyusun surat" unit={`dari ${formatNumber(total)} surat ditulis`} progress={progress} onCancel={onCancel} />}
            <ErrorBar message={error ?? count.error} />
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" disabled={running} onClick={onClose}>
              Tutup
            </Button>
            <Button appearance="primary" disabled={running || total === 0} onClick={() => onPrint(filter)}>
              {total > 0 ? `Cetak ${formatNumber(total)} surat` : 'Cetak surat'}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
