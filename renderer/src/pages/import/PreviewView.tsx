import {
  Badge,
  Button,
  Dropdown,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ArrowClockwise20Regular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import type { ImportResultDto } from '../../../../shared/contract';
import { formatDate, formatNumber } from '../../../../shared/domain/format';
import { WORKER_FIELD_LABELS, WORKER_FIELDS, type WorkerField } from '../../../../shared/domain/workerFields';
import { Section } from '../../components/Page';
import { StatCard } from '../../components/StatCard';
import { DuplicateNotice } from './DuplicateNotice';
import { confidenceLabel, notWorkerTotal, sourceLabel } from './labels';
import { VillagePicker } from './VillagePicker';

const useStyles = makeStyles({
  cards: { display: 'flex', flexWrap: 'wrap', gap: '12px', marginBottom: '16px' },
  sheet: { marginBottom: '16px' },
  actions: { display: 'flex', gap: '12px', alignItems: 'flex-end', flexWrap: 'wrap', marginTop: '12px' },
  muted: { color: tokens.colorNeutralForeground3 },
  error: { color: tokens.colorPaletteRedForeground1 },
  notes: { margin: '0 0 16px', paddingLeft: '20px', maxWidth: '960px', '& li': { marginBottom: '4px' } },
});

/** A sheet that names each worker's place in a column (nagari or kecamatan). */
function hasRegionColumn(sheet: ImportResultDto['sheets'][number]): boolean {
  return sheet.columns.some((c) => c.field === 'village' || c.field === 'district');
}

interface Props {
  preview: ImportResultDto;
  dirty: boolean;
  busy: boolean;
  /** The nagari chosen per sheet (code, or null for none) and not yet checked again. */
  villages: Record<string, string | null | undefined>;
  onChangeColumn: (sheet: string, column: number, field: WorkerField) => void;
  onChangeVillage: (sheet: string, code: string | null) => void;
  onRecheck: () => void;
  commitButton: ReactNode;
}

/** What the import would do, before anything is written: sheets, column mapping, counts, problems. */
export function PreviewView({ preview, dirty, busy, villages, onChangeColumn, onChangeVillage, onRecheck, commitButton }: Props) {
  const styles = useStyles();
  const rowIssues = preview.issues.filter((i) => i.row !== null);
  // What the whole list says: who was passed over and why, where workers' regions came from.
  const notes = preview.issues.filter((i) => i.row === null && i.code !== 'SHEET_SKIPPED');
  const recognised = sourceLabel(preview);
  const passedOver = notWorkerTotal(preview.notWorkers);
  const offer = preview.offeredProgram;
  return (
    <Section title="Pratinjau" hint="Belum ada yang disimpan. Periksa cara kolom dibaca, lalu impor.">
      {preview.duplicateOf && <DuplicateNotice duplicate={preview.duplicateOf} committed={false} />}
      {recognised && (
        <Text block style={{ marginBottom: 8 }}>
          Dikenali sebagai <strong>{recognised}</strong>: kolomnya dibaca menurut susunan {recognised.includes('SIAK') ? 'SIAK' : 'OpenSID'}, kode dan nama pekerjaan menurut daftar pekerjaan KTP
          {preview.offeredProgram ? '' : ', alamat disusun dari alamat, dusun, RT dan RW'}.
        </Text>
      )}
      {offer && (
        <MessageBar intent="info" layout="multiline" style={{ marginBottom: 12 }}>
          <MessageBarBody>
            <MessageBarTitle>Program bantuan "{offer.name}"</MessageBarTitle>
            {[offer.target && `sasaran ${offer.target}`, offer.fundingSource && `asal dana ${offer.fundingSource}`, offer.from && offer.to && `${formatDate(offer.from)} – ${formatDate(offer.to)}`]
              .filter(Boolean)
              .join('; ')}
            {'. '}
            {offer.programId !== null
              ? `Penerimanya didaftarkan ke program Cakap "${offer.name}" bila diimpor (pilihan di bawah). "No. Peserta" di berkas adalah nomor kartu program, bukan KPJ, dan tidak disimpan.`
              : 'Program ini belum ada di Cakap: buat di halaman Program, lalu pilih di bawah, atau daftarkan penerimanya nanti dari impor ini (Program › Dari satu impor). "No. Peserta" di berkas adalah nomor kartu program, bukan KPJ, dan tidak disimpan.'}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.cards}>
        <StatCard testId="count-new" label="Akan ditambah" value={formatNumber(preview.accepted)} />
        <StatCard testId="count-updated" label="Akan diperbarui" value={formatNumber(preview.updated)} />
        <StatCard testId="count-unchanged" label="Tidak berubah" value={formatNumber(preview.unchanged)} />
        <StatCard testId="count-rejected" label="Ditolak" value={formatNumber(preview.rejected)} />
        <StatCard testId="count-warnings" label="Dengan peringatan" value={formatNumber(preview.warnings)} />
        {passedOver > 0 && <StatCard testId="count-not-workers" label="Bukan pekerja (dilewati)" value={formatNumber(passedOver)} />}
      </div>
      {notes.length > 0 && (
        <ul className={styles.notes} aria-label="Catatan impor">
          {notes.map((note, i) => (
            <li key={i}>{note.message}</li>
          ))}
          {passedOver > 0 && <li>Setelah impor, orang yang bukan pekerja dapat diunduh (sheet "Bukan pekerja") untuk diperiksa pengirim.</li>}
        </ul>
      )}

      {preview.sheets.map((sheet) => (
        <div key={sheet.name} className={styles.sheet}>
          <Text as="h3" weight="semibold" size={400} style={{ display: 'block', margin: '8px 0 4px' }}>
            Sheet "{sheet.name}"
          </Text>
          {sheet.status === 'skipped' ? (
            <Text className={styles.muted}>Dilewati: {sheet.reason}</Text>
          ) : (
            <>
              <Text className={styles.muted} style={{ display: 'block', marginBottom: 8 }}>
                Judul kolom di baris {sheet.headerRow}; {formatNumber(sheet.rows)} baris data.
                {sheet.defaultVillage && hasRegionColumn(sheet) && ` Tanpa kolom desa/nagari: semua baris dianggap dari ${sheet.defaultVillage} (dari nama atau judul sheet).`}
              </Text>
              {!hasRegionColumn(sheet) && (
                <VillagePicker
                  sheet={sheet.name}
                  value={villages[sheet.name] !== undefined ? villages[sheet.name]! : sheet.defaultVillageCode}
                  fromTitle={villages[sheet.name] === undefined && sheet.defaultVillageSource === 'title'}
                  disabled={busy}
                  onChange={(code) => onChangeVillage(sheet.name, code)}
                />
              )}
              <Table size="small" aria-label={`Pemetaan kolom sheet ${sheet.name}`}>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell style={{ width: 70 }}>Kolom</TableHeaderCell>
                    <TableHeaderCell>Judul di berkas</TableHeaderCell>
                    <TableHeaderCell style={{ width: 260 }}>Dibaca sebagai</TableHeaderCell>
                    <TableHeaderCell style={{ width: 200 }}>Keyakinan</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {sheet.columns.map((column) => {
                    const label = confidenceLabel(column);
                    return (
                      <TableRow key={column.index}>
                        <TableCell>{column.letter}</TableCell>
                        <TableCell>{column.header || <span className={styles.muted}>(kosong)</span>}</TableCell>
                        <TableCell>
                          <Dropdown
                            aria-label={`Kolom ${column.letter} dibaca sebagai`}
                            value={WORKER_FIELD_LABELS[column.field]}
                            selectedOptions={[column.field]}
                            onOptionSelect={(_e, d) => onChangeColumn(sheet.name, column.index, d.optionValue as WorkerField)}
                            disabled={busy}
                            style={{ minWidth: 230 }}
                          >
                            {WORKER_FIELDS.map((field) => (
                              <Option key={field} value={field}>
                                {WORKER_FIELD_LABELS[field]}
                              </Option>
                            ))}
                          </Dropdown>
                        </TableCell>
                        <TableCell>
                          <Badge appearance="tint" color={label.color}>
                            {label.text}
                          </Badge>
                        </TableCell>
                      </TableRow>
                    );
                  })}
                </TableBody>
              </Table>
            </>
          )}
        </div>
      ))}

      <div className={styles.actions}>
        {dirty && (
          <Button icon={<ArrowClockwise20Regular />} onClick={onRecheck} disabled={busy}>
            Periksa ulang dengan pemetaan baru
          </Button>
        )}
        {commitButton}
        {dirty && <Text className={styles.muted}>Pemetaan diubah: periksa ulang sebelum impor.</Text>}
      </div>

      {rowIssues.length > 0 && (
        <>
          <Text as="h3" weight="semibold" size={400} style={{ display: 'block', margin: '20px 0 4px' }}>
            Masalah ({formatNumber(preview.issueCount - (preview.issues.length - rowIssues.length))} baris/kolom)
          </Text>
          <Table size="small" aria-label="Masalah per baris">
            <TableHeader>
              <TableRow>
                <TableHeaderCell style={{ width: 110 }}>Jenis</TableHeaderCell>
                <TableHeaderCell style={{ width: 140 }}>Sheet</TableHeaderCell>
                <TableHeaderCell style={{ width: 70 }}>Baris</TableHeaderCell>
                <TableHeaderCell style={{ width: 70 }}>Kolom</TableHeaderCell>
                <TableHeaderCell>Keterangan</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rowIssues.map((issue, i) => (
                <TableRow key={i}>
                  <TableCell>
                    <Badge appearance="tint" color={issue.severity === 'error' ? 'danger' : 'warning'}>
                      {issue.severity === 'error' ? 'Ditolak' : 'Peringatan'}
                    </Badge>
                  </TableCell>
                  <TableCell>{issue.sheet}</TableCell>
                  <TableCell>{issue.row}</TableCell>
                  <TableCell>{issue.column ?? '–'}</TableCell>
                  <TableCell>{issue.message.replace(/^.*?: /, '')}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {preview.issueCount > preview.issues.length && (
            <Text className={styles.muted}>
              Ditampilkan {formatNumber(preview.issues.length)} masalah pertama dari {formatNumber(preview.issueCount)}. Semuanya ada di berkas baris ditolak
              setelah impor.
            </Text>
          )}
        </>
      )}
    </Section>
  );
}
