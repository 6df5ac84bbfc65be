import {
  Button,
  Field,
  Input,
  makeStyles,
  SpinButton,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { Delete20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import { formatPercent } from '../../../../shared/domain/format';
import { parseDecimal } from '../../../../shared/domain/numbers';
import { call } from '../../api/client';
import { useApi } from '../../api/useApi';
import { Outcome, Section } from '../../components/Page';

const useStyles = makeStyles({
  form: { display: 'flex', gap: '12px', alignItems: 'flex-start', flexWrap: 'wrap', marginBottom: '12px' },
  button: { marginTop: '26px' },
  table: { maxWidth: '520px' },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  numberHeader: { '& > *': { justifyContent: 'flex-end', textAlign: 'right' } },
});

export function TargetsSection({ onChanged }: { onChanged?: () => void } = {}) {
  const styles = useStyles();
  const targets = useApi('targets.list', {});
  const [year, setYear] = useState(() => new Date().getFullYear());
  const [percent, setPercent] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const value = percent.trim() === '' ? Number.NaN : parseDecimal(percent);
  const problem =
    percent.trim() === ''
      ? null
      : Number.isNaN(value)
        ? 'Tulis angka persen, misalnya 28,3'
        : value <= 0 || value > 100
          ? 'Target harus lebih dari 0 dan paling besar 100'
          : null;

  async function run(action: () => Promise<string>) {
    setError(null);
    setSaved(null);
    try {
      setSaved(await action());
      targets.reload();
      onChanged?.();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  return (
    <Section title="Target UCJ" hint="Target Universal Coverage Jamsostek per tahun, dalam persen penduduk bekerja (RPJMD/Perbup).">
      <div className={styles.form}>
        <Field label="Tahun">
          <SpinButton
            aria-label="Tahun target"
            value={year}
            min={2000}
            max={2100}
            onChange={(_e, d) => {
              const next = d.value ?? Number(d.displayValue);
              if (Number.isInteger(next) && next >= 2000 && next <= 2100) setYear(next);
            }}
          />
        </Field>
        <Field label="Target (%)" validationMessage={problem ?? undefined} validationState={problem ? 'error' : 'none'}>
          <Input aria-label="Target persen" value={percent} onChange={(_e, d) => setPercent(d.value)} placeholder="28,3" contentAfter="%" />
        </Field>
        <Button
          className={styles.button}
          appearance="primary"
          disabled={percent.trim() === '' || problem !== null}
          onClick={() =>
            run(async () => {
              const result = await call('targets.set', { year, percent: value });
              setPercent('');
              return `Target ${result.year} disimpan: ${formatPercent(result.percent)}.`;
            })
          }
        >
          Simpan target
        </Button>
      </div>
      <Table size="small" className={styles.table} aria-label="Target per tahun">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Tahun</TableHeaderCell>
            <TableHeaderCell className={styles.numberHeader}>Target</TableHeaderCell>
            <TableHeaderCell />
          </TableRow>
        </TableHeader>
        <TableBody>
          {(targets.data ?? []).map((t) => (
            <TableRow key={t.year}>
              <TableCell>{t.year}</TableCell>
              <TableCell className={styles.number}>{formatPercent(t.percent)}</TableCell>
              <TableCell>
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<Delete20Regular />}
                  aria-label={`Hapus target ${t.year}`}
                  onClick={() =>
                    run(async () => {
                      await call('targets.remove', { year: t.year });
                      return `Target ${t.year} dihapus.`;
                    })
                  }
                />
              </TableCell>
            </TableRow>
          ))}
          {targets.data?.length === 0 && (
            <TableRow>
              <TableCell colSpan={3}>Belum ada target.</TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
      <Outcome error={error ?? targets.error} success={saved} />
    </Section>
  );
}
