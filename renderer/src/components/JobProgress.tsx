import { Button, Field, makeStyles, ProgressBar } from '@fluentui/react-components';
import { formatNumber } from '../../../shared/domain/format';

const useStyles = makeStyles({
  row: { display: 'flex', gap: '16px', alignItems: 'flex-end', margin: '12px 0' },
  bar: { flex: 1 },
});

/** A running job: how far it is (rows read, letters written, ...) and the button to stop it. */
export function JobProgress({
  label,
  progress,
  onCancel,
  unit = 'baris dibaca',
}: {
  label: string;
  progress: { fraction: number; rows: number };
  onCancel: () => void;
  /** What the count counts, after the number: "baris dibaca", "dari 1.234 surat ditulis". */
  unit?: string;
}) {
  const styles = useStyles();
  return (
    <div className={styles.row} role="status">
      <Field className={styles.bar} label={`${label}… ${formatNumber(progress.rows)} ${unit}`} validationState="none">
        <ProgressBar value={progress.fraction > 0 ? progress.fraction : undefined} thickness="large" aria-label="Kemajuan" />
      </Field>
      <Button onClick={onCancel}>Batal</Button>
    </div>
  );
}
