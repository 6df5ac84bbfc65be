import { Button, Dropdown, Field, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Option, Text } from '@fluentui/react-components';
import { ArrowUpload20Regular, CheckmarkCircle20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { FileRef, ImportResultDto } from '../../../../shared/contract';
import type { WorkerField } from '../../../../shared/domain/workerFields';
import { WORKER_LIST_KINDS } from '../../../../shared/domain/batchKinds';
import { formatNumber } from '../../../../shared/domain/format';
import { LIST_FILE_FORMATS, listFileKind } from '../../../../shared/domain/listFiles';
import { chooseFile, saveFile, call } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useJob } from '../../api/useJob';
import { ImportHistory } from '../../components/ImportHistory';
import { JobProgress } from '../../components/JobProgress';
import { ErrorBar, PageHeader, Section } from '../../components/Page';
import { TemplateButton } from '../../components/TemplateButton';
import { DuplicateNotice } from './DuplicateNotice';
import { PreviewView } from './PreviewView';
import { useCan } from '../../components/Session';
import { notWorkerReasons, notWorkerTotal } from './labels';

const useStyles = makeStyles({
  row: { display: 'flex', gap: '12px', alignItems: 'center', flexWrap: 'wrap' },
});

export type Overrides = Record<string, { headerRow?: number; columns?: Record<string, WorkerField>; village?: string | null }>;

export function ImportPage({ onShowWorkers }: { onShowWorkers: (batchId: number) => void }) {
  const can = useCan();
  const styles = useStyles();
  const job = useJob();
  const [file, setFile] = useState<FileRef | null>(null);
  const [preview, setPreview] = useState<ImportResultDto | null>(null);
  const [overrides, setOverrides] = useState<Overrides>({});
  const [dirty, setDirty] = useState(false);
  const [done, setDone] = useState<ImportResultDto | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [historyVersion, setHistoryVersion] = useState(0);
  const programs = useApi('programs.list', { includeClosed: false });
  const [programId, setProgramId] = useState<number | undefined>();

  async function runPreview(target: FileRef, withOverrides: Overrides) {
    setError(null);
    setPreview(null);
    try {
      const result = await job.run('import.preview', { fileId: target.fileId, overrides: withOverrides, issueLimit: 200 });
      setPreview(result);
      setDirty(false);
      // OpenSID's program export: its program, when Cakap has one of that name, is offered for the enrolment.
      const offered = result.offeredProgram?.programId ?? null;
      if (offered !== null) setProgramId((current) => current ?? offered);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  async function pick() {
    setError(null);
    setDone(null);
    try {
      const chosen = await chooseFile(listFileKind('Daftar pekerja'));
      if (!chosen) return;
      setFile(chosen);
      setOverrides({});
      await runPreview(chosen, {});
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  async function commit() {
    if (!file) return;
    setError(null);
    try {
      const result = await job.run('import.commit', { fileId: file.fileId, overrides, issueLimit: 200, programId });
      setDone(result);
      setPreview(null);
      setFile(null);
      setHistoryVersion((v) => v + 1);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  function changeVillage(sheet: string, code: string | null) {
    setOverrides((current) => ({ ...current, [sheet]: { ...current[sheet], village: code } }));
    setDirty(true);
  }

  function changeColumn(sheet: string, column: number, field: WorkerField) {
    setOverrides((current) => ({ ...current, [sheet]: { ...current[sheet], columns: { ...current[sheet]?.columns, [String(column)]: field } } }));
    setDirty(true);
  }

  const takes = preview ? preview.accepted + preview.updated : 0;
  return (
    <>
      <PageHeader title="Impor daftar pekerja" subtitle={`Daftar dari nagari/desa, OPD atau koperasi: ${LIST_FILE_FORMATS}.`} />
      <Section
        title="Berkas"
        hint="Semua sheet yang berupa daftar pekerja dibaca; baris judul, baris nomor kolom dan baris jumlah dilewati. Kirim templat kepada nagari/desa atau OPD: berkas yang diisi dengan templat terbaca tanpa perbaikan."
      >
        <div className={styles.row}>
          <Button appearance={file ? 'secondary' : 'primary'} icon={<ArrowUpload20Regular />} onClick={pick} disabled={job.running || !can('operate')} title={can('operate') ? undefined : 'Akun pembaca tidak mengimpor; impor dilakukan operator atau admin.'}>
            Pilih berkas…
          </Button>
          {file && (
            <Text>
              <strong>{file.name}</strong> ({formatNumber(Math.ceil(file.size / 1024))} KB)
            </Text>
          )}
          <TemplateButton kind="workers" label="Unduh templat daftar pekerja" />
        </div>
        {job.progress && <JobProgress label={preview || !file ? 'Mengimpor' : 'Memeriksa'} progress={job.progress} onCancel={job.cancel} />}
        <div style={{ marginTop: 12 }}>
          <ErrorBar message={error} />
        </div>
        {done && done.batchId !== null && (
          <MessageBar intent="success" style={{ marginTop: 12 }}>
            <MessageBarBody>
              <MessageBarTitle>Impor #{done.batchId} selesai</MessageBarTitle>
              {formatNumber(done.accepted)} pekerja baru, {formatNumber(done.updated)} diperbarui, {formatNumber(done.unchanged)} tidak berubah,{' '}
              {formatNumber(done.rejected)} ditolak, {formatNumber(done.warnings)} dengan peringatan.
              {notWorkerTotal(done.notWorkers) > 0 &&
                ` ${formatNumber(notWorkerTotal(done.notWorkers))} orang bukan pekerja dan tidak diimpor: ${notWorkerReasons(done.notWorkers)} (daftarnya di sheet "Bukan pekerja" berkas baris ditolak).`}
              {done.enrollment?.summary &&
                ` Program: ${formatNumber(done.enrollment.summary.enrolled)} didaftarkan, ${formatNumber(done.enrollment.summary.refused)} ditolak (lihat halaman Program).`}
              {done.enrollment?.error && ` Pendaftaran ke program ditolak: ${done.enrollment.error}`}
            </MessageBarBody>
            <MessageBarActions>
              {done.batchId !== null && <Button onClick={() => onShowWorkers(done.batchId!)}>Lihat pekerja</Button>}
              {done.batchId !== null && done.rejected + notWorkerTotal(done.notWorkers) > 0 && (
                <Button onClick={async () => saveFile(await call('import.rejectionFile', { batchId: done.batchId! }))}>
                  {done.rejected > 0 ? 'Unduh baris ditolak' : 'Unduh daftar bukan pekerja'}
                </Button>
              )}
            </MessageBarActions>
          </MessageBar>
        )}
        {done && done.batchId === null && done.duplicateOf && <DuplicateNotice duplicate={done.duplicateOf} committed />}
      </Section>

      {preview && file && (
        <PreviewView
          preview={preview}
          dirty={dirty}
          busy={job.running}
          villages={Object.fromEntries(Object.entries(overrides).map(([sheet, o]) => [sheet, o.village]))}
          onChangeColumn={changeColumn}
          onChangeVillage={changeVillage}
          onRecheck={() => runPreview(file, overrides)}
          commitButton={
            <>
              <Field label="Daftarkan juga ke program (boleh kosong)">
                <Dropdown
                  aria-label="Daftarkan juga ke program"
                  placeholder="Tidak didaftarkan"
                  style={{ minWidth: 320 }}
                  value={programs.data?.find((p) => p.id === programId)?.name ?? ''}
                  selectedOptions={programId === undefined ? [] : [String(programId)]}
                  onOptionSelect={(_e, d) => setProgramId(d.optionValue ? Number(d.optionValue) : undefined)}
                >
                  <Option value="">Tidak didaftarkan</Option>
                  {(programs.data ?? []).map((p) => (
                    <Option key={p.id} value={String(p.id)}>
                      {p.name}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
              <Button
                appearance="primary"
                icon={<CheckmarkCircle20Regular />}
                disabled={job.running || dirty || preview.duplicateOf !== null || takes === 0}
                onClick={commit}
              >
                Impor {formatNumber(takes)} pekerja
              </Button>
            </>
          }
        />
      )}

      <ImportHistory
        kinds={WORKER_LIST_KINDS}
        title="Riwayat impor daftar pekerja"
        hint="Setiap impor dapat dibatalkan; baris yang ditolak dapat diunduh untuk dikirim kembali ke pengirim. Data BPJS ada di halaman Rekonsiliasi BPJS."
        version={historyVersion}
        onShowWorkers={onShowWorkers}
      />
    </>
  );
}
