import {
  Button,
  MessageBar,
  MessageBarBody,
  Tab,
  TabList,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import { ArrowUpload20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { BpjsResult, Output } from '../../../../shared/contract';
import { BPJS_LIST_KINDS } from '../../../../shared/domain/batchKinds';
import { formatDate, formatMonth, formatNumber } from '../../../../shared/domain/format';
import { LIST_FILE_FORMATS, listFileKind } from '../../../../shared/domain/listFiles';
import { SEGMENT_LABELS } from '../../../../shared/domain/programs';
import { call, chooseFile, newJobId } from '../../api/client';
import { useApi } from '../../api/useApi';
import { ImportHistory } from '../../components/ImportHistory';
import { ErrorBar, PageHeader, Section } from '../../components/Page';
import { Pager } from '../../components/Pager';
import { useCan } from '../../components/Session';

type View = 'notRegistered' | 'notEnrolled' | 'nameMismatch' | 'submitted';

const VIEWS: { id: View; label: string; hint: string }[] = [
  { id: 'notRegistered', label: 'Dibiayai, belum terdaftar di BPJS', hint: 'Kepesertaannya dibayar program, tetapi NIK-nya belum ada sebagai peserta aktif di daftar BPJS.' },
  { id: 'notEnrolled', label: 'Terdaftar di BPJS, tanpa program', hint: 'Peserta aktif di daftar BPJS yang iurannya tidak dibayar program mana pun pada bulan itu.' },
  { id: 'nameMismatch', label: 'Nama berbeda', hint: 'NIK sama, tetapi nama di Cakap dan di BPJS berbeda: periksa salah ketik.' },
  { id: 'submitted', label: 'Diajukan, belum terdaftar', hint: 'Sudah dikirim ke kantor cabang dalam berkas pendaftaran lebih dari {days} hari lalu, tetapi belum aktif di daftar peserta BPJS: tanyakan ke kantor cabang.' },
];

const PAGE = 100;

type Row = Output<'bpjs.reconciliation'>['rows'][number];
const segment = (r: Row) => (r.segment ? `${r.segment} (${SEGMENT_LABELS[r.segment]})` : null);

/** Each list shows the columns that tell its story, not every column every time. */
const COLUMNS: Record<View, { label: string; value: (r: Row) => string | null }[]> = {
  notRegistered: [
    { label: 'NIK', value: (r) => r.nik },
    { label: 'Nama', value: (r) => r.name },
    { label: 'Nagari/desa', value: (r) => r.villageName },
    { label: 'Dibiayai program', value: (r) => r.program },
  ],
  notEnrolled: [
    { label: 'NIK', value: (r) => r.nik },
    { label: 'Nama di BPJS', value: (r) => r.bpjsName },
    { label: 'KPJ', value: (r) => r.kpj },
    { label: 'Segmen', value: segment },
    { label: 'Tercatat di Cakap', value: (r) => (r.name ? `ya, ${r.villageName ?? 'tanpa nagari'}` : 'tidak') },
  ],
  nameMismatch: [
    { label: 'NIK', value: (r) => r.nik },
    { label: 'Nama di Cakap', value: (r) => r.name },
    { label: 'Nama di BPJS', value: (r) => r.bpjsName },
    { label: 'KPJ', value: (r) => r.kpj },
    { label: 'Nagari/desa', value: (r) => r.villageName },
  ],
  submitted: [
    { label: 'NIK', value: (r) => r.nik },
    { label: 'Nama', value: (r) => r.name },
    { label: 'Nagari/desa', value: (r) => r.villageName },
    { label: 'Dibiayai program', value: (r) => r.program },
    { label: 'Diajukan', value: (r) => (r.sentOn ? formatDate(r.sentOn) : null) },
  ],
};

export function ReconciliationPage() {
  const can = useCan();
  const [view, setView] = useState<View>('notRegistered');
  const [offset, setOffset] = useState(0);
  const data = useApi('bpjs.reconciliation', { view, offset, limit: PAGE });
  const [imported, setImported] = useState<BpjsResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [historyVersion, setHistoryVersion] = useState(0);

  async function importBpjs() {
    setError(null);
    setImported(null);
    try {
      const file = await chooseFile(listFileKind('Data BPJS'));
      if (!file) return;
      setImported(await call('bpjs.import', { jobId: newJobId(), fileId: file.fileId }));
      data.reload();
      setHistoryVersion((v) => v + 1);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  const counts = data.data?.counts;
  const current = VIEWS.find((v) => v.id === view)!;
  const columns = COLUMNS[view];
  const shown = counts?.[view] ?? 0;
  return (
    <>
      <PageHeader title="Rekonsiliasi BPJS" subtitle="Data pekerja dan program dibandingkan dengan data BPJS Ketenagakerjaan." />
      <Section title="Data dari BPJS" hint={`Daftar peserta (NIK, KPJ, nama, segmen, status) atau rekap bulanan peserta aktif per kecamatan; jenisnya dikenali dari kolomnya. Berkas ${LIST_FILE_FORMATS}.`}>
        <Button icon={<ArrowUpload20Regular />} onClick={importBpjs} disabled={!can('operate')}>
          Impor data BPJS…
        </Button>
        <div style={{ marginTop: 12 }}>
          <ErrorBar message={error ?? data.error} />
          {imported && (
            <MessageBar intent={imported.duplicateOf ? 'warning' : 'success'}>
              <MessageBarBody>
                {imported.duplicateOf
                  ? `Berkas ini sama persis dengan impor #${imported.duplicateOf.batchId}; tidak ada yang diubah.` +
                    (imported.duplicateOf.rejected > 0
                      ? ` Waktu itu ${formatNumber(imported.duplicateOf.rejected)} baris ditolak: unduh di Riwayat impor data BPJS di bawah.`
                      : '')
                  : imported.kind === 'members'
                    ? `Daftar peserta per ${formatDate(imported.asOf!)}: ${formatNumber(imported.accepted)} peserta, ${formatNumber(imported.rejected)} baris ditolak.`
                    : `Rekap ${imported.months.map(formatMonth).join(', ')}: ${formatNumber(imported.accepted)} baris kecamatan, ${formatNumber(imported.rejected)} ditolak.`}
                {imported.issues.filter((i) => i.row === null).map((i) => ` ${i.message}`)}
              </MessageBarBody>
            </MessageBar>
          )}
          {data.data && data.data.batchId === null && (
            <MessageBar intent="info">
              <MessageBarBody>Belum ada daftar peserta BPJS. Impor daftar peserta untuk melihat rekonsiliasi.</MessageBarBody>
            </MessageBar>
          )}
        </div>
      </Section>
      {data.data?.batchId != null && (
        <Section title="Hasil rekonsiliasi" hint={`Dibandingkan dengan daftar peserta BPJS per ${formatDate(data.data.asOf!)}.`}>
          <TabList
            selectedValue={view}
            onTabSelect={(_e, d) => {
              setView(d.value as View);
              setOffset(0);
            }}
          >
            {VIEWS.map((v) => (
              <Tab key={v.id} value={v.id}>
                {v.label} ({formatNumber(counts?.[v.id] ?? 0)})
              </Tab>
            ))}
          </TabList>
          <Text style={{ display: 'block', margin: '8px 0' }}>{current.hint.replace('{days}', formatNumber(data.data?.waitDays ?? 30))}</Text>
          <Table size="small" aria-label={current.label}>
            <TableHeader>
              <TableRow>
                {columns.map((c) => (
                  <TableHeaderCell key={c.label}>{c.label}</TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {(data.data?.rows ?? []).map((r) => (
                <TableRow key={r.nik}>
                  {columns.map((c) => (
                    <TableCell key={c.label}>{c.value(r) ?? '–'}</TableCell>
                  ))}
                </TableRow>
              ))}
              {data.data?.rows.length === 0 && (
                <TableRow>
                  <TableCell colSpan={columns.length}>Tidak ada.</TableCell>
                </TableRow>
              )}
            </TableBody>
          </Table>
          <Pager offset={offset} pageSize={PAGE} shown={data.data?.rows.length ?? 0} total={shown} noun="orang" onChange={setOffset} />
        </Section>
      )}
      <ImportHistory
        kinds={BPJS_LIST_KINDS}
        title="Riwayat impor data BPJS"
        hint="Daftar peserta dan rekap bulanan yang sudah diimpor. Membatalkan impor mengembalikan daftar atau rekap sebelumnya."
        version={historyVersion}
        onUndone={data.reload}
      />
    </>
  );
}
