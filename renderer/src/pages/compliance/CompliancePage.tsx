import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Tab, TabList, Text } from '@fluentui/react-components';
import { ArrowUpload20Regular, DocumentPdf20Regular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import type { ListImportResult } from '../../../../shared/contract';
import { COMPLIANCE_LIST_KINDS, type LetterFilter } from '../../../../shared/contract/compliance';
import { formatDate, formatNumber, formatPoints, formatRupiah } from '../../../../shared/domain/format';
import { LIST_FILE_FORMATS, listFileKind } from '../../../../shared/domain/listFiles';
import { localIsoDate } from '../../../../shared/domain/months';
import { call, chooseFile, newJobId, saveFile } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useJob } from '../../api/useJob';
import { DateField } from '../../components/DateField';
import { ImportHistory } from '../../components/ImportHistory';
import { JobProgress } from '../../components/JobProgress';
import { ErrorBar, PageHeader, Section } from '../../components/Page';
import { StatCard } from '../../components/StatCard';
import { TemplateMenu } from '../../components/TemplateMenu';
import { EmployersTab, type EmployerFilter } from './EmployersTab';
import { EvidenceDrawer, type Subject } from './EvidenceDrawer';
import { LettersDialog } from './LettersDialog';
import { ProjectsTab, type ProjectFilter } from './ProjectsTab';
import { ReviewsTab } from './ReviewsTab';
import { useCan } from '../../components/Session';

const useStyles = makeStyles({
  cards: { display: 'flex', flexWrap: 'wrap', gap: '16px', marginBottom: '20px' },
  actions: { display: 'flex', gap: '8px', alignItems: 'flex-end', flexWrap: 'wrap' },
  selection: { display: 'flex', gap: '8px', alignItems: 'center', flexWrap: 'wrap', margin: '4px 0 12px' },
});

type TabId = 'employers' | 'projects' | 'reviews' | 'history';

/** What another page (the Dasbor) can open Kepatuhan with. */
export interface ComplianceFilter {
  tab?: 'employers' | 'projects';
  employers?: EmployerFilter;
  projects?: ProjectFilter;
}

export function CompliancePage({ initial }: { initial?: ComplianceFilter }) {
  const can = useCan();
  const styles = useStyles();
  const [asOf, setAsOf] = useState(() => localIsoDate(new Date()));
  const [tab, setTab] = useState<TabId>(initial?.tab ?? 'employers');
  const [version, setVersion] = useState(0);
  const summary = useApi('compliance.summary', { asOf });
  const tree = useApi('regions.tree', {});
  const [subject, setSubject] = useState<Subject | null>(null);
  const [imported, setImported] = useState<ListImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [selected, setSelected] = useState<Map<string, Subject>>(new Map());
  const [lettersOpen, setLettersOpen] = useState(false);
  const [lettersError, setLettersError] = useState<string | null>(null);
  const job = useJob();
  const reloadSummary = summary.reload;
  useEffect(() => reloadSummary(), [version, reloadSummary]);
  useEffect(() => {
    if (initial?.tab) setTab(initial.tab);
  }, [initial]);
  const changed = () => setVersion((v) => v + 1);
  const districts = (tree.data?.districts ?? []).map((d) => ({ code: d.code, name: d.name }));

  async function importList(family: 'employers' | 'projects') {
    setError(null);
    setImported(null);
    try {
      const file = await chooseFile(listFileKind(family === 'employers' ? 'Daftar pemberi kerja' : 'Daftar paket/proyek'));
      if (!file) return;
      setBusy(family);
      const result = await call(family === 'employers' ? 'compliance.importEmployers' : 'compliance.importProjects', { jobId: newJobId(), fileId: file.fileId });
      setImported(result);
      setTab(family);
      changed();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(null);
    }
  }

  /** Letters to the selected subjects, or to the open cases a filter keeps (the dialog), with progress and Batal. */
  async function letters(choice: { subjects: Subject[] } | { filter: LetterFilter }) {
    setError(null);
    setLettersError(null);
    setBusy('letters');
    try {
      const files = await job.run('compliance.letters', { ...choice, asOf });
      await saveFile(files.pdf);
      await saveFile(files.xlsx);
      setSelected(new Map());
      setLettersOpen(false);
      changed();
    } catch (failure) {
      const message = failure instanceof Error ? failure.message : String(failure);
      if ('filter' in choice) setLettersError(message);
      else setError(message);
    } finally {
      setBusy(null);
    }
  }

  async function rejectionFile(batchId: number) {
    try {
      await saveFile(await call('import.rejectionFile', { batchId }));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  const select = (kind: Subject['subject']) => (keys: string[], on: boolean) =>
    setSelected((current) => {
      const next = new Map(current);
      for (const key of keys) {
        if (on) next.set(`${kind}\u0000${key}`, { subject: kind, key });
        else next.delete(`${kind}\u0000${key}`);
      }
      return next;
    });
  const selectedKeys = (kind: Subject['subject']) => new Set([...selected.values()].filter((s) => s.subject === kind).map((s) => s.key));

  const s = summary.data;
  const nonCompliant = s ? s.employers.byStatus.pwbd + s.employers.byStatus.pdsWorkers + s.employers.byStatus.pdsProgram + s.employers.byStatus.arrears : 0;
  const rowIssues = imported?.issues.filter((i) => i.row !== null) ?? [];
  return (
    <>
      <PageHeader
        title="Kepatuhan"
        subtitle={`Pemberi kerja dan proyek konstruksi yang wajib mendaftarkan pekerjanya: cakupan yang tidak membebani APBD. Daftar dibaca dari berkas ${LIST_FILE_FORMATS}.`}
        actions={
          <div className={styles.actions}>
            <DateField label="Keadaan per" aria-label="Keadaan kepatuhan per tanggal" value={asOf} onChange={(value) => value && setAsOf(value)} />
            <Button icon={<ArrowUpload20Regular />} disabled={busy !== null || !can('operate')} onClick={() => importList('employers')}>
              {busy === 'employers' ? 'Mengimpor…' : 'Impor daftar pemberi kerja…'}
            </Button>
            <Button icon={<ArrowUpload20Regular />} disabled={busy !== null || !can('operate')} onClick={() => importList('projects')}>
              {busy === 'projects' ? 'Mengimpor…' : 'Impor daftar proyek…'}
            </Button>
            <TemplateMenu
              groups={[
                { title: 'Daftar pemberi kerja', kinds: ['oss', 'wlkp', 'bpjs_employers'] },
                { title: 'Daftar proyek konstruksi', kinds: ['packages', 'bpjs_projects'] },
              ]}
            />
          </div>
        }
      />
      <ErrorBar message={error ?? summary.error} />
      {imported && (
        <MessageBar intent={imported.duplicateOf ? 'warning' : imported.rejected > 0 ? 'warning' : 'success'} style={{ marginBottom: 12 }}>
          <MessageBarBody>
            {imported.duplicateOf
              ? `Berkas "${imported.file}" sama persis dengan impor #${imported.duplicateOf.batchId}; tidak ada yang diubah.`
              : `Impor #${imported.batchId} "${imported.file}" dibaca sebagai ${imported.kindLabel}${imported.asOf ? ` per ${formatDate(imported.asOf)}` : ''}: ${formatNumber(imported.accepted)} baru, ${formatNumber(imported.updated)} diperbarui, ${formatNumber(imported.unchanged)} tidak berubah, ${formatNumber(imported.rejected)} ditolak, ${formatNumber(imported.warnings)} dengan peringatan.`}
            {rowIssues.slice(0, 5).map((i) => (
              <div key={`${i.sheet}-${i.row}-${i.code}`}>{i.message}</div>
            ))}
            {rowIssues.length > 5 && <div>… dan {formatNumber(rowIssues.length - 5)} masalah lain (lihat berkas baris ditolak).</div>}
            {imported.issues.filter((i) => i.row === null).map((i) => (
              <div key={i.message}>{i.message}</div>
            ))}
          </MessageBarBody>
          {imported.rejected > 0 && imported.batchId !== null && (
            <MessageBarActions>
              <Button onClick={() => rejectionFile(imported.batchId!)}>Unduh baris ditolak</Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}

      {s && (
        <div className={styles.cards}>
          <StatCard testId="card-uncovered-wage" label="Pekerja penerima upah belum terlindungi" value={formatNumber(s.employers.uncoveredWageWorkers)} note={`dari ${formatNumber(nonCompliant)} pemberi kerja tidak patuh`} />
          <StatCard testId="card-unregistered-projects" label="Proyek konstruksi belum terdaftar" value={formatNumber(s.projects.unregistered)} note={`nilai kontrak ${formatRupiah(s.projects.unregisteredValue)}`} compact />
          <StatCard testId="card-contributions-due" label="Iuran Jakon terutang (perkiraan)" value={formatRupiah(s.projects.contributionsDue)} note="JKK + JKM dari nilai kontrak" compact />
          <StatCard
            testId="card-full-compliance"
            label="Bila semua patuh"
            value={`+${formatNumber(s.gap.workers)} pekerja`}
            note={`${s.gap.points === null ? 'perlu angka penduduk bekerja' : `+${formatPoints(s.gap.points)} cakupan`}, tanpa biaya APBD`}
            compact
          />
        </div>
      )}
      {s && s.notes.length > 0 && (
        <MessageBar intent="info" style={{ marginBottom: 12 }}>
          <MessageBarBody>
            {s.notes.map((n) => (
              <div key={n}>{n}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}

      <Section title="Pemberi kerja dan proyek" hint="Klik baris untuk melihat buktinya: baris dari setiap daftar tempat ia ditemukan, dan tindak lanjutnya.">
        <TabList selectedValue={tab} onTabSelect={(_e, d) => setTab(d.value as TabId)} style={{ marginBottom: 12 }}>
          <Tab value="employers">Pemberi kerja ({formatNumber(s?.employers.total ?? 0)})</Tab>
          <Tab value="projects">Proyek konstruksi ({formatNumber(s?.projects.total ?? 0)})</Tab>
          <Tab value="reviews">Perlu diperiksa ({formatNumber((s?.employers.reviewPending ?? 0) + (s?.projects.reviewPending ?? 0))})</Tab>
          <Tab value="history">Riwayat impor</Tab>
        </TabList>
        {(tab === 'employers' || tab === 'projects') && (
          <div className={styles.selection}>
            <Button icon={<DocumentPdf20Regular />} appearance="primary" disabled={selected.size === 0 || busy !== null || !can('operate')} onClick={() => letters({ subjects: [...selected.values()] })}>
              {busy === 'letters' && !lettersOpen ? 'Menyusun surat…' : `Cetak surat (${formatNumber(selected.size)} terpilih)`}
            </Button>
            <Button
              icon={<DocumentPdf20Regular />}
              disabled={busy !== null || !can('operate') || (s?.openCases ?? 0) + nonCompliant + (s?.projects.unregistered ?? 0) === 0}
              onClick={() => {
                setLettersError(null);
                setLettersOpen(true);
              }}
            >
              Surat untuk kasus terbuka…
            </Button>
            <Text size={200}>Surat dicetak dalam satu PDF beserta daftar Excel untuk tim tindak lanjut; setiap surat tercatat di riwayat kasusnya.</Text>
          </div>
        )}
        {busy === 'letters' && !lettersOpen && job.progress && <JobProgress label="Menyusun surat" unit={`dari ${formatNumber(selected.size)} surat ditulis`} progress={job.progress} onCancel={job.cancel} />}
        {tab === 'employers' && (
          <EmployersTab asOf={asOf} version={version} initial={initial?.employers} selected={selectedKeys('employer')} onSelect={select('employer')} onOpen={setSubject} districts={districts} />
        )}
        {tab === 'projects' && (
          <ProjectsTab asOf={asOf} version={version} initial={initial?.projects} selected={selectedKeys('project')} onSelect={select('project')} onOpen={setSubject} districts={districts} />
        )}
        {tab === 'reviews' && <ReviewsTab version={version} onDecided={changed} />}
        {tab === 'history' && (
          <ImportHistory
            bare
            kinds={COMPLIANCE_LIST_KINDS}
            title="Riwayat impor daftar kepatuhan"
            emptyText="Belum ada daftar pemberi kerja atau proyek yang diimpor."
            undoEffect="Semua daftar dicocokkan ulang tanpa berkas itu; kasus yang ditutup oleh daftar itu dibuka kembali."
            version={version}
            onUndone={changed}
          />
        )}
      </Section>
      <EvidenceDrawer subject={subject} asOf={asOf} onClose={() => setSubject(null)} onChanged={changed} />
      {lettersOpen && (
        <LettersDialog
          asOf={asOf}
          districts={districts}
          progress={busy === 'letters' ? job.progress : null}
          error={lettersError}
          onPrint={(filter) => letters({ filter })}
          onCancel={job.cancel}
          onClose={() => setLettersOpen(false)}
        />
      )}
    </>
  );
}
