import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  SpinButton,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { ArrowUpload20Regular, Save20Regular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { formatNumber } from '../../../../shared/domain/format';
import { LIST_FILE_FORMATS, listFileKind } from '../../../../shared/domain/listFiles';
import { parseWholeNumber } from '../../../../shared/domain/numbers';
import { call, chooseFile } from '../../api/client';
import { useApi } from '../../api/useApi';
import { ErrorBar, Section } from '../../components/Page';
import { TemplateButton } from '../../components/TemplateButton';

const useStyles = makeStyles({
  toolbar: { display: 'flex', gap: '12px', alignItems: 'flex-end', flexWrap: 'wrap', marginBottom: '12px' },
  code: { color: tokens.colorNeutralForeground3, fontVariantNumeric: 'tabular-nums' },
  countCell: { width: '220px' },
  count: { textAlign: 'right' },
  actions: { display: 'flex', gap: '8px', marginTop: '12px' },
});

type Problem = string | null;

function validate(text: string): Problem {
  const value = parseWholeNumber(text);
  if (value === null) return null;
  if (Number.isNaN(value)) return 'Isi bilangan bulat, misalnya 19.512';
  if (value < 0) return 'Tidak boleh negatif';
  return null;
}

export function WorkforceSection({ onChanged }: { onChanged: () => void }) {
  const styles = useStyles();
  const [year, setYear] = useState(() => new Date().getFullYear() - 1);
  const workforce = useApi('workforce.get', { year });
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [source, setSource] = useState('');
  const [message, setMessage] = useState<{ intent: 'success' | 'warning'; text: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!workforce.data) return;
    setTexts(Object.fromEntries(workforce.data.rows.map((r) => [r.areaCode, r.count === null ? '' : formatNumber(r.count)])));
    setSource(workforce.data.rows.find((r) => r.source)?.source ?? '');
  }, [workforce.data]);

  const rows = workforce.data?.rows ?? [];
  const problems = Object.fromEntries(rows.map((r) => [r.areaCode, validate(texts[r.areaCode] ?? '')]));
  const hasProblems = Object.values(problems).some(Boolean);

  async function act(action: () => Promise<string>) {
    setBusy(true);
    setError(null);
    setMessage(null);
    try {
      setMessage({ intent: 'success', text: await action() });
      workforce.reload();
      onChanged();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  }

  const save = () =>
    act(async () => {
      const entries = rows.map((r) => ({ areaCode: r.areaCode, count: parseWholeNumber(texts[r.areaCode] ?? '') }));
      const result = await call('workforce.save', { year, source: source.trim() || null, entries });
      return `Penduduk bekerja ${year} disimpan (${result.saved} wilayah).`;
    });

  const importFile = () =>
    act(async () => {
      const file = await chooseFile(listFileKind('Tabel penduduk bekerja'));
      if (!file) return 'Tidak ada berkas dipilih.';
      const result = await call('workforce.importFile', { fileId: file.fileId, year, source: source.trim() || null });
      const notes = result.notes.length > 0 ? ` Periksa: ${result.notes.join(' ')}` : '';
      return `Dari "${file.name}": ${result.saved} wilayah, jumlah ${formatNumber(result.total)} orang disimpan untuk ${year}.${notes}`;
    });

  return (
    <Section
      title="Penduduk bekerja"
      hint={`Jumlah penduduk bekerja (BPS) per kecamatan dan tahun: penyebut semua angka cakupan. Isi per kecamatan; angka kabupaten dipakai hanya bila per kecamatan belum ada. Impor dari berkas ${LIST_FILE_FORMATS}.`}
    >
      <div className={styles.toolbar}>
        <Field label="Tahun">
          <SpinButton
            aria-label="Tahun penduduk bekerja"
            value={year}
            min={2000}
            max={2100}
            onChange={(_e, d) => {
              const next = d.value ?? Number(d.displayValue);
              if (Number.isInteger(next) && next >= 2000 && next <= 2100) setYear(next);
            }}
          />
        </Field>
        <Field label="Sumber data" style={{ flex: 1, minWidth: 260 }}>
          <Input
            value={source}
            placeholder="misalnya BPS, Sakernas Agustus 2024"
            onChange={(_e, d) => setSource(d.value)}
            maxLength={200}
          />
        </Field>
        <Button icon={<ArrowUpload20Regular />} onClick={importFile} disabled={busy}>
          Impor dari berkas…
        </Button>
        <TemplateButton kind="workforce" year={year} label={`Unduh templat ${year}`} />
      </div>
      <Table size="small" aria-label={`Penduduk bekerja ${year}`}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Wilayah</TableHeaderCell>
            <TableHeaderCell>Kode</TableHeaderCell>
            <TableHeaderCell className={styles.countCell}>Penduduk bekerja</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.areaCode}>
              <TableCell>{r.level === 'regency' ? `${r.areaName} (seluruh kabupaten)` : r.areaName}</TableCell>
              <TableCell className={styles.code}>{r.areaCode}</TableCell>
              <TableCell className={styles.countCell}>
                <Field validationMessage={problems[r.areaCode] ?? undefined} validationState={problems[r.areaCode] ? 'error' : 'none'}>
                  <Input
                    aria-label={`Penduduk bekerja ${r.areaName}`}
                    input={{ className: styles.count }}
                    value={texts[r.areaCode] ?? ''}
                    onChange={(_e, d) => setTexts((t) => ({ ...t, [r.areaCode]: d.value }))}
                    inputMode="numeric"
                  />
                </Field>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <div className={styles.actions}>
        <Button appearance="primary" icon={<Save20Regular />} onClick={save} disabled={busy || hasProblems || rows.length === 0}>
          Simpan penduduk bekerja {year}
        </Button>
      </div>
      <div style={{ marginTop: 12 }}>
        <ErrorBar message={error ?? workforce.error} />
        {message && (
          <MessageBar intent={message.intent}>
            <MessageBarBody>{message.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </Section>
  );
}
