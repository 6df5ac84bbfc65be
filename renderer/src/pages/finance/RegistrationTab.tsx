import { Button, Checkbox, makeStyles, MessageBar, MessageBarBody, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import { ArrowDownload20Regular, DocumentTable20Regular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import type { Program, RegistrationResult } from '../../../../shared/contract';
import { formatDate, formatNumber } from '../../../../shared/domain/format';
import { call, chooseFile, saveFile } from '../../api/client';
import { useApi } from '../../api/useApi';
import { ErrorBar, Section } from '../../components/Page';
import { Pager } from '../../components/Pager';
import { ProgramPicker } from './ProgramPicker';
import { useCan } from '../../components/Session';

const useStyles = makeStyles({
  form: { display: 'flex', gap: '12px', alignItems: 'flex-end', flexWrap: 'wrap', marginBottom: '12px' },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  numberHeader: { '& > *': { justifyContent: 'flex-end', textAlign: 'right' } },
});

const PAGE = 20;

/** The file of new beneficiaries for the branch: Cakap's layout, or the branch's own template filled in. */
export function RegistrationTab({ programs, version, onChanged }: { programs: readonly Program[]; version: number; onChanged: () => void }) {
  const can = useCan();
  const styles = useStyles();
  const [programId, setProgramId] = useState<number | null>(programs[0]?.id ?? null);
  const [all, setAll] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<RegistrationResult | null>(null);
  const [offset, setOffset] = useState(0);
  const history = useApi('finance.registrations', { offset, limit: PAGE });
  const reload = history.reload;
  useEffect(() => reload(), [version, reload]);
  useEffect(() => {
    if (programId === null && programs[0]) setProgramId(programs[0].id);
  }, [programs, programId]);

  async function write(withTemplate: boolean) {
    if (programId === null) return;
    setError(null);
    setResult(null);
    try {
      const template = withTemplate ? await chooseFile({ name: 'Templat kantor cabang', extensions: ['xlsx'] }) : null;
      if (withTemplate && !template) return;
      setBusy(true);
      const written = await call('finance.registration', { programId, all, templateFileId: template?.fileId });
      setResult(written);
      await saveFile(written.file);
      onChanged();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  }

  const rows = history.data?.rows ?? [];
  return (
    <>
      <Section
        title="Berkas pendaftaran untuk kantor cabang"
        hint="Penerima program yang belum aktif di daftar peserta BPJS terbaru dan belum pernah dikirim, dengan NIK dan nomor HP sebagai Teks. Dengan templat cabang, kolomnya dikenali dan diisi; format templat tetap. Setiap baris dicatat dengan tanggal kirimnya."
      >
        <div className={styles.form}>
          <ProgramPicker programs={programs} value={programId} onChange={setProgramId} />
          <Checkbox label="Termasuk yang sudah pernah dikirim" checked={all} onChange={(_e, d) => setAll(d.checked === true)} />
        </div>
        <div className={styles.form}>
          <Button appearance="primary" icon={<ArrowDownload20Regular />} disabled={busy || programId === null || !can('operate')} onClick={() => write(false)}>
            Berkas pendaftaran (susunan Cakap)
          </Button>
          <Button icon={<DocumentTable20Regular />} disabled={busy || programId === null || !can('operate')} onClick={() => write(true)}>
            Isi templat kantor cabang…
          </Button>
        </div>
        <ErrorBar message={error} />
        {result && (
          <MessageBar intent={result.warnings.length > 0 ? 'warning' : 'success'} layout="multiline" data-testid="registration-result">
            <MessageBarBody>
              {formatNumber(result.rows)} penerima ditulis ke "{result.file.name}"{result.sheet ? ` (templat, sheet "${result.sheet}")` : ''}; dilewati: {formatNumber(result.skipped.registered)} sudah aktif di BPJS,{' '}
              {formatNumber(result.skipped.alreadySent)} sudah pernah dikirim, {formatNumber(result.skipped.missingData)} datanya belum lengkap.
              {result.warnings.map((w) => (
                <div key={w}>{w}</div>
              ))}
            </MessageBarBody>
          </MessageBar>
        )}
      </Section>
      <Section title="Berkas yang sudah dikirim" hint="Yang dikirim lebih dari batas hari tunggu (Pengaturan) dan belum aktif di daftar BPJS tampil di Rekonsiliasi BPJS sebagai “diajukan, belum terdaftar”.">
        <ErrorBar message={history.error} />
        <Table size="small" aria-label="Berkas pendaftaran yang sudah dikirim">
          <TableHeader>
            <TableRow>
              <TableHeaderCell style={{ width: '30%' }}>Program</TableHeaderCell>
              <TableHeaderCell style={{ width: '30%' }}>Berkas</TableHeaderCell>
              <TableHeaderCell>Tanggal kirim</TableHeaderCell>
              <TableHeaderCell className={styles.numberHeader}>Penerima</TableHeaderCell>
              <TableHeaderCell className={styles.numberHeader}>Belum terdaftar</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={`${r.program}-${r.file}-${r.sentOn}`}>
                <TableCell>{r.programName}</TableCell>
                <TableCell>{r.file}</TableCell>
                <TableCell>{formatDate(r.sentOn)}</TableCell>
                <TableCell className={styles.number}>{formatNumber(r.rows)}</TableCell>
                <TableCell className={styles.number}>{formatNumber(r.stillUnregistered)}</TableCell>
              </TableRow>
            ))}
            {history.data?.rows.length === 0 && (
              <TableRow>
                <TableCell colSpan={5}>
                  <Text>Belum ada berkas pendaftaran.</Text>
                </TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
        <Pager offset={offset} pageSize={PAGE} shown={rows.length} total={history.data?.total ?? 0} noun="berkas" onChange={setOffset} />
      </Section>
    </>
  );
}
